import type { Rule } from '../schema';
import { CLAIMED_CONDITIONS, NAMED_DISEASES } from './disease-lexicon.generated';
import { everywhere } from './severity';

// Disease and symptom names from a public lexicon (THUOCL's medical words), selected by the written
// rule in scripts/gen-disease-lexicon.mjs rather than from listings the checker missed, so that a
// disease nobody here thought of is found as the hand list's are (广告法第17条; 食品安全法第71条;
// 化妆品监督管理条例第37条). Weighed as medical-disease is: a claim in every category, lawful on a
// registered drug or device, whose label names its indication.
const FOOD = { food: 'food-71', 'health-food': 'food-71', cosmetics: 'cosmetics-label-19' } as const;
const SEVERITY = everywhere('high', { general: 'medium', 'medical-device': 'none' });

// "涉及疾病预防、治疗功能": the verbs by which a listing says its goods prevent, treat or relieve a
// condition. 防 and 治 end 预防, 防止, 防治, 根治, 医治; 止, 消, 祛, 除, 抗, 降 end their compounds. 舒缓 is 缓解 in a
// cosmetic's words: the 化妆品分类目录 allows it for irritated skin (改善皮肤刺激等状态), not for a condition it names.
// 淡/淡化 likewise: the catalogue fades 色斑 and 皱纹 (祛斑美白, 抗皱), not a condition it names (淡化水肿).
// 易患 names the condition the goods are for (易患感冒、易患皮肤疾病 listed as who should take it): a prevention claim.
// Audit (verb × condition matrix): 摆脱, 解决, 克服 say the condition is got rid of, as 告别 does.
const CLAIM_VERBS = ['防', '治', '止', '消', '祛', '除', '抗', '降', '缓解', '舒缓', '淡化', '淡', '改善', '减轻', '减少', '抑制', '远离', '告别', '调理', '逆转', '杜绝', '避免', '辅助', '对抗', '修复', '易患',
  '摆脱', '解决', '克服'];
// The same claim written after the condition, as the bureaus quote it: 脚气克星, 失眠一贴见效, 痛风不复发, 湿疹断根, 有效率98%.
// 患者 and 福音 name the condition as who the goods are for (颈椎患者, 打鼾人士的福音), as 易患 does before it; 再见,
// 拜拜 and 说不 send it away (和打鼾说再见, 对咳嗽说不), as 告别 does.
export const CLAIM_AFTER = ['克星', '断根', '去根', '除根', '一扫光', '不再犯', '全消', '见效', '有效率', '复发', '好转', '痊愈', '患者', '福音', '再见', '拜拜', '说不'];

export const LEXICON_RULES: Rule[] = [
  {
    id: 'medical-disease-lexicon', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true, disguised: false,
    terms: [...NAMED_DISEASES],
    reason: '宣称或暗示商品与疾病的预防、治疗有关（疾病或病症名称）。普通食品、化妆品和一般商品都不得涉及；医疗器械、药品须与注册的适用范围一致。',
    rewrite: '删去疾病和病症名称，只写成分、规格、用法和使用感受',
    exemptions: ['registered-product'],
    severity: SEVERITY,
  },
  {
    id: 'medical-condition-claim', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true, disguised: false,
    // By hand: eye tissues a food or a device says it protects or repairs (防止角膜…损伤, 修复视网膜): eye damage
    // prevented is a disease-prevention claim, as 保护视力 is (medical.ts); 缓解视疲劳 is the catalogue's function.
    // (黄斑 left out: 去除牙齿黄斑, 衣领黄斑 are stains.)
    // Audit: 中医 syndromes (证候) are diagnoses: 调理脾虚, 改善气虚 treat one; named alone (气虚体质 in a dietary guide) they
    // claim nothing (湿热 left out: 除湿热泵 is a dryer). Likewise conditions of children and women named with a verb (改善厌食, 缓解夜啼, 改善甲状腺).
    terms: [...CLAIMED_CONDITIONS, '角膜', '视网膜', '脾虚', '气虚', '血虚', '阳虚', '阴虚', '体寒', '寒湿', '肝火', '虚火', '厌食', '夜惊', '夜啼', '抑郁', '甲状腺', '白带',
      // Audit (verb × condition matrix): conditions sellers name that are no disease word alone — refractive errors (近视 is a
      // term only with 防/治/缓解), the blood measures a drug lowers (血糖, 血压, 血脂, 尿酸: 降血糖 is a term, 改善/逆转/告别 were
      // not), obesity, hyperplasia, numbness, cramps, night-time urination. Named alone they claim nothing (近视眼镜, 血压计,
      // 胶原增生); with a claim verb or a word after (血糖克星) they are a disease treated. Left out: 焦虑 (告别身材焦虑 is
      // slang), 手脚冰凉 (a foot warmer's 告别手脚冰凉 warms, it treats nothing), 鼠标手 (a wrist rest's 防鼠标手).
      '近视', '老花', '远视', '血糖', '血压', '血脂', '尿酸', '肥胖', '增生', '麻木', '抽筋', '夜尿',
      // Third pass: symptoms with everyday senses alone (流鼻涕, 打喷嚏, 发麻, 心慌, 气短, 潮热). Not 听力下降: a child's headphones
      // keep it off (防止听力下降) by limiting the volume.
      '流鼻涕', '打喷嚏', '发麻', '心慌', '气短', '潮热', '积液', '气喘',
      // 炎 ends the name of every inflammation (趾间炎, 口角炎, 耳道炎, a pet's 爪炎): the lexicon lists the common ones, and a
      // claim verb before any other (预防…炎, 缓解…炎) is the same disease claim. Alone it is also 炎热, 炎陵 or a person's name
      // (allow.ts keeps the weather words quiet), so only when claimed.
      '炎'],
    claimedBy: { words: CLAIM_VERBS, gap: 4, after: CLAIM_AFTER },
    reason: '宣称商品能预防、治疗或缓解某种病症（防感染、改善内分泌失调、缓解疼痛…），是疾病预防治疗功能的宣称。',
    rewrite: '删去"防/治/缓解+病症"的说法，只写商品本身的材质、用法和可证明的特点',
    exemptions: ['registered-product'],
    severity: SEVERITY,
  },
];
