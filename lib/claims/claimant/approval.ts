import { foldTables } from './normalise';
import { APPROVAL } from './signal-table';

// An approval is said in a short line; a long message praising one thing is a review, read no further.
const READ_CHARS = 200;
const APPROVES = new RegExp(`(?:${APPROVAL.aspects.join('|')})(?:${APPROVAL.verdicts.join('|')})|${APPROVAL.words.join('|')}`);
const NEGATED_BEFORE = /[不没]$/;

/** Whether the buyer approves of what was tried ("嘗了，感覺很不錯"), in any script; questions excepted. */
export function approves(text: string): boolean {
  const { fold } = foldTables();
  const n = Math.min(text.length, READ_CHARS);
  let folded = '';
  for (let i = 0; i < n; i++) folded += String.fromCharCode(fold[text.charCodeAt(i)] ?? text.charCodeAt(i));
  const m = APPROVES.exec(folded);
  if (!m) return false;
  // "不感觉很好", "没觉得…"; "味道不错吗？" asks.
  if (NEGATED_BEFORE.test(folded.slice(Math.max(0, m.index - 1), m.index))) return false;
  return !/^[^，。！？,.!?]*[吗吧？?]/.test(folded.slice(m.index + m[0].length));
}
