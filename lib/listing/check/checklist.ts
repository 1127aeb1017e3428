import { fold } from './normalise';
import type { Category, ChecklistItem, ListingField, RuleBase } from './schema';

const IMPORT_WORDS = ['进口', '海外', '直邮', '保税', '跨境', '代购', '海淘'];

interface Item { id: string; text: string; basis: string; present?: string[] }

// Whether a Chinese label or a licence exists cannot be read from the listing's
// words, so these are questions for the seller, not verdicts.
const IMPORTED_FOOD: Item[] = [
  { id: 'cn-label', basis: 'food-97', text: '实物包装上是否有中文标签（品名、配料、原产国、境内代理商名称地址电话、生产日期、保质期）？一般贸易进口的预包装食品没有中文标签，买家可主张十倍赔偿。' },
  { id: 'inspection', basis: 'food-97', text: '是否备有该批次的入境货物检验检疫证明和报关单，能随时出示？' },
  { id: 'cross-border', basis: 'food-97', text: '若属跨境电商零售进口（保税/直邮），页面是否已按跨境规则告知"商品符合原产地标准，可能无中文标签"？' },
];
const HEALTH_FOOD: Item[] = [
  { id: 'warning-sentence', basis: 'ad-18', text: '是否显著标明"本品不能代替药物"（审查规定要求"保健食品不是药物，不能代替药物治疗疾病"）？', present: ['本品不能代替药物', '不能代替药物治疗疾病'] },
  { id: 'approval-number', basis: 'ad-18', text: '是否写明保健食品注册号或备案号（国食健注/食健备），功能表述是否与证书原文一致？', present: ['国食健', '食健备', '卫食健'] },
];

// A drug's or device's medical words are its label, so instead of findings: is that label the approved one?
const DRUG_DEVICE: Item[] = [
  { id: 'approved-scope', basis: 'ad-16', text: '页面写的适应症、功能主治或适用范围，是否与注册证、批准文号或说明书原文一致？药品、医疗器械的广告须经审查，不得超出批准范围。', present: ['国械注', '械备', '械注准', '国药准字', '械字号'] },
];

function itemsFor(category: Category, all: string): Item[] {
  if (category === 'medical-device') return DRUG_DEVICE;
  if (category !== 'food' && category !== 'health-food') return [];
  return [...(IMPORT_WORDS.some((w) => all.includes(w)) ? IMPORTED_FOOD : []), ...(category === 'health-food' ? HEALTH_FOOD : [])];
}

export function checklist(base: RuleBase, fields: ListingField[], category: Category): ChecklistItem[] {
  if (category === 'general' || category === 'cosmetics') return [];
  const all = fields.map((f) => fold(f.text).text).join('\n');
  const items = itemsFor(category, all);
  return items.flatMap((item) => {
    const basis = base.bases[item.basis];
    if (!basis) return [];
    const done = item.present ? item.present.some((w) => all.includes(w)) : null;
    return [{ id: item.id, text: item.text, basis, done }];
  });
}
