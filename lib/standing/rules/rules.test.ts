import { describe, expect, it } from 'vitest';
import { getProfile, listProfiles, type Node, type RuleProfile, type Source } from '@/lib/standing/rules';
import { parseProfile } from './registry';

const sourcesIn = (data: unknown): Source[] => {
  if (Array.isArray(data)) return data.flatMap(sourcesIn);
  if (data === null || typeof data !== 'object') return [];
  if ('document' in data && 'where' in data && 'verified' in data) return [data as Source];
  return Object.values(data).flatMap(sourcesIn);
};

describe('built-in profiles', () => {
  it('lists taobao (the default), tmall and taofenxiao, each valid', () => {
    expect(listProfiles().map((profile) => profile.id)).toEqual(['taobao', 'tmall', 'taofenxiao']);
    for (const profile of listProfiles()) {
      expect(profile.name.zh_CN && profile.name.zh_TW && profile.name.en).toBeTruthy();
      expect(profile.document.title).toMatch(/《.+》/);
    }
  });

  it('names the unknown id and the known ones', () => {
    expect(() => getProfile('jd')).toThrow(/"jd".*taobao, tmall, taofenxiao/);
  });

  it('gives B the 12/24/36/48 ladder ending in a permanent seal', () => {
    const nodes = getProfile('taobao').categories.B.nodes;
    expect(nodes.map((node) => [node.threshold, node.days])).toEqual([
      [12, 7],
      [24, 14],
      [36, 21],
      [48, null],
    ]);
    expect(nodes.at(-1)).toMatchObject({ permanent: true, measures: ['查封账户'] });
  });

  it('gives A a ladder repeating every 12 points at 7 days per step, never sealing', () => {
    const a = getProfile('taobao').categories.A;
    expect(a.nodes).toEqual([]);
    expect(a.repeatEvery).toMatchObject({ every: 12, daysPerStep: 7 });
  });

  it('marks the C ladder below 48 unverified, and verified exactly the figures of confidence H', () => {
    const c = getProfile('taobao').categories.C.nodes;
    expect(c.filter((node) => node.threshold < 48).every((node) => !node.source.verified)).toBe(true);
    expect(sourcesIn(getProfile('taobao').categories.B).every((source) => source.verified)).toBe(true);
    for (const profile of listProfiles()) {
      for (const source of sourcesIn(profile)) expect(source.verified).toBe(source.confidence === 'H');
    }
  });

  it('refuses a figure marked verified with less than confidence H', () => {
    const profile = structuredClone(getProfile('tmall'));
    profile.categories.B.nodes[3]!.source.verified = true;
    const parsed = parseProfile(profile);
    expect(!parsed.ok && parsed.errors.join()).toContain('categories.B.nodes.3.source.verified');
  });

  it('carries 24 C points when 24 or more were added in the year', () => {
    expect(getProfile('taobao').reset).toMatchObject({
      at: '12-31T23:59:59',
      utcOffsetMinutes: 480,
      carryOver: { category: 'C', whenAddedAtLeast: 24, carried: 24 },
    });
  });

  it('caps per-item listing deductions at 7 in 3 days, with the 4-per-time exception', () => {
    const spam = getProfile('taobao').deductions.find((item) => item.id === 'spam-per-item');
    expect(spam?.perItem).toMatchObject({ pointsPerItem: 0.2, capPoints: 7, capWindowDays: 3, perTime: { points: 4 } });
  });

  it('gives every node, tariff and policy a document and a place in it', () => {
    for (const profile of listProfiles()) {
      const sources = sourcesIn(profile);
      const nodeCount = profile.categories.B.nodes.length + profile.categories.C.nodes.length + 1;
      expect(sources.length).toBeGreaterThan(nodeCount + profile.deductions.length);
      for (const source of sources) expect(source.document.length * source.where.length).toBeGreaterThan(0);
    }
  });
});

describe('parseProfile', () => {
  const edited = (): RuleProfile => structuredClone(getProfile('taobao'));

  it('accepts a valid edited profile, as object or JSON text', () => {
    const profile = edited();
    profile.categories.A.repeatEvery!.daysPerStep = 12;
    const parsed = parseProfile(JSON.stringify(profile));
    expect(parsed.ok && parsed.profile.categories.A.repeatEvery?.daysPerStep).toBe(12);
  });

  it('names the failing field', () => {
    const profile = edited() as unknown as { categories: { B: { nodes: Array<{ days: unknown }> } } };
    profile.categories.B.nodes[1]!.days = 'two weeks';
    const parsed = parseProfile(profile);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.join('\n')).toContain('categories.B.nodes.1.days');
  });

  it('rejects nodes out of order and a permanent node with a duration', () => {
    const profile = edited();
    profile.categories.B.nodes.reverse();
    expect(parseProfile(profile).ok).toBe(false);
    const sealed = edited();
    sealed.categories.B.nodes[3]!.days = 30;
    const parsed = parseProfile(sealed);
    expect(!parsed.ok && parsed.errors.join()).toContain('categories.B.nodes.3.days');
  });

  it('reports broken JSON instead of throwing', () => {
    const parsed = parseProfile('{"id": ');
    expect(parsed.ok).toBe(false);
  });
});

