import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { assessConversation } from './conversation';
import { eachFlagged, flagged } from './flagged.fixture';

// More shapes of claim as concepts (issue 13), each written here in new words: settling privately instead of
// the lever just named, money for not writing a review, the lever's cost set against the sum asked, and the
// cost held over the seller after a demand. The real messages are measured by `npm run eval`, never copied here.
describe('a private settlement offered instead of a named lever is an ultimatum', () => {
  eachFlagged([
    '标签上连生产厂家都没有，这种我是可以去12315的，不过大家私下处理也行，你说能补偿多少',
    '你们这宣传用了最字，按说我该去市场监管那里，还是私底下解决吧，赔偿的事你开口',
  ], true);

  test('settling privately with no lever named is no ultimatum', () => {
    expect(flagged('快递压坏了，我们私下沟通一下怎么补偿吧')).toBe(false);
  });
});

describe('money for not writing a review is an exchange', () => {
  eachFlagged([
    '你出600我就不写评价了',
    '东西确实有问题，转我两百我就不发差评',
  ], true);

  eachFlagged([
    '其他方面就不评价了，4800万像素拍照很清楚',
    '想用360root把系统自带的软件全删了都不行，我花了1100多块',
  ], false);
});

describe('the lever set against the sum it would cost', () => {
  test('a deadline, a regulator and "the fine will be more than this" ask for money without naming it', () => {
    expect(assessMessage('两天内不回我，就把东西交给市场监管，罚款可不止这点钱了').level).toBe('high');
  });
});

describe('after a demand for money', () => {
  const afterDemand = (text: string) => assessConversation([
    { from: 'buyer', text: '这批货有问题，我要求赔偿八百元' },
    { from: 'seller', text: '亲，我们核实一下' },
    { from: 'buyer', text },
  ]).messages.at(-1)?.level ?? 'none';

  test('"you could never pay for it" is the pressure behind it, and is nothing alone', () => {
    expect(['medium', 'high']).toContain(afterDemand('孩子吃出毛病来，你们可赔不起'));
    expect(flagged('孩子吃出毛病来，你们可赔不起')).toBe(false);
  });
});

describe('the police are called by dialling 110, not by a sum of 110', () => {
  test('dialled, with a demand on a condition', () => {
    expect(flagged('不赔三千我就打110')).toBe(true);
  });
});
