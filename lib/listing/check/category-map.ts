import type { Category } from './schema';

/**
 * Which rule weighting a listing gets, from its category path (类目, e.g.
 * "零食/坚果/特产 > 坚果炒货 > 山核桃"). The first entry with a word in the path
 * wins, so the narrower entries come first: 保健食品 before 食品. Names are the
 * Taobao/Tmall top-level and second-level category names as shown on the
 * publish form's category line; a path we do not know checks as general goods.
 */
export const CATEGORY_MAP: ReadonlyArray<{ category: Category; words: readonly string[] }> = [
  // Pet goods first: "宠物/宠物食品及用品" contains 食品, but pet food is feed (饲料和饲料添加剂管理条例), not food
  // under 食品安全法, and pet care is not a cosmetic. As general goods the disease and cure words still
  // count (广告法第17条 bars them in any advertisement; 兽药管理条例第72条: what claims to prevent or treat an
  // animal's disease is a veterinary drug, and a non-drug passed off as one is 假兽药, 第47条), while the
  // human-food health-function and additive rules do not apply.
  { category: 'general', words: ['宠物', '水族', '狗粮', '猫粮'] },
  { category: 'health-food', words: ['保健食品', '膳食营养补充', '营养补充剂', '维生素/矿物质', '蛋白粉/氨基酸'] },
  { category: 'medical-device', words: ['医疗器械', '计生用品', '隐形眼镜/护理液', '家庭保健器械', '医用', '械字号'] },
  {
    category: 'cosmetics',
    words: ['美容护肤', '美体/精油', '彩妆/香水', '美妆工具', '美发护发', '洗发护发', '口腔护理', '牙膏', '面部护理', '身体护理', '香水', '化妆品'],
  },
  {
    category: 'food',
    words: [
      '零食/坚果/特产', '粮油米面', '南北干货', '调味品', '茶', '咖啡/麦片/冲饮', '水产肉类', '新鲜蔬果', '熟食', '酒类', '水果', '奶粉/辅食',
      '牛奶/乳制品', '饮料', '蜂蜜', '传统滋补', '滋补', '糕点', '方便速食', '冲饮', '食品', '零食', '坚果', '特产', '饮品',
    ],
  },
];

/** The category a path falls in; general goods when no entry's word is in it. */
export function categoryOf(path: string): Category {
  for (const entry of CATEGORY_MAP) if (entry.words.some((w) => path.includes(w))) return entry.category;
  return 'general';
}
