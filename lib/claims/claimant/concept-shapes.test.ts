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

describe('more wordings of the same concepts', () => {
  eachFlagged([
    // a gift card as the payment, a rating of one as the review threat, any multiple written 退一赔N
    '扬言如果不寄一张200元的购物卡过来，就每天给一星',
    '要求店家以礼品卡支付80美元，否则继续差评轰炸',
    '要求商家马上假一赔五，不然就发到网上并起诉',
    // a report's elision of the threat, and the positive condition ("if you pay, then…")
    '称商家要是不补偿，他就如何如何',
    '只要肯赔钱，他们就在执法人员来之前把举报的事告诉商家',
    // the lever kept up day after day, the matter closed, the report taken back on request, the shop told to pay
    '不退我两百，我天天给你打差评',
    '两千块，这事就翻篇了',
    '已经向市场监管举报了，如需撤回今天之内联系我',
    '以向卫生部门举报相要挟，要求店主支付五千元',
  ], true);

  eachFlagged([
    '就这点钱还要跑好几趟，不是这点钱的事，服务太差',
    '我会一直投诉你们，直到给我退款',
    '如果商家肯换货，我就不说什么了',
  ], false);
});

describe('the offices, media and takings by their other names', () => {
  eachFlagged([
    '不赔五百，我就向市场监督管理局反映',
    '男子以差评相威胁，向店主讨要八百元',
    '不给一千医药费，我就把视频上传到网上',
  ], true);

  eachFlagged(['东西没收到就签收了，你们不处理我就给差评加投诉'], false);
});

describe('the harm told after a demand with a threat', () => {
  const harm = '孩子吃了你们的饼干拉肚子，进了医院';
  test('builds the claim in the conversation, and is nothing alone or after a refund request', () => {
    const after = (first: string) => assessConversation([{ from: 'buyer', text: first }, { from: 'buyer', text: harm }]).messages.at(-1)?.level ?? 'none';
    expect(['medium', 'high']).toContain(after('不赔五百就去12315投诉你们'));
    expect(['medium', 'high']).not.toContain(after('饼干有问题，给我退款'));
    expect(flagged(harm)).toBe(false);
  });
});

describe('money given back, after a demand', () => {
  test('is the money asked again; alone, or after a plain refund request, an ordinary refund', () => {
    const after = (first: string, text: string) => assessConversation([{ from: 'buyer', text: first }, { from: 'buyer', text }]).messages.at(-1)?.level ?? 'none';
    expect(['medium', 'high']).toContain(after('给我三百，不然差评', '我评价都写好了，你先把钱退还给我'));
    expect(['medium', 'high']).not.toContain(after('衣服起球了，我要退货', '你先把钱退还给我'));
    expect(flagged('你先把钱退还给我')).toBe(false);
  });

  test('after a message flagged as a claim, the harm told is the claim built up', () => {
    const result = assessConversation([
      { from: 'buyer', text: '以在店门口闹事相威胁，向店家索要赔偿' },
      { from: 'buyer', text: '又要求店家带他去医院做检查' },
    ]);
    expect(['medium', 'high']).toContain(result.messages.at(-1)?.level);
  });
});
