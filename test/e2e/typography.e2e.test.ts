import { describe, expect, it } from 'vitest';
import { sessionForFile } from './harness';

const session = sessionForFile();

// Chromium gives extension pages a 75% body font unless the page's own CSS sets body: text then reads at 10.5 px.
describe('every extension page reads at 14 px in a CJK UI font', () => {
  for (const path of ['sidepanel.html', 'options.html', 'report.html?shop=s&buyer=b']) {
    it(path, async () => {
      const page = await session().context.newPage();
      await page.goto(`chrome-extension://${session().extensionId}/${path}`);
      await page.locator('body *').first().waitFor();
      const styles = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const sizes = [...document.querySelectorAll('p, li, label, button')].map((el) => parseFloat(getComputedStyle(el).fontSize));
        return { body: body.fontSize, family: body.fontFamily, smallest: Math.min(...sizes) };
      });
      expect(styles.body).toBe('14px');
      expect(styles.family).toContain('WenQuanYi Micro Hei');
      expect(styles.smallest).toBeGreaterThanOrEqual(12);
      await page.close();
    });
  }
});
