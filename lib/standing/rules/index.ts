export {
  Source,
  Confidence,
  KindLadder,
  LocalizedName,
  Node,
  RepeatingLadder,
  CategoryRules,
  ResetPolicy,
  StrikesRule,
  Degree,
  SourcedPoints,
  PerItemDeduction,
  DeductionItem,
  RuleProfile,
} from './schema';
export { getProfile, profileOrDefault, listProfiles, defaultProfileId } from './registry';
