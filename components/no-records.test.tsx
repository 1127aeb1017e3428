// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/shared/i18n';
import { I18nContext } from './i18n-context';
import { NoRecords } from './no-records';

describe('NoRecords', () => {
  it('says where the records are read and links to that page, in the seller’s language', () => {
    for (const [language, words] of [['zh_CN', '打开违规管理'], ['en', 'Open 违规管理 (violations)']] as const) {
      const root = document.createElement('div');
      act(() => render(<I18nContext.Provider value={{ t: translator(language), language }}><NoRecords /></I18nContext.Provider>, root));
      const link = root.querySelector('a')!;
      expect(link.textContent).toBe(words);
      expect(new URL(link.href).host).toBe('qn.taobao.com');
      expect(new URL(link.href).pathname).toBe('/home.htm/ysb-new-ksr-q/violation/VIOLATION');
      expect(root.textContent).toContain('店铺体检 › 违规管理');
    }
  });
});
