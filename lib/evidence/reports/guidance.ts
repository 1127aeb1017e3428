import type { EvidenceEntry } from '@/lib/shared/schema';

export const EXTORTION_GUIDANCE = [
  '对方以举报、曝光等相威胁并索要 2000 元以上的金钱，这种行为可能涉嫌敲诈勒索（刑事犯罪）。',
  '1. 保留完整聊天记录和通话录音，不要删除，也不要只留截图；',
  '2. 不要私下转账或“私了”；',
  '3. 向公安机关报案（拨打 110 或到当地派出所），可携带导出的证据包；',
  '4. 同时可通过平台“职业索赔联合治理”举报。',
].join('\n');

/** The police guidance, when any saved message was assessed as extortion. */
export function extortionGuidance(entries: readonly Pick<EvidenceEntry, 'assessment'>[]): string | null {
  return entries.some((entry) => entry.assessment.extortion) ? EXTORTION_GUIDANCE : null;
}
