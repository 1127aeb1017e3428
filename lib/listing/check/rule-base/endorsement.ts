import type { Rule } from '../schema';
import { everywhere } from './severity';

export const ENDORSEMENT_RULES: Rule[] = [
  {
    id: 'state-endorsement', group: 'endorsement', basis: 'ad-9-2', negatable: true,
    terms: ['特供', '专供', '国宴', '国家机关推荐', '政府推荐', '机关专用', '部队专用', '军工品质', '军供', '国家领导人', '人民大会堂', '国家免检'],
    reason: '使用或暗示国家机关、军队名义；"国家免检"早已取消。',
    rewrite: '删去，改写商品本身的品质事实',
    exemptions: [], severity: everywhere('high'),
  },
  {
    id: 'well-known-mark', group: 'endorsement', basis: 'trademark-14', negatable: false,
    terms: ['驰名商标', '中国驰名商标'],
    reason: '商标法禁止把"驰名商标"字样用于商品、包装和广告宣传，即使确已认定。',
    rewrite: '删去"驰名商标"字样',
    exemptions: [], severity: everywhere('high'),
  },
  {
    id: 'patent-unnumbered', group: 'endorsement', basis: 'ad-12', negatable: false,
    terms: ['专利', '国家专利', '专利产品', '专利技术'],
    reason: '宣传专利须标明专利号和专利种类；申请中或已失效的专利不得宣传。',
    rewrite: '写明"专利号：ZL××××××××.×（发明/实用新型/外观设计）"，或删去',
    exemptions: ['patent-number'], severity: everywhere('medium'), unlessField: ['专利号', 'zl'],
  },
  {
    id: 'origin-import', group: 'endorsement', basis: 'ad-28', negatable: false,
    terms: ['进口', '原装', '原装进口', '海外直邮', '原产地'],
    reason: '产地、进口声称须属实并能出示证明（报关单、检验检疫证明）；不符即虚假宣传，进口食品还须有中文标签。',
    rewrite: '保留时备好证明；无法证明的改为"××原料"等属实表述',
    exemptions: ['factual-origin'], severity: everywhere('low'),
  },
  {
    id: 'natural-claim', group: 'endorsement', basis: 'ad-28', negatable: false,
    terms: ['纯天然', '100%天然', '全天然'],
    reason: '"纯天然"是职业索赔人最常检索的词之一（2019年两起敲诈案均以此为借口）；成分中只要有加工或添加就可被指为虚假宣传。',
    rewrite: '写具体事实（如"配料：仅××"）',
    exemptions: ['factual-origin'], severity: everywhere('medium'),
  },
];

// GB 7718-2025 bans "无/不含/零添加" additive claims from 2027-03-16; before it, such a
// claim must still be true (广告法第28条), and is a favourite claimant pretext.
export const ADDITIVE_RULES: Rule[] = [
  {
    id: 'additive-free', group: 'additive', basis: 'gb7718-2025', negatable: false,
    terms: ['零添加', '0添加', '无添加', '不添加', '无添加剂', '不含添加剂', '无防腐剂', '不含防腐剂', '零防腐', '无色素', '不含色素', '无香精',
      '不含香精', '无甜味剂', '无糖精'],
    reason: 'GB 7718-2025 自2027-03-16起禁止在预包装食品上以"无""不含""零添加"声称不含添加剂。',
    rewrite: '删去"零添加/不含××"，改写配料表中的事实（如"配料：生牛乳"）',
    exemptions: [], severity: everywhere('low', { food: 'high', 'health-food': 'high' }),
    from: {
      date: '2027-03-16',
      before: {
        severity: 'medium', basis: 'ad-28',
        note: '现行 GB 7718-2011 未明文禁止，但须属实；GB 7718-2025 于2027-03-16施行后即属违规，宜现在改。',
      },
    },
  },
];
