import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { eachFlagged } from './flagged.fixture';

// Issue 13: the shapes of claim that real claimants used and the first detector missed, each written
// here in other words than any real message (the real ones are measured by `npm run eval`, never tested
// on), and the ordinary review sentences that used to be read as claims.
const level = (text: string) => assessMessage(text).level;

describe('issue 13: claims in the shapes real claimants used are flagged', () => {
  eachFlagged([
    // pay or be complained about, as an either-or or a "don't want … then"
    '要么退我300，要么我就投诉到底',
    '不想被投诉就赔200',
    // the money moved, then the complaint withdrawn
    '你把钱转过来，我就撤销投诉',
    '给我转个红包，这个事情就过去了',
    // a refund-framed sum with the bad review kept as the threat
    '退200块，不然差评一直挂着',
    // the platform's fine as the threat, in the conditional
    '不给钱的话平台会罚你款',
    // several kinds of leverage at once
    '赔500，否则我就打12315，再发小红书和抖音曝光',
    // what other shops paid
    '别的店都是赔了488了事的',
    // reported speech, third person
    '如果商家不同意赔偿,则向工商部门举报',
    '要求商家花钱解决差评问题,要不然就找更多人写差评',
    // Traditional characters and Taiwan wording
    '三千塊匯過來，不然負評一直掛著',
    '要嘛退我兩千，要嘛我就上爆料公社',
    '給個五百塊，我就把負評刪掉',
    '不賠錢我就去消保會檢舉',
    // a sum and a deadline with a threat, no verb for the paying
    '24小时内，两千块，过时就起诉',
    // police and court notices: the pressure named as such, the taking and the money as nouns
    '以给差评相威胁，向商家索要500元',
    '以向市场监管部门举报相要挟，要求商家支付赔偿款',
    '以举报其销售过期食品为由，向店主索取钱财',
    '商家被迫支付3000元后，对方撤回了投诉',
    '如商家不同意，则以差评、投诉、找平台封店等威胁商家',
    // the complaint named first and taken back after ("把投诉撤了", "投诉马上撤销")
    '这样吧，你给我两千，我把投诉撤了',
    '把钱转过来，投诉马上撤销',
    '以商品标签不合格为由向商家索赔，商家不从便向市场监管部门举报',
    '向店家勒索2000元',
    // a sum brought out for the matter to be forgotten; a sum "not a cent less"
    '拿500块钱出来，这事就当没发生过',
    '两千块，一分不能少，不然就去12315',
    '你们考虑清楚，要么赔钱，要么等着被查',
    '加我v信，我们私下谈谈赔偿的事',
    // slang and platforms named in the threat
    'v我50，不然差评',
    '退我兩百，不然我就在google評論寫出來',
    // the threat named outright beside a demand, with no lever named
    '以此为要挟，向商家索要赔偿金',
    // an if-clause's negation is the condition, not a refusal
    '如不賠償，將向消保會申訴',
  ], true);

  test('a pay-or-else that names its sum is high', () => {
    expect(level('一口价800，不然工商见')).toBe('high');
    expect(level('三千塊匯過來，不然負評一直掛著')).toBe('high');
  });

  test('a threat named as such beside a sum and a lever is high', () => {
    expect(level('以投诉相威胁索要赔偿金3000元')).toBe('high');
  });

  test('asking for compensation by its name with a threat is flagged but stays medium: angry buyers say it too', () => {
    expect(level('赔偿的事，不然我直接去工商')).toBe('medium');
  });
});

describe('issue 13: ordinary review sentences are not read as claims', () => {
  eachFlagged([
    '还不如多花点钱去超市买',
    '妈的我精神损失费谁赔',
    '京东给了我1000豆的封口费',
    '电话都不打给我，就让别人签收了',
    '用到明年618，要不然白占地方',
    '比别家贵了近100块钱',
    '满1000减50的券赔给我',
    '要么赔我一部分钱，要么马上给我解决',
    'W800c这款手机很好，800万像素，自动曝光补偿',
    '送餐员来了还在这等着我给钱，虽然我已经在网上给过了',
    '登记了事情过程以后，12315叫他接了电话',
    '也买了，手感很好，2280搞定，送蓝牙',
    '订房台给的是转角的2715房，非常舒服',
    '只需要2k字的新闻稿就可以说明问题',
    '快递还威胁一定要收，投诉客服也没有回音',
  ], false);

  test('"so far" is no deadline: a review promising to sue for an apology is not high', () => {
    expect(level('到目前为止没有一点赔偿的诚意，法院见')).not.toBe('high');
  });

  eachFlagged([
    // a seller's bribe for a review, told by the buyer
    '卖家打电话说给我10元红包让我改好评，呵呵',
    '给了个红包就想让我改评，门都没有',
    '客服说删除差评就给我转账20元，什么素质',
    // money asked of the writer, told in a review
    '酒店要求我们赔偿2000元，不然不让走，我们报警了',
    // the seller's own promise quoted
    '说好的假一赔十，结果是假货，差评',
    // the other side's ultimatum told in a review: its consequence is a service refused, not a lever
    '前台说要加100元，不然就不给换房，我说我要投诉',
    '酒店说必须交500押金，否则不能入住，什么破酒店，我要投诉',
    '退房时说毛巾脏了要赔100，不赔就不让走，最后只能给了',
    // a refund asked for with a complaint threatened: an ordinary dispute
    '收到货就坏了，要求退款，否则我就到工商局投诉',
    // careless work, or a wrong done, is no matter settled
    '京东欺骗消费者，骗取消费者的钱，京东自己做错了事，差评',
    '客服敷衍了事，发了个红包就想打发我',
  ], false, 'a review telling of the other side is not flagged: %s');

  test('high needs money with a lever and a condition or an exchange: law and money alone stay medium', () => {
    expect(level('根据消费者权益保护法，商家应该赔偿，我要投诉')).not.toBe('high');
    expect(level('买到假货，要求退一赔三')).not.toBe('high');
  });

  test('a threat word beside the price of a stolen phone is no extortion', () => {
    const a = assessMessage('手机被偷了，我手机是4498的，才买一个月，已经报警了');
    expect(a.extortion).toBe(false);
    expect(a.level).not.toBe('high');
  });
});
