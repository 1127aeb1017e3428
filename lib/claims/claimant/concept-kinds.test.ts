import { describe, expect, test } from 'vitest';
import { assessConversation } from './conversation';
import { eachFlagged, flagged } from './flagged.fixture';

// Kinds of claim as concepts (issue 13), each in new words written here, with the look-alikes an angry but genuine
// buyer writes. The real messages are measured by `npm run eval`, never copied here.
describe('the lever waited for is the ultimatum', () => {
  eachFlagged(['不赔钱就等着吃官司吧', '三百块都不肯赔，等着被投诉吧'], true);
  eachFlagged(['等着平台客服回复吧，东西还没到', '这东西等着被退货吧，质量太差'], false);
});

describe('a sum handed over beside an ultimatum is what it asks', () => {
  eachFlagged(['不想被举报就拿两千出来'], true);
  eachFlagged(['不想被骗的话，别买这家的东西，拿500买了个垃圾', '这个价钱拿300出来买这个真的不值'], false);
});

describe('more money asked on top of the refund', () => {
  eachFlagged(['买家以差评相胁，要求退款并另付300元', '女子以給負評相脅，要求店家賠償'], true);
  eachFlagged(['早餐要另付30元，差评'], false);
});

describe('grounds the report calls a pretext, with a claim for money', () => {
  eachFlagged(['男子谎称在面条里吃出钢丝，向店家索赔', '该打假人以包装标签不规范为由，向商家索要赔偿'], true);
  eachFlagged(['商家谎称已经发货，其实根本没发', '商家以没有库存为由取消了订单，要求赔偿也不理'], false);
});

describe('a threat vowed over two levers, without money', () => {
  eachFlagged(['他扬言要去消协投诉，还要发到抖音上', '我还会一直投诉你们，罚款也没用'], true);
  // 威胁 told of the courier is no vow of the writer's
  eachFlagged(['快递员威胁我必须签收，我投诉了还找了记者'], false);
});

describe('the threat elided on a condition', () => {
  eachFlagged(['不赔我就在小红书上这样那样'], true);
  eachFlagged(['如果不发货，我就去平台投诉'], false);
});

describe('the harm told and two levers on a condition', () => {
  eachFlagged(['裙子里有根钢丝，划伤了，如不给个说法，我就去法院告你们并发到微博'], true);
  eachFlagged(['如不尽快处理，我将向消协投诉并在微博分享'], false);
});

describe('the lever promised away, the review turned round, the matter closed or bought out', () => {
  eachFlagged(['拿三千出来，我保证不举报', '补偿我两百，差评改成好评', '发个红包，这事翻篇', '五千块买断这段视频'], true);
  eachFlagged(['差评已经改成好评了，商家态度不错', '这事翻篇了，以后不在这家买了', '我保证不投诉，只要你们尽快发货'], false);
});

describe('the business disrupted by the claimant is a lever', () => {
  eachFlagged(['不赔医药费我就天天来闹，让你做不了生意'], true);
  eachFlagged(['店里有人闹事，服务员处理得很好'], false);
});

describe("the claimant's own audience is a lever", () => {
  eachFlagged(['我是探店博主，不给个满意的补偿就发视频曝光'], true);
  eachFlagged(['看了博主推荐买的，结果质量很差，差评', '网红店，排队两小时，味道一般'], false);
});

describe('a report told as done needs an office or a platform named', () => {
  eachFlagged(['我已经向消协投诉了你们的三无产品，想撤的话联系我'], true);
  eachFlagged(['我已向客服反映，东西过期了'], false);
});

describe('paying as the condition, in Taiwan wording', () => {
  eachFlagged(['嫌犯恐嚇店家若不付款，就要在網路上散布不實評論'], true);
  eachFlagged(['不付款就没法发货吗', '不给钱就不发货，这商家真奇葩'], false);
});

