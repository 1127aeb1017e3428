import type { ListingField } from '@/lib/listing/check';

// Deterministic synthetic listing: plain selling copy with a risky sentence now and then,
// in Simplified, Traditional and spaced-out forms.
let seed = 20261201;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const PLAIN = ['精选优质原料，层层把关。', '规格：500g/袋，保质期12个月。', '收到后请放阴凉干燥处保存。', '第一次购买的顾客请先看尺码表。',
  '最近天气转凉，注意保暖。', '发货地：浙江杭州，48小时内发货。', '最佳赏味期为开封后30天。', '面料：100%棉，可机洗。', '包装尺寸 30×20×10 cm。'];
const RISKY = ['全网最好的品质。', '銷量第一，值得信賴。', '降 血 糖，降血压。', '假一赔十，放心购买。', '纯天然零添加。', '国家级工艺，特供品质。'];
const description = (chars: number) => {
  let text = '';
  while (text.length < chars) text += random() < 0.05 ? pick(RISKY) : pick(PLAIN);
  return text.slice(0, chars);
};
export const form = (descChars: number): ListingField[] => [
  { field: 'title', label: '宝贝标题', text: '2026新款 苦荞茶 东北黑土地 独立小包装 全网最好 假一赔十' },
  { field: 'shopping_title', label: '导购标题', text: '第一次喝就爱上' },
  ...Array.from({ length: 20 }, (_, i) => ({ field: `catProp:p-${i}`, label: `属性${i}`, text: pick(['荞乡人', '中国大陆', '罐装', '特级', '500g', '12个月']) })),
  ...Array.from({ length: 8 }, (_, i) => ({ field: `saleProp:p-1627207:${i}`, label: 'SKU 名称', text: pick(['原味 500g', '零添加 250g', '礼盒装']) })),
  { field: 'desc', label: '描述', text: description(descChars) },
];

