import { checkListing, type Category, type Finding } from '@/lib/listing/check';
import { CLAIMED_CONDITIONS, NAMED_DISEASES } from '@/lib/listing/check/rule-base/disease-lexicon.generated';
import { SIMPLIFIED, TRADITIONAL } from '@/lib/shared/traditional';

// A mechanical audit of the listing check's core kinds (issue 19): claim verbs as regulators quote them × conditions,
// and absolute terms, each in the styles listings are written in and in each category. Not shipped; the eval prints
// the combinations that stay silent, so a gap shows by kind rather than by whichever title a labelled set held.

export type Expect = 'medical' | 'absolute-core' | 'quiet';
export interface Probe { kind: string; combo: string; style: string; category: Category; text: string; expect: Expect }
export interface ProbeResult extends Probe { groups: Finding['group'][] }

/** Verbs before the condition (降血糖, 专治脚气) and words after it (脚气克星, 痛风不复发), as the bureaus quote them. */
export const PREFIX_VERBS = ['治', '治疗', '治愈', '根治', '医治', '主治', '专治', '防治', '预防', '防', '抗', '消', '祛', '除', '降', '止',
  '缓解', '改善', '修复', '调理', '逆转', '告别', '远离', '消除', '去除', '根除', '对抗', '抑制', '减轻', '摆脱', '解决', '克服'];
export const SUFFIX_WORDS = ['克星', '不复发', '一贴见效', '有效率98%', '疗效显著', '药到病除', '断根', '去根', '一扫光', '不再犯'];

/** The brief's conditions as sellers name them: body part + symptom, organ conditions, measures claimed lowered. */
export const CONDITIONS = ['腰酸背痛', '关节痛', '颈椎病', '腰椎间盘突出', '前列腺', '失眠', '便秘', '痔疮', '脚气', '灰指甲', '湿疹', '牛皮癣',
  '白发', '脱发', '近视', '三高', '血糖', '血压', '血脂', '尿酸', '痛风', '结节', '囊肿', '增生', '肿瘤', '癌', '高血压', '糖尿病', '鼻炎',
  '咽炎', '胃炎', '口腔溃疡', '骨质疏松', '风湿', '关节炎', '肩周炎', '偏头痛', '头痛', '牙痛', '耳鸣', '哮喘', '咳嗽', '感冒', '过敏',
  '痘痘', '粉刺', '痤疮', '黄褐斑', '色斑', '老年斑', '狐臭', '汗脚', '脚臭', '口臭', '脂肪肝', '肝病', '胃病', '肾病', '心脏病', '血栓',
  '中风', '老寒腿', '静脉曲张', '骨刺', '骨质增生', '妇科病', '宫寒', '痛经', '乳腺增生', '阳痿', '早泄', '不孕', '抑郁', '焦虑', '老花眼',
  '白内障', '干眼症', '飞蚊症', '鼻窦炎', '荨麻疹', '皮炎', '瘙痒', '甲沟炎', '富贵包', '鼠标手', '腱鞘炎', '网球肘', '坐骨神经痛', '腰肌劳损',
  '颈椎', '腰椎', '膝盖痛', '手脚冰凉', '手脚麻木', '腿抽筋', '夜尿多', '尿频', '打鼾', '磨牙', '头晕', '贫血', '低血糖', '肥胖', '水肿'];

// Each category with a run-on title that holds the claim without punctuation (the listing style most titles have).
const RUN_ON: Record<string, (p: string) => string> = {
  food: (p) => `中老年${p}苦荞茶包邮正品`,
  cosmetics: (p) => `草本${p}精华乳液套装`,
  general: (p) => `家用${p}按摩器颈腰腿`,
};

let s2t: Map<string, string> | undefined;
/** Simplified → Traditional by the project's own table (the first Traditional form of each Simplified character). */
export function toTraditional(text: string): string {
  if (!s2t) {
    s2t = new Map();
    const simplified = [...SIMPLIFIED];
    [...TRADITIONAL].forEach((t, i) => { const s = simplified[i] as string; if (!s2t!.has(s)) s2t!.set(s, t); });
  }
  return [...text].map((c) => s2t!.get(c) ?? c).join('');
}
const fullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The listing styles of a claim split in two (verb | condition, or term halves): how the two halves are joined. */
export const STYLES: Record<string, (a: string, b: string, category: string) => string> = {
  plain: (a, b) => `${a}${b}`,
  'run-on': (a, b, c) => (RUN_ON[c] ?? RUN_ON.general!)(`${a}${b}`),
  bracket: (a, b) => `【${a}${b}】新品`,
  spaced: (a, b) => [...`${a}${b}`].join(' '),
  traditional: (a, b, c) => toTraditional((RUN_ON[c] ?? RUN_ON.general!)(`${a}${b}`)),
  'full-width': (a, b) => fullWidth(`${a}\u3000${b}`),
  pipe: (a, b) => `正品｜${a}${b}｜包邮`,
  'emoji-between': (a, b) => `${a}🔥${b}`,
  'emoji-around': (a, b) => `✅${a}${b}✅热卖`,
};

const CLAIM_CATEGORIES: Category[] = ['food', 'cosmetics', 'general'];

