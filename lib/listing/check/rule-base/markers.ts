import type { Marker } from '../schema';

// Only for listings whose category is unknown (item pages, an unmapped 类目). Registration marks
// are the law's own test (医疗器械监督管理条例: 注册证/备案; 药品管理法: 批准文号; 保健食品: 注册号/备案号);
// the device names are goods that are devices whatever the seller calls them. A bare 医用 is left out:
// "医用级硅胶" on a phone case is a claim, not a registration. 治疗仪 and 理疗仪 are left out too: household
// massagers take those names, and one that names a disease is a device needing registration (医疗器械监督管理条例
// 第103条, 广告法第46条) — the claim stands until a registration mark shows it approved.
export const MARKERS: Marker[] = [
  {
    category: 'medical-device', why: '药品或医疗器械的注册、批准标记或器械名称',
    terms: ['械字号', '械备', '国械注', '械注准', '国药准字', '药准字', '非处方药', '处方药', '血糖仪', '血糖试纸', '血压计', '血压仪',
      '制氧机', '雾化器', '助听器', '体温计', '胰岛素', '医用口罩', '医用外科', '医用敷料', '医用冷敷', '创可贴',
      // 兽药管理条例第19条: a veterinary drug carries its 兽药产品批准文号 (兽药字); a pet product with one is a drug.
      '兽药字', '兽药准字', '兽药批准文号', '兽药注册证'],
  },
  { category: 'health-food', why: '保健食品的注册号、备案号或标志', terms: ['国食健', '卫食健', '食健备', '蓝帽子', '保健食品'] },
  { category: 'cosmetics', why: '化妆品的注册号或备案号', terms: ['国妆特', '妆特字', '国妆备', '妆备字', '妆网备'] },
];
