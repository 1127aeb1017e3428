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
export { getProfile, profileOrDefault, listProfiles, parseProfile, defaultProfileId, type ParsedProfile } from './registry';
