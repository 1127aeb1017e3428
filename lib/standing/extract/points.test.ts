import { describe, expect, test } from 'vitest';
import { chineseNumber, parsePoints, pointsInText } from './points';

describe('parsePoints', () => {
  test.each([
    ['12', 12],
    ['12分', 12],
    ['扣12分', 12],
    ['扣十二分', 12],
    ['十二分', 12],
    ['扣四十八分', 48],
    ['１２', 12],
    ['１２分', 12],
    ['0.2', 0.2],
    ['6.0', 6],
    ['12.0', 12],
    [' 6 分 ', 6],
    ['-6', 6],
    ['—', 0],
    ['-', 0],
    ['--', 0],
    ['', 0],
    ['不扣分', 0],
    ['不扣分，仅删除商品', 0],
    ['无', 0],
    ['扣除6分', 6],
  ])('%j → %d', (cell, points) => {
    expect(parsePoints(cell)).toBe(points);
  });

  test.each(['详见处罚通知', '待定', '加载中…', '12件', 'abc'])('%j is not a number of points', (cell) => {
    expect(parsePoints(cell)).toBeNull();
  });
});

describe('pointsInText', () => {
  test.each([
    ['立即下架商品;立即天猫保证金扣款;扣6分', 6],
    ['删除商品;扣0.2分', 0.2],
    ['搜索降权30天;扣12分', 12],
    ['限制发布商品；扣十二分', 12],
  ])('%j → %d', (text, points) => {
    expect(pointsInText(text)).toBe(points);
  });

  test.each(['立即天猫保证金扣款', '向买家支付违约金', '搜索降权30天'])('%j names no points', (text) => {
    expect(pointsInText(text)).toBeNull();
  });
});

describe('chineseNumber', () => {
  test.each([
    ['二', 2],
    ['十', 10],
    ['十二', 12],
    ['二十四', 24],
    ['四十八', 48],
    ['一百', 100],
    ['零点二', 0.2],
    ['两', 2],
  ])('%s → %d', (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });

  test.each(['', '点', '十二点', '一点二点三', '十x'])('%j is not a number', (text) => {
    expect(chineseNumber(text)).toBeNull();
  });
});
