import { execFileSync } from 'node:child_process';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { toSimplified } from './index';

describe('toSimplified', () => {
  test('folds Taiwan and Hong Kong wording character by character, keeping offsets', () => {
    const tw = '你們的產品沒有中文標籤，不賠錢就檢舉到消保會，再給負評';
    const folded = toSimplified(tw);
    expect(folded).toBe('你们的产品没有中文标签，不赔钱就检举到消保会，再给负评');
    expect(folded.length).toBe(tw.length);
  });

  test('leaves Simplified text alone, including characters that are also Traditional forms', () => {
    const simplified = '什么时候发货？台湾才有的干货，后天到，里面有说明';
    expect(toSimplified(simplified)).toBe(simplified);
  });

  test('agrees with OpenCC on every character of a long Traditional text', () => {
    // Sentences converted by OpenCC itself (cn→tw, cn→hk), then folded back by the table.
    const source = '消费者权益保护法第五十五条规定经营者提供商品有欺诈行为的应当按照消费者的要求增加赔偿其受到的损失'
      + '市场监督管理局已经受理我的举报如果你们不处理我会向媒体曝光并起诉到法院请你们尽快联系我协商赔偿事宜';
    for (const to of ['tw', 'hk', 't'] as const) {
      const traditional = OpenCC.Converter({ from: 'cn', to })(source);
      expect(toSimplified(traditional), to).toBe(source);
    }
  }, 30_000); // building OpenCC's converters takes seconds on a loaded machine

  test('the table and the records reader\'s part of it are regenerated from the installed OpenCC data', () => {
    expect(() => execFileSync('node', ['scripts/gen-traditional.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  }, 30_000);
});
