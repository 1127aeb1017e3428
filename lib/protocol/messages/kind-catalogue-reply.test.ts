import { describe, expect, it } from 'vitest';
import { KindCatalogueReply } from '@/lib/protocol/schemas';
import { isKindCatalogueReply } from './kind-catalogue-reply';

describe('isKindCatalogueReply', () => {
  it('takes what the background answers', () => {
    const reply: KindCatalogueReply = { profileId: 'taobao-2026', pairs: [['虚假交易', 'A'], ['滥发信息', 'B']] };
    expect(KindCatalogueReply.safeParse(reply).success).toBe(true);
    expect(isKindCatalogueReply(reply)).toBe(true);
    expect(isKindCatalogueReply({ profileId: 'taobao-2026', pairs: [] })).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['no pairs', { profileId: 'taobao-2026' }],
    ['pairs not a list', { profileId: 'taobao-2026', pairs: { 虚假交易: 'A' } }],
    ['a pair without its category', { profileId: 'taobao-2026', pairs: [['虚假交易']] }],
    ['an empty kind', { profileId: 'taobao-2026', pairs: [['', 'A']] }],
    ['no profile', { pairs: [['虚假交易', 'A']] }],
  ])('refuses %s, so the reader asks again on the next read', (_case, data) => {
    expect(isKindCatalogueReply(data)).toBe(false);
  });
});
