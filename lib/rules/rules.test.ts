import { describe, expect, it } from 'vitest';
import { getProfile, listProfiles, parseProfile, type RuleProfile, type Source } from '@/lib/rules';

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

  it('marks the C ladder below 48 and every Tmall figure unverified', () => {
    const c = getProfile('taobao').categories.C.nodes;
    expect(c.filter((node) => node.threshold < 48).every((node) => !node.source.verified)).toBe(true);
    expect(sourcesIn(getProfile('tmall')).every((source) => !source.verified)).toBe(true);
    expect(sourcesIn(getProfile('taobao').categories.B).every((source) => source.verified)).toBe(true);
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
