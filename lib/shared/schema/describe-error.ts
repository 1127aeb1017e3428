import type { z } from 'zod';

/** "entries[3].hash: …" — which field failed, for the seller and for a bug report. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '内容无效';
  const path = issue.path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
  return `${path || '(根)'}：${issue.message}`;
}
