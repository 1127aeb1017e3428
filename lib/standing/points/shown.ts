import type { RuleProfile } from '@/lib/standing/rules';
import type { Category } from '@/lib/shared/schema';
import type { Standing } from './types';

/**
 * The categories the panel shows, in `order`: the profile's own ones, plus any other
 * holding points (a Tmall 售假 record is shown, never hidden, though no Tmall source names the category).
 */
export const shownCategories = (profile: RuleProfile, standing: Standing, order: readonly Category[]): Category[] =>
  order.filter((category) => profile.ownCategories.list.includes(category) || standing.categories[category].points > 0);
