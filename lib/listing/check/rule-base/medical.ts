import type { Rule } from '../schema';
import { everywhere } from './severity';

// 广告法第17条 for goods other than medical care, drugs and devices; 食品安全法第71/73条 for food;
// 化妆品监督管理条例第37条 for cosmetics. On a registered device the words are its business, but
// 第16条 still bars guarantees (see guarantee.ts).
export const MEDICAL_RULES: Rule[] = [
  {
    id: 'medical-cure', basisFor: { food: 'food-71' }, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['治疗', '治愈', '根治', '疗效', '药效', '医治', '包治', '药到病除', '处方', '疗程', '主治', '病愈', '康复'],
    reason: '非医疗、药品、医疗器械商品不得宣称治疗功能或使用医疗用语；食品、化妆品被投诉时还可能被索赔十倍。',
    rewrite: '删去治疗、疗效类用语，只描述商品本身（成分、规格、口感、使用感受）',
    exemptions: ['registered-product'],
    severity: everywhere('high', { general: 'medium', 'medical-device': 'none' }),
  },
  {
    id: 'medical-disease', basisFor: { food: 'food-71' }, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['抗癌', '防癌', '治癌', '癌症', '肿瘤', '降血压', '降压', '降血糖', '降糖', '降血脂', '降脂', '降三高', '溶血栓', '软化血管', '肺结节',
      '糖尿病', '高血压', '痛风', '抗病毒', '消炎', '抗炎', '预防近视', '治近视', '恢复视力', '壮阳', '治失眠', '止咳', '平喘', '降尿酸', '护肝', '养肝护肝'],
    reason: '宣称预防或治疗疾病。普通食品、化妆品和一般商品都不得涉及（市场监管总局2025年典型案例即有普通食品宣称"降血糖""抗癌"被罚）。',
    rewrite: '删去疾病名称与功效，只写成分、产地、口味等事实',
    exemptions: ['registered-product'],
    severity: everywhere('high', { general: 'medium', 'medical-device': 'low' }),
  },
  {
    id: 'cosmetics-medical', group: 'medical', basis: 'cosmetics-37', negatable: true,
    terms: ['药妆', '医学护肤', '医用级', '医疗级', '械字号面膜', '抗过敏', '脱敏', '激素', '皮肤病', '湿疹', '除螨虫'],
    reason: '化妆品标签和宣传不得明示或暗示医疗作用、不得使用医疗术语（化妆品标签管理办法）。',
    rewrite: '改为化妆品可宣称的表述（如"舒缓""保湿"），并以功效评价资料为据',
    exemptions: ['registered-product'],
    severity: everywhere('medium', { cosmetics: 'high', 'medical-device': 'none' }),
  },
];
