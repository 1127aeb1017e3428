import { describe, expect, it } from 'vitest';
import { ExtensionMessage, refusedSender } from '@/lib/protocol/schemas';

describe('refusedSender', () => {
  it('a seller page cannot send what only the extension\'s pages send, and the reverse', () => {
    for (const type of ['evidence/save', 'report/filed', 'report/status', 'buyer/watch', 'claim/take-selection', 'standing/refresh', 'panel/first']) {
      expect(refusedSender({ type }, 'seller-page'), type).toMatch(/extension page/);
      expect(refusedSender({ type }, null), type).not.toBeNull();
      expect(refusedSender({ type }, 'extension-page'), type).toBeNull();
    }
    for (const type of ['records/read', 'claim/save-evidence', 'claim/report', 'claim/trust', 'claim/dismiss', 'panel/open', 'warning/dismiss']) {
      expect(refusedSender({ type }, 'extension-page'), type).toMatch(/seller page/);
      expect(refusedSender({ type }, 'seller-page'), type).toBeNull();
    }
  });

  it('every message type has its sender', () => {
    const types = ExtensionMessage.options.map((option) => option.shape.type.value);
    for (const type of types) expect(refusedSender({ type }, 'seller-page') === null || refusedSender({ type }, 'extension-page') === null, type).toBe(true);
  });

  it('an inherited name is not a message type', () => {
    expect(refusedSender({ type: 'constructor' }, null)).toBeNull();
    expect(refusedSender(null, null)).toBeNull();
  });
});