describe('a vow after a threat in the same conversation', () => {
  test('a vow with two levers is pressure; a fine told of alone is not', () => {
    const result = assessConversation([
      { from: 'buyer', text: '你们的奶粉罐上没有中文标签，我已经举报到市场监管局了' },
      { from: 'seller', text: '已经交了罚款，您看还要怎样' },
      { from: 'buyer', text: '交罚款没用，我还会继续举报' },
    ]);
    expect(['medium', 'high']).toContain(result.messages.at(-1)?.level);
    expect(flagged('听说隔壁店被罚款了')).toBe(false);
  });
});

describe('a threat disowned is no threat', () => {
  eachFlagged(['你们要是不给我补发，我就只能给差评了，这不是威胁，是实话'], false);
  eachFlagged(['要是不赔，我就去12315，这就是威胁你'], true);
});

describe('levers and offices by their pinyin initials', () => {
  eachFlagged(['不赔钱的话我就jb你们到sj局', '不给五百就去gs局ts你'], true);
});

describe('the number asked as a satisfying one, and the withdrawal it buys', () => {
  eachFlagged(['给我一个满意的数字，我就撤销投诉', '东西是假的，我已经报给工商了，给钱可以撤'], true);
  eachFlagged(['这个可以撤销订单吗', '差评可以删吗，给我退款就行'], false);
});

describe('a bad rating vowed day after day', () => {
  eachFlagged(['不赔钱我天天给你打一星'], true);
  eachFlagged(['这家店我天天去，从来没打过一星'], false);
});

describe('lever and money words with syllables typed in pinyin', () => {
  eachFlagged(['不赔钱我就去tou诉你们', '赔五百，不然发到小hong书'], true);
  eachFlagged(['tou诉电话打不通，客服太慢'], false);
});

describe('the threat shouted or put about', () => {
  eachFlagged(['他放话说不赔三千就叫记者来'], true);
  eachFlagged(['孩子嚷着要买玩具，质量一般'], false);
});

describe('a sum asked by name, and paying as the condition', () => {
  eachFlagged(['每次要求300元，如果不付就继续给差评', '你不拿钱 我就把录音交上去'], true);
  eachFlagged(['要求300元以内的，结果买贵了', '拿钱走人的服务，再也不来了'], false);
});

describe("grounds in the shop's listing, and peace bought with a fee", () => {
  eachFlagged(['你家用了我的图，侵权了，交两万费用才确保没事'], true);
  eachFlagged(['交了299的费用，才确保能用上会员'], false);
});

describe('the review made to vanish, and the choice put to the seller', () => {
  eachFlagged(['两百块，差评消失', '好评差评在你一念之间，转我一百'], true);
  eachFlagged(['差评消失了？商家是不是删评了', '买不买在你一念之间，反正我不推荐'], false);
});

describe('compensation talked over privately off the platform', () => {
  eachFlagged(['加我v，赔偿的事我们私聊'], true);
  eachFlagged(['客服让我私聊，说退款要加微信', '太没有隐私了，打电话都要躲着'], false);
});

describe('a price told right before an ultimatum-like word', () => {
  eachFlagged(['也就是便宜，才3000，不然心里真的会不平衡', '一共花了2000，不然也不会这么生气，差评'], false);
  eachFlagged(['退我200块，不然差评一直挂着'], true);
});

describe('what the sum buys, in a report', () => {
  eachFlagged(['该男子留下差评后私信店主，称支付500元即可删除差评'], true);
  eachFlagged(['支付500元即可删除广告，会员服务', '标签有问题，字都印歪了，差评'], false);
});

describe('a provincial consumer council by its own name is a regulator', () => {
  eachFlagged(['赔我两千块，不然就去消保委', '不给个说法就找消费者权益保护委员会，顺便要一千的补偿'], true);
  eachFlagged(['消保委发布的比较试验里这款排名靠前', '看了消保委的测评才买的，东西不错'], false);
});
