import type { Rule } from '../schema';
import { everywhere } from './severity';

// 广告法第18条 (保健食品) and 食品安全法第71/73条: ordinary food may claim no health function;
// health food only its approved catalogue function, never a guarantee.
export const HEALTH_FOOD_RULES: Rule[] = [
  {
    id: 'health-function', basisFor: { food: 'food-71' }, group: 'health-food', basis: 'ad-18', negatable: true,
    terms: ['增强免疫力', '提高免疫力', '提升免疫力', '抗衰老', '延缓衰老', '排毒', '清肠', '刮油', '减肥', '燃脂', '溶脂', '助眠', '改善睡眠',
      '补脑', '增强记忆', '增高', '长高', '补肾', '养胃护胃', '调节血糖', '调节血脂', '调节血压', '美白祛斑', '祛斑', '丰胸', '护眼明目', '缓解疲劳', '瘦身', '养颜', '乌发', '防脱发', '生发'],
    reason: '保健功能声称。普通食品不得声称任何保健功能；保健食品只能用注册或备案批准的功能表述，不得保证功效，并须标明"本品不能代替药物"。',
    rewrite: '普通食品：删去功能声称，只写成分与口味；保健食品：照批准证书上的功能原文，并加"本品不能代替药物"',
    exemptions: ['registered-product'],
    severity: everywhere('low', { food: 'high', 'health-food': 'medium', cosmetics: 'medium', general: 'none', 'medical-device': 'none' }),
  },
];
