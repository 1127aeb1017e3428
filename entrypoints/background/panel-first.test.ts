import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase, saveSettings, saveStandingCache } from '@/lib/store/db';
import { ExtensionMessage } from '@/lib/protocol/schemas';
import { computeStanding } from '@/lib/standing/points';
import { getProfile } from '@/lib/standing/rules';
import { STANDING_CACHE_SHAPE, type StandingCache } from '@/lib/standing/warnings';
import { panelFirst } from './panel-first';

const now = new Date('2026-06-01T12:00:00+08:00');
const record = { id: 'r1', category: 'B' as const, kind: '虚假交易', points: 12, occurredAt: '2026-03-01T10:00:00+08:00', status: 'active' as const };
const cacheOf = (profileId: string, at: Date): StandingCache => ({
  shop: '小店',
  profileId,
  computedAt: '2026-06-01T11:00:00+08:00',
  shape: STANDING_CACHE_SHAPE,
  standing: computeStanding([record], getProfile(profileId), at),
});

describe('panel/first: what the side panel draws before opening the database', () => {
  it('is a message the background accepts', () => {
    expect(ExtensionMessage.safeParse({ type: 'panel/first' }).success).toBe(true);
  });

  it('answers the settings, the selected profile and the cached standing of the current shop', async () => {
    const db = openDatabase();
    await saveSettings(db, { profileId: 'tmall', language: 'en' });
    await saveStandingCache(db, cacheOf('tmall', now));
    const reply = await panelFirst(db, now);
    expect(reply.settings.language).toBe('en');
    expect(reply.profile.id).toBe('tmall');
    expect(reply.cache?.shop).toBe('小店');
    expect(reply.cache?.standing.categories.B.points).toBe(12);
    // What crosses runtime messaging is JSON: the answer must survive it unchanged.
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
    db.close();
  });

  it('leaves out a cached standing of another profile or of last year', async () => {
    const db = openDatabase();
    await saveSettings(db, { profileId: 'taobao' });
    await saveStandingCache(db, cacheOf('tmall', now));
    expect((await panelFirst(db, now)).cache).toBeNull();
    await saveStandingCache(db, cacheOf('taobao', new Date('2025-06-01T12:00:00+08:00')));
    expect((await panelFirst(db, now)).cache).toBeNull();
    await saveStandingCache(db, cacheOf('taobao', now));
    expect((await panelFirst(db, now)).cache?.profileId).toBe('taobao');
    db.close();
  });

  it('falls back to the default profile when the settings name one this build lacks', async () => {
    const db = openDatabase();
    await saveSettings(db, { profileId: 'gone' });
    expect((await panelFirst(db, now)).profile.id).toBe('taobao');
    db.close();
  });
});
