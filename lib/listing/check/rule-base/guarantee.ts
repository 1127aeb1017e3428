import type { Rule } from '../schema';
import { everywhere } from './severity';

// Guarantees a seller writes become promises a claimant holds them to (消保法第16条), and
// efficacy or safety guarantees are barred outright for drugs, devices, health food
// (广告法第16、18条) and cosmetics (条例第37条).
export const GUARANTEE_RULES: Rule[] = [
  {
    id: 'promise-fake-pays', group: 'guarantee', basis: 'promise', negatable: false,
    terms: ['假一赔', '假一罚', '假1赔', '假1罚', '假一赔十', '假一罚十', '假一赔万'],
    reason: '"假一赔N"是你对买家的赔付承诺，职业索赔人会先找瑕疵、再按N倍索赔；平台另有售假处罚，与此承诺无关。',
    rewrite: '改为"正品保障，支持验货"，或只写平台已有的服务（如"假一赔四"以平台服务为准）',
    exemptions: [], severity: everywhere('medium'),
  },
  {
    // For drugs, devices and health food the review rules (暂行办法第11条) name these guarantees outright.
    id: 'efficacy-guarantee', group: 'guarantee', basis: 'ad-16', negatable: true,
    basisFor: { 'health-food': 'ad-review-11', 'medical-device': 'ad-review-11' },
    terms: ['100%有效', '百分百有效', '百分之百有效', '100%治愈', '100%见效', '无效退款', '无效全额退款', '无效包退', '无效退', '立竿见影', '一次见效',
      '快速见效', '立即见效', '马上见效', '立刻见效', '即刻见效',
      // Effect promised within a time, whatever the number (三天见效, 15天见效, 2周起效): the 禁用语清单's "X天见效".
      '天见效', '周见效', '分钟见效', '天显效', '天起效', '周起效', '效果保证', '保证效果', '彻底根除', '永不复发', '零风险', '无副作用', '无任何副作用', '绝对安全', '100%安全', '纯天然无副作用',
      '有效率', '治愈率', '保证有效', '根除', '一用就好', '无依赖', '快速增大', '迅速增大',
      // 广告审查暂行办法第11条: safety and refund guarantees, 免费治疗 as inducement
      '无毒副作用', '毒副作用小', '无毒副', '免费治疗', '保险公司保险'],
    reason: '功效或安全性的断言、保证。药品、医疗器械、保健食品、化妆品均明令禁止；其他商品若无法兑现即属虚假宣传。',
    rewrite: '删去保证用语，改为可证明的描述（如"经××检测，符合××标准"）',
    exemptions: [], severity: everywhere('high', { general: 'medium' }),
  },
  {
    // 化妆品命名指南 "绝对化词意" (特效、全效、强效、奇效、高效、速效、神效…); on health food an
    // efficacy assertion (广告法第18条). On a drug 速效/特效 can be part of the approved name.
    id: 'efficacy-absolute', group: 'guarantee', basis: 'cosmetics-naming', negatable: true,
    basisFor: { food: 'food-label', 'health-food': 'ad-18' },
    // A slimming or firming result promised to last (不反弹) asserts the effect too; on a mattress or sponge 不反弹
    // describes the material, so general goods stay quiet as for the rest of this rule.
    terms: ['特效', '奇效', '神效', '速效', '强效', '全效', '不反弹'],
    reason: '断言功效的绝对化用语。化妆品命名和标签明令禁止；保健食品、普通食品宣称即属断言功效。',
    rewrite: '删去，改为经功效评价或检测能证明的具体描述',
    exemptions: ['registered-product', 'trademark-name'],
    severity: everywhere('high', { general: 'none', food: 'medium', 'medical-device': 'none' }),
  },
  {
    // The 禁用语清单's 虚假夸大用语 (复活、再生、更生、重生、整肤、高渗透、透皮…): plain words on other goods
    // (再生纸), so weighed on cosmetics only. The 2010 命名指南's 高效、超强、全方位 are left out: that
    // guide is superseded and the current list does not carry them.
    id: 'cosmetics-exaggeration', group: 'guarantee', basis: 'cosmetics-naming', negatable: true,
    // Age reversal promised in years (重返18岁) is the same exaggeration.
    terms: ['复活', '再生', '更生', '重生', '整肤', '高渗透', '透皮', '重返18岁', '重返十八岁', '年轻10岁', '年轻十岁', '逆生长',
      // Whitening timed in seconds or "at once" is the list's "X天见效" in a shorter unit.
      '秒白', '瞬白', '速白', '一洗白', '瞬间美白'],
    reason: '化妆品名称和标签禁用的虚假夸大用语（再生、重生、透皮…），被投诉时按虚假或引人误解处理。',
    rewrite: '改为已评价的功效原文和具体事实（如"保湿""经人体功效评价"）',
    exemptions: ['registered-product'],
    severity: everywhere('none', { cosmetics: 'high' }),
  },
  {
    // A safety assertion: 广告法第16条第1款第1项 (drugs, devices) and 第18条第1款第1项 (health food) bar
    // "安全性的断言或者保证" outright; on a cosmetic label (条例第37条) one reaction makes "无刺激" false or
    // misleading, so the claim stands only on a human safety test. Plain words on other goods (无刺激洗衣液).
    id: 'safety-assertion', group: 'guarantee', basis: 'ad-16', negatable: false,
    basisFor: { 'health-food': 'ad-18', cosmetics: 'cosmetics-37' },
    terms: ['无刺激', '零刺激', '不刺激', '无任何刺激', '绝无刺激', '安全低敏', '低敏安全', '安全可靠', '安全无害', '安全无毒', '无毒无害', '不伤肤', '不伤皮肤',
      // safe to swallow, said of a toothpaste; safety as what a quality means (天然意味着安全)
      '可吞咽', '误吞无害', '吞咽无害', '意味着安全',
      // safety guaranteed in so many words (a cosmetic advert punished for 安全保证, 条例第37条)
      '安全保证', '保证安全'],
    reason: '安全性的断言。药品、医疗器械、保健食品的广告明令禁止；化妆品上任何一例不适都可使其被指为虚假或引人误解。',
    rewrite: '删去，或改为有依据的描述（如"经人体斑贴试验"并写明机构）',
    exemptions: [], severity: everywhere('none', { cosmetics: 'medium', 'health-food': 'high', 'medical-device': 'high' }),
  },
  {
    // 儿童化妆品监督管理规定第12条 bars 食品级 and 可食用 on a child's cosmetic: a cosmetic is not food, and the words
    // invite swallowing it. On any cosmetic they assert a safety it cannot have (条例第37条: no misleading label). On
    // kitchenware and food they state a material grade (食品级硅胶), so cosmetics only.
    id: 'cosmetics-edible', group: 'guarantee', basis: 'cosmetics-37', negatable: true,
    terms: ['食品级', '可食用', '食用级', '能吃的'],
    reason: '化妆品不是食品；写"食品级""可食用"是安全性的误导宣称，儿童化妆品的标签明令禁止这样写。',
    rewrite: '删去"食品级/可食用"，写已备案的成分和安全评估事实（如"经人体斑贴试验"）',
    exemptions: [], severity: everywhere('none', { cosmetics: 'high' }),
  },
  {
    // "有效+verb" asserts efficacy: barred for health food (广告法第18条第1款第1项), drugs and devices (第16条第1款第1项);
    // on a cosmetic it must rest on an efficacy evaluation (条例第22条), on food it is a function claim. On
    // other goods (有效防滑) it describes a property.
    id: 'efficacy-assertion', group: 'guarantee', basis: 'ad-18', negatable: true,
    basisFor: { food: 'food-label', cosmetics: 'cosmetics-37', 'medical-device': 'ad-16' },
    terms: ['有效增加', '有效提高', '有效提升', '有效改善', '有效缓解', '有效降低', '有效减少', '有效预防', '有效抑制', '有效抗', '有效修复', '有效增强', '有效促进', '有效调节', '有效对抗'],
    reason: '"有效＋功效"是对功效的断言。保健食品、药品、医疗器械广告明令禁止；化妆品须有功效评价依据，普通食品不得声称功能。',
    rewrite: '删去"有效"，保健食品照批准的功能原文（如"有助于增加骨密度"），化妆品写已评价的功效原文',
    exemptions: [], severity: everywhere('none', { 'health-food': 'high', 'medical-device': 'high', food: 'medium', cosmetics: 'medium' }),
  },
  {
    // A money-back promise on a quality (不甜不要钱) is a promise the buyer may hold the seller to (消保法第16条).
    id: 'promise-money-back', group: 'guarantee', basis: 'promise', negatable: false,
    terms: ['不甜不要钱', '不好吃不要钱', '不好用不要钱', '不满意不要钱', '无效不要钱', '不香不要钱'],
    reason: '"不甜不要钱"类是对品质的退款承诺，职业索赔人会以"不甜""无效"为由要求全额退款甚至赔偿。',
    rewrite: '改为客观描述（如"糖度约××°Bx"），售后按平台规则写明（如"坏果包赔"）',
    exemptions: [], severity: everywhere('medium'),
  },
  {
    // "Not as described and it is free" (不是纯棉白送, 假的白送, 不满意免单): the same promise as 假一赔N, held to by
    // a claimant who finds a flaw (消保法第16条). 白送 alone (表白送礼, 买二白送一) promises nothing.
    id: 'promise-free-if-not', group: 'guarantee', basis: 'promise', negatable: false,
    terms: ['白送', '免单'],
    // Named claim words only: 暑假免单, 不好意思…免单 are no promise.
    claimedBy: { words: ['不是', '假的', '假货', '是假', '假冒', '不正宗', '不新鲜', '不满意', '不好吃', '不好用', '不好喝'], gap: 6 },
    reason: '"不是××白送""不满意免单"是对品质的赔付承诺，职业索赔人会先找瑕疵、再要求免单或赔偿。',
    rewrite: '改为客观描述（如"成分：100%棉，附吊牌"），售后按平台规则写明',
    exemptions: [], severity: everywhere('medium'),
  },
  {
    id: 'permanent-promise', group: 'guarantee', basis: 'ad-28', negatable: true,
    terms: ['永久', '永不', '终身', '一辈子'],
    reason: '"永久""终身"类承诺难以证明，常被当作虚假宣传投诉；若是品牌名（永久牌）或确有的终身保修服务则不同。',
    rewrite: '写明具体期限和条件（如"质保3年"），或注明服务条款',
    exemptions: ['trademark-name'], severity: everywhere('low'),
  },
];
