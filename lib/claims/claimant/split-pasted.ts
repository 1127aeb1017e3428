import type { ConversationMessage, Speaker } from './schema';

// "nick 2026-11-20 10:02:11", also with / or 年月日, brackets, a trailing colon, or no seconds.
const HEADER = /^\s*(.+?)[\s:：]*[(（]?(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?[)）]?\s*[:：]?\s*$/;
const SYSTEM_NICK = /^(系统|系统消息|系统提示|官方|小二|淘宝小二|system)$/i;

const pad = (n: string | undefined) => (n ?? '0').padStart(2, '0');

function speakerOf(nick: string, sellerNames: ReadonlySet<string>): Speaker {
  if (sellerNames.has(nick)) return 'seller';
  if (SYSTEM_NICK.test(nick)) return 'system';
  // Sub-accounts are written 店铺:子账号; buyers' nicks never contain the colon.
  if (/[:：]/.test(nick)) return 'seller';
  return 'buyer';
}

/**
 * Splits a conversation copied from the 千牛 client into messages: a header line
 * (nick, date, time) starts each message, the lines below it are its text. Times
 * are Beijing time. Text pasted without any header is one buyer message; text
 * before the first header (a partial copy) is kept as a system message so nothing
 * pasted disappears, but it is never judged.
 */
export function splitPastedConversation(text: string, sellerNames: readonly string[] = []): ConversationMessage[] {
  const sellers = new Set(sellerNames.map((n) => n.trim()));
  const messages: ConversationMessage[] = [];
  const lead: string[] = [];
  let current: { from: Speaker; at: string; lines: string[] } | undefined;
  const flush = () => {
    if (current) messages.push({ from: current.from, at: current.at, text: current.lines.join('\n').trim() });
  };
  for (const line of text.split(/\r?\n/)) {
    const m = HEADER.exec(line);
    if (m) {
      flush();
      const [, nick = '', y, mo, d, h, mi, s] = m;
      current = { from: speakerOf(nick.trim(), sellers), at: `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`, lines: [] };
    } else if (current) current.lines.push(line);
    else lead.push(line);
  }
  flush();
  const leading = lead.join('\n').trim();
  if (!leading) return messages;
  return [{ from: messages.length === 0 ? 'buyer' : 'system', text: leading }, ...messages];
}
