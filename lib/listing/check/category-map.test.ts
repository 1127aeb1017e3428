import { describe, expect, it } from 'vitest';
import { categoryOf } from './category-map';

describe('category from the form\'s category path', () => {
  it.each([
    ['茶 > 代用/花草茶 > 苦荞茶', 'food'],
    ['零食/坚果/特产 > 坚果炒货 > 山核桃', 'food'],
    ['保健食品/膳食营养补充食品 > 维生素/矿物质', 'health-food'],
    ['美容护肤/美体/精油 > 面部精华', 'cosmetics'],
    ['彩妆/香水/美妆工具 > 口红', 'cosmetics'],
    ['医疗器械 > 家庭保健器械 > 理疗仪', 'medical-device'],
    ['女装/女士精品 > T恤', 'general'],
    ['', 'general'],
  ])('%s → %s', (path, category) => {
    expect(categoryOf(path)).toBe(category);
  });
});

describe('pet goods', () => {
  it.each([
    ['宠物/宠物食品及用品 > 猫零食 > 猫条', 'general'],
    ['宠物/宠物食品及用品 > 狗狗洗护 > 沐浴露', 'general'],
    ['水族/水族用品 > 鱼食', 'general'],
  ])('%s → %s: pet food is feed and pet care no cosmetic, whatever 食品 says', (path, category) => {
    expect(categoryOf(path)).toBe(category);
  });
});
