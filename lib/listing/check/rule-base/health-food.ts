import type { Rule } from '../schema';
import { everywhere } from './severity';

// 广告法第18条 (保健食品); 食品标识管理规定第14条 and 食品安全法第71/73条: ordinary food may
// claim no health function; health food only its approved catalogue function (保健功能目录,
// e.g. 有助于增强免疫力、缓解视觉疲劳、有助于润肠通便), never a guarantee.
const FOOD = { food: 'food-label', cosmetics: 'cosmetics-label-19' } as const;
const REWRITE = '普通食品：删去功能声称，只写成分与口味；保健食品：照批准证书上的功能原文，并加"本品不能代替药物"';

export const HEALTH_FOOD_RULES: Rule[] = [
  {
    id: 'health-function', basisFor: FOOD, group: 'health-food', basis: 'ad-18', negatable: true,
    terms: ['增强免疫力', '提高免疫力', '提升免疫力', '增强免疫', '提高免疫', '调节免疫', '免疫力', '增强抵抗力', '提高抵抗力', '提升抵抗力', '增强体质', '强身健体', '清肠', '刮油', '减肥', '纤体', '燃脂', '溶脂', '减脂', '消脂', '分解脂肪', '阻断脂肪', '躺瘦', '暴瘦', '速瘦', '狂瘦', '瘦肚子', '瘦肚', '瘦腰', '瘦大腿', '瘦全身', '甩肉', '掉肉', '刷脂', '瘦身', '瘦脸', '瘦腿',
      // 纤体 is 瘦身 in Taiwan's and Hong Kong's words. (Not 安眠, 好眠: a cosmetic sleeping mask's 舒缓安眠 names the night.)
      '助眠', '改善睡眠', '促进睡眠', '补脑', '健脑', '益智', '增强记忆', '改善记忆', '提高记忆', '增高', '长高', '长个子', '宿便', '调节血糖', '调节血脂', '调节血压', '调节肠道', '调理肠胃', '改善肠胃', '润肠通便', '通便', '润肠', '整肠', '护肠', '养肠', '肠道健康',
      // Digestion as a function improved (肠胃消化好多了): the catalogue's 有助于消化; 易消化 says the food is easy to digest.
      '助消化', '促消化', '肠胃消化', '消化功能', '改善消化', '缓解疲劳', '抗疲劳', '缓解体力疲劳', '耐缺氧',
      // 缓解体力疲劳 in other words
      '补充精力', '恢复精力', '疲劳乏力', '乏力', '消除疲劳', '解除疲劳', '赶走疲劳', '告别疲劳', '远离疲劳', '驱除疲劳', '解乏', '增强精力', '提升精力', '精力充沛', '补充体力', '恢复体力', '增强体力', '提升体力', '清咽', '利咽', '护嗓', '润喉', '护眼明目', '护眼', '明目', '缓解视觉疲劳', '改善视力',
      '丰胸', '丰乳', '生发', '毛发再生', '乌发',
      // Audit (化妆品标签禁用语: 使乳房丰满, 预防乳房松弛下垂, 生黑发, 促进毛发生长, 燃烧脂肪, 舒眠): non-cosmetic effects on
      // a cosmetic, health functions on food; a bra's words are general goods, quiet;
      // 抑制毛发生长 is a depilatory's, so only growth promoted.
      '乳房丰满', '丰满乳房', '乳房松弛', '生黑发', '白发转黑', '白转黑', '黑发再生', '促进毛发生长', '促进头发生长', '刺激毛囊', '激活毛囊', '燃烧脂肪', '舒眠', '醒酒', '解酒', '驱寒', '祛寒', '促睾', '提高睾酮'],
    reason: '保健功能声称。普通食品不得声称任何保健功能；保健食品只能用注册或备案批准的功能表述，不得保证功效，并须标明"本品不能代替药物"。化妆品不得宣称这些非化妆品功效。',
    rewrite: REWRITE,
    exemptions: ['registered-product'],
    severity: everywhere('low', { food: 'high', 'health-food': 'medium', cosmetics: 'medium', general: 'none', 'medical-device': 'none' }),
  },
  {
    // The health-food function catalogue, old (27 functions, 2003) and new wording (24, 2023):
    // 促进排铅/有助于排铅, 促进泌乳, 提高缺氧耐受力, 对（电离）辐射危害有辅助保护, 改善生长发育,
    // 增加/改善骨密度, 对化学性肝损伤有辅助保护, 调节肠道菌群, 促进消化, 对胃粘膜损伤有辅助保护,
    // 有助于维持血糖/血压/血脂健康水平, 有助于控制体内脂肪, 改善皮肤水份/油份, 有助于改善睡眠.
    // The others are in health-function above or are disease names (medical.ts).
    id: 'health-catalogue', basisFor: FOOD, group: 'health-food', basis: 'health-catalogue', negatable: true,
    terms: ['排铅', '促进泌乳', '催乳', '下奶', '通乳', '催奶', '追奶', '通奶', '缺氧耐受力', '抗缺氧', '防高反', '抗高反', '缓解高反', '辐射危害', '电离辐射', '改善生长发育', '促进生长发育', '促进发育',
      '骨密度', '肝损伤', '保护肝脏', '保肝', '调节肠道菌群', '肠道菌群', '改善肠道', '促进消化', '胃粘膜', '胃黏膜', '维持血糖', '维持血压', '维持血脂',
      '控制体内脂肪', '辅助睡眠', '帮助睡眠', '助睡眠',
      // the 2023 wording: 有助于维持血糖/血压/血脂健康水平
      '有助于维持',
      // Audit against the catalogue in sellers' words: blood sugar, pressure and lipids held steady (维持…健康水平),
      // 有助于缓解运动疲劳, 有助于调节体内脂肪, 有助于消化, and the old catalogue's 抗突变; organ tonics as 养肝/补肾.
      '稳血糖', '平稳血糖', '控血糖', '稳定血糖', '血糖稳定', '控血压', '稳血压', '稳定血压', '血压稳定', '降胆固醇', '降低胆固醇', '调节胆固醇',
      '运动疲劳', '调节体内脂肪', '体内脂肪', '有助于消化', '抗突变', '补肝', '护肾', '养肾', '强肾', '固肾', '护肺', '养肺',
      // Audit: the measures held steady in more verbs (a verb that lowers or cures them is medical: medical-lexicon.ts).
      '控制血糖', '控制血压', '控制血脂', '控制尿酸', '控尿酸', '控血脂', '调节尿酸', '平衡血糖', '平衡血压', '平衡血脂', '稳定血脂', '稳定尿酸',
      // Joint cartilage kept or rebuilt: a bone-and-joint function the 2023 catalogue does not grant (its nearest is
      // 有助于改善骨密度), so a health-function claim on food; a knee brace's 保护关节 is general goods, quiet.
      '关节软骨', '软骨生成', '软骨再生', '修复软骨', '保护软骨', '滋养软骨', '润滑关节', '关节润滑', '保护关节', '养护关节', '呵护关节', '关节养护'],
    reason: '保健功能目录所列的功能。只有取得注册或备案的保健食品可按批准原文声称；普通食品声称即违法，化妆品不得宣称。',
    rewrite: REWRITE,
    exemptions: ['registered-product'],
    severity: everywhere('low', { food: 'high', 'health-food': 'medium', cosmetics: 'medium', general: 'none', 'medical-device': 'none' }),
  },
  {
    // What a catalogue function acts on, named with a verb that claims the effect, in whatever words (激发这个身高的潜能,
    // 减少排便不畅): height (改善生长发育), bowel movement (有助于润肠通便), metabolism, sleep quality (有助于改善睡眠).
    // The word alone says nothing (适合身高120cm, 睡眠质量监测手环); 便秘, a disease name, is a medical claim (medical.ts).
    id: 'health-catalogue-claimed', basisFor: FOOD, group: 'health-food', basis: 'health-catalogue', negatable: true,
    // 更年期 delayed or eased: the old catalogue's 改善更年期 function wording, and the bureaus' 延缓更年期 (its syndrome stays medical).
    terms: ['身高', '排便不畅', '大便干结', '大便干燥', '新陈代谢', '睡眠质量', '更年期'],
    claimedBy: { words: ['延缓', '激发', '促进', '提升', '提高', '增加', '助力', '突破', '减少', '缓解', '改善', '告别', '远离', '预防', '调理', '避免', '解决', '加快', '加速'], gap: 4 },
    reason: '用"促进、提升、减少、缓解"等说法宣称商品对身高、排便、新陈代谢、睡眠的作用，就是保健功能目录所列功能的声称；普通食品不得声称。',
    rewrite: REWRITE,
    exemptions: ['registered-product'],
    severity: everywhere('low', { food: 'high', 'health-food': 'medium', cosmetics: 'medium', general: 'none', 'medical-device': 'none' }),
  },
  {
    // The catalogue's functions that name the skin's state or a screen against rays: eaten, a health function
    // (对辐射危害有辅助保护功能, 改善皮肤水份/油份); put on the skin, what a cosmetic does from outside — the
    // 化妆品分类规则和分类目录 has 保湿 and 控油 for the skin's water and oil, and a primer's 防辐射 is a protection
    // claim the cosmetics rules weigh (outside the catalogue it needs its efficacy evaluation), not a health-food one.
    id: 'health-catalogue-skin', basisFor: FOOD, group: 'health-food', basis: 'health-catalogue', negatable: true,
    terms: ['抗辐射', '防辐射', '皮肤水份', '皮肤水分状况', '皮肤油份'],
    reason: '保健功能目录所列的功能（对辐射危害有辅助保护、改善皮肤水份/油份）。普通食品声称即违法；保健食品只能按批准原文声称。',
    rewrite: REWRITE,
    exemptions: ['registered-product'],
    severity: everywhere('none', { food: 'high', 'health-food': 'medium' }),
  },
  {
    // 中医 tonic terms: a health function on food (化妆品标签禁用语清单 lists 补肾、补血、益气…).
    id: 'health-tcm', basisFor: FOOD, group: 'health-food', basis: 'ad-18', negatable: true,
    // 退火 and 顾胃 are 降火 and 护胃 in Taiwan's words (on metal or glass 退火 is annealing: general goods are quiet).
    terms: ['补肾', '壮腰', '补血', '退火', '顾胃', '补气血', '补气', '益气', '养血', '养胃', '护胃', '养胃护胃', '暖胃', '健胃', '消食', '积食', '利尿', '健脾', '养肝', '润肺', '降火', '去火', '清火', '下火', '清热',
      '安神', '养心', '固本', '培元', '强筋健骨', '壮骨', '延年益寿'],
    reason: '中医养生功能用语（补肾、养胃、润肺、降火…）在普通食品上是保健功能声称；化妆品不得使用。',
    rewrite: REWRITE,
    exemptions: ['registered-product'],
    severity: everywhere('low', { food: 'high', 'health-food': 'medium', cosmetics: 'medium', general: 'none', 'medical-device': 'none' }),
  },
  {
    // 祛斑美白 and 防脱发 are special-cosmetic categories, 抗皱 an ordinary one (化妆品监督管理条例第16条: lawful with a
    // 国妆特字 registration); on food they are health-function claims (catalogue: 黄褐斑、皮肤水分).
    id: 'health-beauty', basisFor: FOOD, group: 'health-food', basis: 'ad-18', negatable: true,
    // 化妆品分类规则和分类目录 (2021) efficacy words that a food may not borrow: 抗皱 (淡化皱纹), and the
    // 抗衰/抗糖化 family that sells "beauty" drinks.
    terms: ['美白祛斑', '祛斑', '淡斑', '美白', '养颜', '美容养颜', '抗皱', '祛痘', '抗衰老', '延缓衰老', '抗氧化',
      '抗衰', '抗初老', '抗糖化', '抗糖', '淡化皱纹', '淡纹', '祛皱', '去皱',
      // 改善皮肤水分/油分 (catalogue) and the beauty-drink words for it
      '丽颜', '驻颜', '焕颜', '美颜', '润颜', '改善肤色', '调理肤色', '肤色调理', '提亮肤色', '改善皮肤水分', '改善皮肤油分', '养发', '营养头发',
      // 防脱发 is a special-cosmetic category too (第16条; 分类目录: 有助于改善或减少头发脱落): lawful on a registered
      // shampoo, a health-function claim on food. 生发 and 毛发再生 (regrowth) go beyond it and stay in health-function.
      '防脱发',
      // 美容 names the beauty functions themselves (the old catalogue's 美容 group: 祛痤疮、祛黄褐斑、改善皮肤水分/油分).
      '美容'],
    reason: '在食品上宣称美容功效（祛斑、美白、养颜）是保健功能声称；化妆品可在备案或注册的功效范围内使用。',
    rewrite: REWRITE,
    exemptions: ['registered-product'],
    severity: everywhere('none', { food: 'high', 'health-food': 'medium' }),
  },
  {
    // 有助于控制体内脂肪 (catalogue) said of a food: it removes or blocks the fat eaten. On
    // detergents and shampoos (去油污, 去油控油) the same words are cleaning, so food only.
    id: 'health-fat', basisFor: FOOD, group: 'health-food', basis: 'health-catalogue', negatable: true,
    // 好吃不胖 / 吃不胖 say the same of the food's effect on body fat.
    terms: ['去油', '去油腻', '排油', '油切', '阻油', '阻断油脂', '不胖', '不长胖', '不发胖', '不长肉'],
    reason: '说食品能去油、排油、阻断油脂或吃了不胖，即暗示"控制体内脂肪"的保健功能；普通食品不得声称。',
    rewrite: '删去功能声称，只写口味与原料（如"口感清爽"）',
    exemptions: ['registered-product'],
    severity: everywhere('none', { food: 'high', 'health-food': 'medium' }),
  },
  {
    // 广告法第18条第1款第5项 (health food) and 第16条第1款第4项 (drugs, devices): no endorser (代言人) may
    // recommend or vouch for them. On other goods an endorser is lawful if they used the goods (第38条).
    id: 'health-endorser', group: 'health-food', basis: 'ad-18', negatable: true,
    basisFor: { 'medical-device': 'ad-16' },
    // 明星都在吃/用: celebrities named as users, an endorsement by any other wording.
    terms: ['代言', '明星推荐', '明星力荐', '明星同款', '明星都在吃', '明星都在喝', '明星都在用', '明星也在吃', '明星也在用'],
    reason: '保健食品、药品、医疗器械的广告不得利用广告代言人作推荐、证明；其他商品的代言人须实际使用过该商品。',
    rewrite: '删去代言人的推荐、证明字样，只写批准的功能原文与产品事实',
    exemptions: [], severity: everywhere('none', { 'health-food': 'high', 'medical-device': 'high' }),
  },
];
