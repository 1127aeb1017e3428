import type { Category, Severity } from '../schema';

/** The same severity in every category, with some overridden. */
export const everywhere = (severity: Severity, except: Partial<Record<Category, Severity>> = {}): Record<Category, Severity> => ({
  general: severity, food: severity, 'health-food': severity, cosmetics: severity, 'medical-device': severity, ...except,
});