describe('getProfile', () => {
  it('hands out a frozen profile, so an edit in one place cannot change the rules elsewhere', () => {
    const profile = getProfile('taobao');
    expect(() => {
      (profile.categories.B.nodes[0] as { days: number | null }).days = 1;
    }).toThrow(TypeError);
    expect(getProfile('taobao').categories.B.nodes[0]?.days).toBe(7);
  });
});

describe('corrections from the reprints (issue 17)', () => {
  const taobao = getProfile('taobao');
  const tmall = getProfile('tmall');
  const threshold = (nodes: readonly Node[], points: number) => nodes.find((node) => node.threshold === points)!;

  it('clears Taobao strikes under three at the yearly reset, still marked unverified (M)', () => {
    expect(taobao.strikes).toMatchObject({ resetsYearly: true, resetSource: { confidence: 'M', verified: false } });
    expect(taobao.strikes?.resetSource.document).toContain('实施细则');
  });

  it('adds 下架店铺内所有商品 to the Taobao serious 24 node (H)', () => {
    expect(threshold(taobao.categories.B.nodes, 24)).toMatchObject({ days: 14, source: { confidence: 'H' } });
    expect(threshold(taobao.categories.B.nodes, 24).measures).toContain('下架店铺内所有商品');
    expect(threshold(taobao.categories.B.nodes, 12).measures).not.toContain('下架店铺内所有商品');
  });

  it('gives Tmall 36 its measures, 21 days, 90 days off promotions and 4万, and 48 the deposit by case', () => {
    const b36 = threshold(tmall.categories.B.nodes, 36);
    expect(b36).toMatchObject({ days: 21, source: { confidence: 'H' } });
    expect(b36.measures).toEqual(['关闭店铺', '限制发送站内信', '限制社区功能', '公示警告', '限制参加天猫营销活动 90 天', '支付违约金 4 万元']);
    const b48 = threshold(tmall.categories.B.nodes, 48);
    expect(b48).toMatchObject({ permanent: true, source: { confidence: 'M' } });
    expect(b48.measures.join()).toMatch(/全部、一半或 2 万元/);
  });

  it('gives Tmall general violations 1万 per 12 points and 店铺监管 at 24/36/48/60 for 违背承诺 + 滥发信息', () => {
    expect(tmall.categories.A.repeatEvery?.measures).toContain('支付违约金 1 万元');
    expect(tmall.kindLadders).toHaveLength(1);
    const [ladder] = tmall.kindLadders;
    expect(ladder?.kinds).toEqual(['违背承诺', '滥发信息']);
    expect(ladder?.nodes.map((node) => [node.threshold, node.days])).toEqual([
      [24, 7],
      [36, 14],
      [48, 28],
      [60, 56],
    ]);
  });

  it('shows Tmall only its own categories, with no strikes or counterfeit carry-over', () => {
    expect(tmall.ownCategories.list).toEqual(['A', 'B']);
    expect(tmall.strikes).toBeNull();
    expect(tmall.reset.carryOver).toBeNull();
    expect(tmall.reset.source.where).toContain('清退');
    expect(taobao.ownCategories.list).toEqual(['A', 'B', 'C']);
  });

  it('adds 为出售假冒商品提供便利条件 (2, 情节严重 12) and the deletion-only exemption (H)', () => {
    const facilitation = taobao.deductions.find((item) => item.id === 'counterfeit-facilitation');
    expect(facilitation).toMatchObject({
      category: 'C',
      degrees: { 一般: { points: 2 }, 情节严重: { points: 12 } },
      exemption: { where: '具备特殊情形的，只删除不扣分', confidence: 'H' },
    });
    expect(taobao.deductions.filter((item) => item.exemption).map((item) => item.id)).toEqual([
      'counterfeit',
      'suspected-counterfeit',
      'counterfeit-facilitation',
    ]);
  });

  it('says in plain words where each profile comes from, in every language, with the date checked', () => {
    for (const profile of listProfiles()) {
      expect(profile.document.basis.zh_CN).toMatch(/转载/);
      expect(profile.document.basis.en).toMatch(/reprinted/);
      expect(profile.document.checkedOn).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
    expect(tmall.document.basis.zh_CN).toMatch(/可信度较低/);
  });
});