/** Every verb × condition in every style and category: each must give a medical finding. */
export function diseaseProbes(conditions: readonly string[] = CONDITIONS, styles = Object.keys(STYLES)): Probe[] {
  const probes: Probe[] = [];
  const pairs: Array<[string, string, string]> = [
    ...PREFIX_VERBS.flatMap((v) => conditions.map((c) => [v, c, `${v}+${c}`] as [string, string, string])),
    ...SUFFIX_WORDS.flatMap((w) => conditions.map((c) => [c, w, `${c}+${w}`] as [string, string, string])),
  ];
  for (const [a, b, combo] of pairs) {
    for (const style of styles) {
      for (const category of CLAIM_CATEGORIES) probes.push({ kind: 'disease', combo, style, category, text: STYLES[style]!(a, b, category), expect: 'medical' });
    }
  }
  return probes;
}

/** The generated lexicon's names, with a verb or bare, in fewer styles (they are matched as written). */
export function lexiconProbes(): Probe[] {
  const probes: Probe[] = [];
  for (const name of NAMED_DISEASES) for (const style of ['plain', 'spaced', 'traditional', 'emoji-around']) {
    for (const category of CLAIM_CATEGORIES) probes.push({ kind: 'lexicon-named', combo: name, style, category, text: STYLES[style]!('', name, category), expect: 'medical' });
  }
  for (const name of CLAIMED_CONDITIONS) for (const verb of ['治疗', '缓解', '预防', '改善']) for (const style of ['plain', 'spaced', 'traditional', 'emoji-between']) {
    for (const category of CLAIM_CATEGORIES) probes.push({ kind: 'lexicon-claimed', combo: `${verb}+${name}`, style, category, text: STYLES[style]!(verb, name, category), expect: 'medical' });
  }
  return probes;
}

/** Run probes; the result says which groups each gave. */
export function runProbes(probes: Probe[]): ProbeResult[] {
  const at = new Date('2026-06-01T00:00:00Z');
  return probes.map((p) => ({ ...p, groups: [...new Set(checkListing([{ field: 'title', label: '宝贝标题', text: p.text }], p.category, at).findings.map((f) => f.group))] }));
}

/** A probe missed: an expected group absent, or a quiet probe flagged. */
export const missed = (r: ProbeResult) => (r.expect === 'quiet' ? r.groups.length > 0 : !r.groups.includes(r.expect));

/** 广告法第9条第3项 and the SAMR guide's core forms, as [first half, second half] so styles can split them. */
export const ABSOLUTE_FORMS: Array<[string, string]> = [
  ['最', '好'], ['最', '佳'], ['最', '优'], ['最', '强'], ['最', '先进'], ['最', '高级'], ['最', '低价'], ['最', '便宜'], ['最', '畅销'], ['最', '顶级'],
  ['顶', '级'], ['极', '品'], ['巅', '峰'], ['至', '尊级'], ['国家', '级'], ['世界', '级'], ['独一', '无二'], ['首', '选'], ['万', '能'],
  ['NO', '.1'], ['No', ' 1'], ['TOP', '1'], ['Top', ' 1'], ['No', '1'], ['第', '①'], ['№', '1'], ['第', '壹'],
  ['销量', '第一'], ['排名', '第一'], ['行业', '第一'], ['销量', '冠军'], ['全网', '第一'], ['全国', '第一'], ['全球', '第一'], ['世界', '第一'],
  ['全网', '最低'], ['史上', '最低'], ['全网', '首发'], ['全球', '首发'], ['全网', '最好'], ['全国', '最大'], ['全球', '最大'], ['世界', '最大'],
  ['史上', '最强'], ['史上', '最好'], ['史上', '第一'], ['全网', '唯一'], ['全国', '唯一'], ['全球', '唯一'], ['世界', '唯一'], ['全国', '首家'],
  ['全球', '首创'], ['世界', '首创'], ['全网', '最火'], ['全网', '最全'], ['全网', '销量第一'], ['全国', '销量第一'], ['全球', '销量领先'],
  ['宇宙', '第一'], ['天下', '第一'], ['行业', '领先'], ['全网', '独家'], ['王', '牌'], ['百分', '百'], ['100%', '纯'], ['全网', 'NO.1'], ['全国', 'TOP1'],
];

/** Phrases the SAMR guide and the checker's allow-list keep lawful: grades, names, order and time, specs, mottos. */
export const ABSOLUTE_QUIET = ['特级初榨橄榄油', '一级压榨花生油', 'AAA级', '酷冷至尊机箱', '至尊宝', '最近上新', '第一次购买', '首页推荐', '最佳赏味期',
  '最大承重200斤', '最小起订量10件', '唯一码', '质量第一', '第一代', '第1件半价', '第10代', '最新款', '首单立减', '最快当天发货', '最低5元',
  '第一层', '首饰盒', '安全第一', '最后一天', '最高温度200度', '冠军杯', '本店最新款'];
const ABS_CATEGORIES: Category[] = ['food', 'cosmetics', 'general'];

/** Every core absolute form in every style and category (must give absolute-core), and the quiet phrases. */
export function absoluteProbes(): Probe[] {
  const probes: Probe[] = [];
  for (const [a, b] of ABSOLUTE_FORMS) for (const style of Object.keys(STYLES)) for (const category of ABS_CATEGORIES) {
    probes.push({ kind: 'absolute', combo: `${a}${b}`, style, category, text: STYLES[style]!(a, b, category), expect: 'absolute-core' });
  }
  for (const q of ABSOLUTE_QUIET) for (const style of ['plain', 'run-on', 'traditional', 'full-width']) for (const category of ABS_CATEGORIES) {
    probes.push({ kind: 'absolute-quiet', combo: q, style, category, text: STYLES[style]!('', q, category), expect: 'quiet' });
  }
  return probes;
}
