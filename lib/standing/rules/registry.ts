import { z } from 'zod';
import { RuleProfile } from './schema';
import { taobao } from './profiles/taobao';
import { taofenxiao } from './profiles/taofenxiao';
import { tmall } from './profiles/tmall';

const builtIn: Record<string, unknown> = { taobao, tmall, taofenxiao };

export const defaultProfileId = 'taobao';

export const listProfiles = (): RuleProfile[] => Object.keys(builtIn).map(getProfile);

const validated = new Map<string, RuleProfile>();

// Built-in profiles are shared by every caller: frozen, so one caller's edit cannot leak into another's.
const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};

export const getProfile = (id: string): RuleProfile => {
  const cached = validated.get(id);
  if (cached) return cached;
  if (!Object.hasOwn(builtIn, id)) {
    throw new Error(`Unknown rule profile "${id}"; known profiles: ${Object.keys(builtIn).join(', ')}`);
  }
  const profile = deepFreeze(RuleProfile.parse(builtIn[id]));
  validated.set(id, profile);
  return profile;
};

/** The profile the settings name, or the default one when this build lacks it (an old export, a removed profile). Validates only that one. */
export const profileOrDefault = (id: string): RuleProfile => getProfile(Object.hasOwn(builtIn, id) ? id : defaultProfileId);

export type ParsedProfile = { ok: true; profile: RuleProfile } | { ok: false; errors: string[] };

/** Validates a user-edited profile (object or JSON text); each error names the failing field's path. */
export const parseProfile = (input: unknown): ParsedProfile => {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return { ok: false, errors: [`(root): not valid JSON — ${(error as Error).message}`] };
    }
  }
  const result = RuleProfile.safeParse(data);
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, errors: result.error.issues.map(describeIssue) };
};

const describeIssue = (issue: z.core.$ZodIssue): string =>
  `${issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`;
