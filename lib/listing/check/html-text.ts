const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The visible text of an HTML fragment, in one pass: tags become breaks, a few entities decoded. */
export function htmlText(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === '<') {
      const close = html.indexOf('>', i);
      if (close < 0) break;
      if (!out.endsWith('\n') && out.length > 0) out += '\n';
      i = close + 1;
    } else if (c === '&') {
      const semi = html.slice(i, i + 10).indexOf(';') + i;
      const name = semi > i ? html.slice(i + 1, semi) : '';
      const decoded = ENTITIES[name] ?? (/^#\d+$/.test(name) ? String.fromCodePoint(Number(name.slice(1))) : undefined);
      if (decoded !== undefined) { out += decoded; i = semi + 1; } else { out += c; i++; }
    } else { out += c; i++; }
  }
  return out.trim();
}
