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

describe('a multiple counted out and a condition with a time before its threat', () => {
  eachFlagged([
    '一次拍了12盒，盒上全是三无，按三倍算吧',
    '到周五还不处理也不补偿，下周一我就去消协',
  ], true);

  eachFlagged([
    '放大3倍看也很清楚，性价比算很高了',
    '质量不好，以后我就不来了',
  ], false);
});

describe('a demand the shop made of the writer, told in a review, is no claim', () => {
  test('the hotel staff asking for money is the shop\'s claim: no sum demanded, not flagged', () => {
    const a = assessMessage('结账时服务员因为一个杯子的事情要求赔偿300元，真是黑店，还说要报警');
    expect(a.amounts).toEqual([]);
    expect(flagged('结账时服务员因为一个杯子的事情要求赔偿300元，真是黑店，还说要报警')).toBe(false);
  });

  eachFlagged([
    // the buyer named between them, or the shop addressed: the buyer's demand after all
    '店员报警后，该女子仍要求店家赔偿两千元，否则去投诉',
    '老板你说要赔多少，不然我就去12315',
  ], true);
});

describe('no claim without money', () => {
  eachFlagged([
    '你们这是虚假宣传，懂不懂消保法和法律规定？',
    '小事何必闹大，我已经报警了，你们看着办',
  ], false);

  eachFlagged([
    '违反消保法，退一赔三，一分不能少',
    '聊天记录我已经公证了，走法律程序你们也麻烦，和解金额三千',
  ], true);
});

test('a bad review held over a condition, then a price per order, is a claim in the conversation', () => {
  const result = assessConversation([
    { from: 'buyer', text: '我这次拍了6件' },
    { from: 'buyer', text: '件件都打差评，除非你们给个处理' },
    { from: 'seller', text: '亲，请问是哪里有问题？' },
    { from: 'buyer', text: '一件八十，六件四百八' },
  ]);
  expect(['medium', 'high']).toContain(result.messages.at(-1)?.level);
});

test('a review warning others of the shop\'s extortion is no demand', () => {
  expect(flagged('前台说东西坏了要我赔，大家小心讹诈，遇到这种事直接拨打110报警，别怕闹大')).toBe(false);
  expect(flagged('该男子以投诉相威胁，向店主敲诈三千元')).toBe(true);
});
