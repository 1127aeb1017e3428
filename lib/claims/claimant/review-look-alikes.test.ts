import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { eachFlagged } from './flagged.fixture';

// Shapes from the tuning halves of the real negative reviews (the retired online_shopping half included), each written
// here in new words: the claim the detector must still raise, and the angry review it must leave alone.
// The real reviews are measured by `npm run eval`, never copied here.
describe('fighting fakes as a campaign is not the writer declaring himself a claimant', () => {
  eachFlagged(['我就是打假的，你这瓶连中文标签都没有', '本人打假人，这事赔钱解决吧'], true);
  eachFlagged(['双十一前还喊着打假，结果我买到的还是假货', '建议有关部门好好打假，这面霜肯定是假货'], false);
});

describe('an anti-fake figure named in the news is someone else', () => {
  eachFlagged(['新闻里那位知名打假人又上电视了，这洗发水还是假货', '那个号称打假第一人的都管不了，这牙膏一股怪味'], false);
});

describe('a call already made to the shop asks for no contact elsewhere', () => {
  eachFlagged(['加我微信或者打电话给我，赔偿的事私下说'], true);
  eachFlagged(['给前台打了电话，三天没人理，这800元就不知道哪天能回来了', '打电话问过他们，那600块就不退了，说是规定'], false);
});

describe('evidence not taken is nothing to press with', () => {
  eachFlagged(['我已经拍照取证了，赔偿的事你看着办'], true);
  eachFlagged(['香蕉烂了三根，没有拍照取证就扔了，赔偿就算了'], false);
  test('a negated recording is no recording', () => {
    expect(assessMessage('当时没录音，快递员说话很难听，要求赔偿').signals.map((s) => s.id)).not.toContain('evidence.recorded');
  });
});

describe('a rating withheld is not a refusal to pay', () => {
  test('three hundred or the bad review stays is still pay-or-else', () => {
    expect(assessMessage('三百块不给的话，差评一直挂着').level).toBe('high');
  });
  eachFlagged(['要是能一颗星都不给的话我肯定不给，差评', '一星也不给就好了，差评，耳机一边没声音'], false);
});

describe('asking whether a claim is possible is a question, not a demand', () => {
  eachFlagged(['梨烂了，能索赔吗？不赔我就去12315'], true);
  eachFlagged(['买了八个梨，烂了两个，能索赔吗？', '订了七盒牛奶，漏了一盒，可以申请赔偿吗'], false);
});

describe('a phone number asked for, not every call a review tells of', () => {
  eachFlagged(['留个电话，补偿的事私下谈', '电话里谈吧，赔偿的事私下说'], true);
  eachFlagged(['电话联系了好几次，说好私下处理，到现在没补偿', '电话一直打不通，这500元就不知道找谁要了'], false);
});

describe('an item gone from sale and a review\'s own marks threaten no penalty', () => {
  eachFlagged(['你不赔钱，我就举报让你下架', '不给500，就去平台投诉让你扣分'], true);
  eachFlagged(['这款已下架，否则我就给朋友也买一个，499元挺值', '扣分主要是发热，要不然五星，两千块买的'], false);
});

describe('paying more for a better product is no fee asked', () => {
  eachFlagged(['花点钱摆平这事，不然差评'], true);
  eachFlagged(['不如花点钱买大牌，不然过两个月又坏，差评'], false);
});

describe('while stocks last, so far, and until it breaks set no deadline', () => {
  eachFlagged(['不赔三倍，我就天天投诉，投到你开不下去为止'], true);
  eachFlagged(['赠完为止是吧，差评，收钱的时候倒挺快', '截至今天为止没人理我，差评，要钱的时候一个比一个快'], false);
});

describe('a partnership or a reading brought to an end closes no matter for money', () => {
  eachFlagged(['两千块，此事到此为止'], true);
  eachFlagged(['这500块就当买个教训，到此为止，以后不会再买', '我们的合作到此为止，这300元就当喂了狗'], false);
});

describe('"never mind" after a refusal is no pay-or-else', () => {
  eachFlagged(['不给钱就等着，我去12315举报你'], true);
  eachFlagged(['赠品没了，不给就算了，差评', '商家不补差价也就算了，差评，还要钱'], false);
});

describe('the offer half of an ultimatum: "if the shop agrees … else …"', () => {
  eachFlagged(['请店家出500元做我抖音视频的宣传费，如果老板答应，视频里就多说好话，不答应的话我就如实拍'], true);
  // the same "if the shop agrees" with a price and the app the item was seen on
  eachFlagged(['若店家同意，周末我去店里取，在小红书上看到的那款300元的', '如果商家同意换货，我就寄回去，来回运费30元我自己出'], false);
});

describe('where the item was seen, and a rhetorical else, threaten nothing', () => {
  eachFlagged(['不赔500，我就在小红书上曝光你', '赔我500，不然你等着，我去12315'], true);
  eachFlagged(['小红书上看到的同款，300元，质量太差，不然也不会买，差评', '在小红书上看到推荐才买的，500块，否则谁买这种东西'], false);
});

describe('waiting for the parcel, exposure the news made, readers told to judge, a complaint that got something', () => {
  eachFlagged(['不赔钱就等着吃官司吧', '赔我800，你看着办，不然我去找媒体曝光'], true);
  eachFlagged(['就等着收货吧，结果等了十天，投诉了才给补偿10元', '媒体都曝光过这家，还敢买的自己看着办，300块打水漂'], false);
});
