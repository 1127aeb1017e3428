import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { eachFlagged } from './flagged.fixture';

// A buyer who has paid and is still waiting for the goods may threaten the police or a complaint; the sum they name is
// what they paid, and nothing is asked of the seller but the goods.
describe('the writer\'s own payment, told as done, asks for no money', () => {
  eachFlagged([
    '我转账了2000元，如果不发货我就报警',
    '我已经转账2000元了，再不发货我就报警',
    '我已经打款了，不发货就报警',
    '我转了你2000，不发货我就报警',
    '钱我已经汇款过去了，三天不发货我就去12315',
    '我们已打款3000元，货还没到，再拖就报警',
  ], false);
  test('no extortion is read in "我已经转账2000元了，再不发货我就报警"', () => {
    const a = assessMessage('我已经转账2000元了，再不发货我就报警');
    expect(a.extortion).toBe(false);
    expect(a.signals.map((s) => s.id)).not.toContain('payment.transfer');
  });
});

describe('a transfer asked for is still money, whatever was paid before', () => {
  eachFlagged([
    '转账2000元给我，不然我就报警',
    '已经转账了又怎样，赶紧打款两千给我，不然投诉',
    '我已经投诉了，转账2000我就撤诉',
    '打款了事，否则12315见',
  ], true);
});
