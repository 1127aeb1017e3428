import { describe, expect, it } from 'vitest';
import zhCN from '@/assets/locales/zh_CN.json';
import zhTW from '@/assets/locales/zh_TW.json';
import en from '@/assets/locales/en.json';
import { resolveLanguage, translator } from '@/lib/shared/i18n';

describe('locales', () => {
  it('every language has every message the Simplified Chinese source has', () => {
    const keys = Object.keys(zhCN).sort();
    expect(Object.keys(zhTW).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  it('no message is left empty', () => {
    for (const dict of [zhCN, zhTW, en]) for (const value of Object.values(dict)) expect(value.trim()).not.toBe('');
  });
});

describe('translator', () => {
  it('fills $1, $2 in order', () => {
    expect(translator('zh_CN')('panelPagesRead', 2, 15)).toBe('已读取 2 个页面，15 条记录');
    expect(translator('en')('panelPagesRead', 2, 15)).toBe('2 pages read, 15 records');
  });

  it.each([
    ['auto', 'zh-CN', 'zh_CN'],
    ['auto', 'zh-TW', 'zh_TW'],
    ['auto', 'zh-HK', 'zh_TW'],
    ['auto', 'en-US', 'en'],
    ['zh_TW', 'en-US', 'zh_TW'],
  ] as const)('setting %s with browser %s → %s', (setting, browser, expected) => {
    expect(resolveLanguage(setting, browser)).toBe(expected);
  });
});
