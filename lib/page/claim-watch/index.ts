export { watchClaims, CHECKED_ATTRIBUTE, type ClaimSend } from './watch-claims';
