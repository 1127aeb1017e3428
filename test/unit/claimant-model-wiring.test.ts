import { describe, expect, test, vi } from 'vitest';
import { assessConversation, assessMessage } from '@/lib/claims/claimant';
import type { Assessment } from '@/lib/claims/claimant';
import { MODEL_SIGNAL_ID } from '@/lib/claims/claimant/model';

// The hook both paths judge through, backed here by a model sure of everything: what the seller would see
// if the model were switched on (lib/claims/claimant/model-backing.ts), whatever the shipped weights say.
vi.mock('@/lib/claims/claimant/model-backing', async () => {
  const { buildTable, withModel } = await import('@/lib/claims/claimant/model');
  const sure = buildTable({ bias: 20, threshold: 0.5, grams: {} });
  return { backedByModel: (a: Assessment, text: string) => withModel(a, text, sure), MODEL_BACKING: 'test' };
});

// Money asked for and a complaint threatened, with no condition between them: the slot rules leave it low.
const CLAIM = '东西有问题，你们得赔偿，我要去12315投诉';
// A threat to complain with no money: the slot rules keep it low, and the model may not overrule them.
const THREAT = '你们不处理我就向市场监管局举报';

describe('the model hook reaches both ways the detector judges', () => {
  test('one message (the 检查消息 box): low by the slots, medium with the model, the threat still the evidence', () => {
    const a = assessMessage(CLAIM);
    expect(a.level).toBe('medium');
    expect(a.extortion).toBe(false);
    expect(a.signals.some((s) => s.group === 'threat' && s.evidence.length > 0)).toBe(true);
    expect(a.signals.at(-1)?.id).toBe(MODEL_SIGNAL_ID);
  });

  test('a conversation (the chat page): the buyer\'s message is raised, the seller\'s never', () => {
    const c = assessConversation([{ from: 'seller', text: CLAIM }, { from: 'buyer', text: CLAIM }]);
    expect(c.messages.map((m) => m.level)).toEqual(['none', 'medium']);
    expect(c.level).toBe('medium');
    expect(c.messages[1]?.signals.at(-1)?.id).toBe(MODEL_SIGNAL_ID);
  });

  test('a message with no slot of pressure or money, or a threat asking no money, is not raised, however sure the model', () => {
    expect(assessMessage('亲，什么时候发货？我等着用').level).toBe('none');
    expect(assessMessage(THREAT).level).toBe('low');
    expect(assessConversation([{ from: 'buyer', text: THREAT }]).level).toBe('low');
    expect(assessMessage('要求赔偿').level).not.toBe('medium');
    expect(assessConversation([{ from: 'buyer', text: '质量太差了，做工粗糙' }]).level).not.toBe('medium');
  });
});
