import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { eachFlagged } from './flagged.fixture';

// Most real claimant messages we have are reported speech from police, prosecutor and court write-ups. Their wording
// comes from the law: each formula below is taken from a legal text (source in the title), written here in new words as
// a report would tell it (must flag), beside a quiet look-alike a buyer, a review or a notice could write (must not).
// Sources: 刑法 274 and the doctrine of 敲诈勒索 (强行索取; 以揭发…相威胁; 迫使交出, 限期交出; 如不…就); 两高 法释〔2013〕21号
// 第6条 (以发布、删除网络信息为由威胁、要挟，索取财物); the 2019 软暴力 opinion (滋扰、哄闹、拉挂横幅、恶意举报、诬告);
// 刑法 226/293 (强迫交易, 强拿硬要); 法释〔2024〕9号 and 市场监管总局 2024 (恶意制造假象，以投诉、起诉相要挟索取赔偿金; 夹带、调包、篡改生产日期);
// the 2026 最高法/最高检/市场监管总局 规范职业索赔 typical cases (以质量问题为由索要高额赔偿; 投入蟑螂，要求免单); prosecutors' and
// courts' write-ups of paid withdrawal of reports (以撤销举报为由收取费用; 胁迫支付"顾问费"; 花钱平事).
describe('F1 以〈lever〉相要挟/相威胁 + a taking (刑法 274; 法释〔2024〕9号)', () => {
  eachFlagged([
    '被告人周某以向食药监部门检举相要挟，向店主索要人民币四千元',
    '两人以到法院起诉为要挟，先后向四家网店索取钱款八千余元',
    '其以投诉、举报等方式相要挟，向经营者索取赔偿金',
  ], true);
  test('相威逼 names the threat as 相要挟 does: the slots alone make the claim, not the model', () => {
    expect(assessMessage('以向卫生部门举报相威逼，要求店家赔偿').signals.map((s) => s.id)).toContain('rule.compensation-leverage-ultimatum');
  });
  eachFlagged([
    '警方提醒：以投诉相要挟的行为涉嫌违法，商户遇到请及时报警',
    '店员用报警相威胁，不让我们拍照，态度极差',
    '有人滥用投诉、举报、诉讼等维权途径，扰乱市场秩序',
  ], false);
});

describe('F2 以〈grounds〉为由/为名/的名义 + a taking (法释〔2013〕21号 第6条; 规范职业索赔典型案例)', () => {
  eachFlagged([
    '该男子以饮料瓶内有异物为由，向超市索取赔偿金六千元',
    '以标签缺少生产日期的名义，向多家商户索要钱财',
    '以举报违法广告的名义，向多家诊所索取财物',
    '以衣服掉色为由，向网店索要钱款三百元',
    '以将要在网上发布负面信息为由，向饭店老板索取财物',
  ], true);
  eachFlagged([
    '商家以库存不足为由拒绝退款，客服也不回复',
    '平台以违规为由下架了我的商品，申诉也没用',
    '店家以质量问题为由给我换了一件新的，服务不错',
    '快递员以超重为由向我索要20元',
    '客服以已过七天为由，拒绝赔偿',
  ], false);
});

describe('F3 the taking verbs of the law: 强索, 逼要, 强拿硬要 (刑法 274, 293)', () => {
  eachFlagged([
    '吴某在餐馆闹事后向老板强索两千元',
    '该团伙以吃出头发为由，向多家饭店逼要赔偿款',
    '几名男子到店里强拿硬要，店主被迫拿出一千元',
  ], true);
  // 逼要 only with what is asked: "牛逼要上天" is praise or scorn, no taking.
  eachFlagged(['这家店卖的东西太贵了，简直是敲诈', '店家强买强卖，不买就不让走，差评', '这客服真牛逼要上天了，半个月不发货，投诉也没人管'], false);
});

describe('F4 the shop made to hand over: 迫使…交付, 被迫向其支付, 迫于压力 (敲诈勒索 doctrine)', () => {
  eachFlagged([
    '以向消防部门举报为由，迫使三家门店向其交付补偿款共计一万余元',
    '多名商户迫于压力，被迫向其支付顾问费',
    '利用商家希望不被举报或撤回投诉的心理，胁迫其支付顾问费',
  ], true);
  eachFlagged(['快递员逼迫我当场付款签收，服务太差', '我们被迫支付了二十元的开箱费，太坑了'], false);
});

describe('F5 the threat announced: 扬言, 威胁称, 恐吓 (敲诈勒索 doctrine: "扬言如不交出财物，就要…")', () => {
  eachFlagged([
    '男子威胁称，若店家不赔偿一千元，就天天来店门口闹',
    '其恐吓店主，不拿出三千元就到处发帖曝光',
    '以不给钱就继续举报相要挟，向工地负责人索要五万元',
  ], true);
  eachFlagged([
    '客服声称七天内发货，结果半个月都没到，要求退款',
    '卖家声称是正品，收到发现是假货，已申请退款',
    '商家恐吓我说再给差评就告我诽谤',
    '商家威胁我如果不给好评就不给退款',
  ], false);
});

describe('F6 the condition: 倘若/假如/一旦…不…便/则/就, 限期 (敲诈勒索 doctrine)', () => {
  eachFlagged([
    '其称倘若商家不在三日内支付二千元，便向市场监管局投诉',
    '要求店主限期交出五千元，逾期就向媒体曝光',
    '一旦店家不给钱，他就去12345反复举报',
    '受害人为免被举报，只得花钱平事',
  ], true);
  eachFlagged(['倘若商家不发货，我就申请退款', '如果不满意，可以七天无理由退货', '快递员说不给钱就不送上楼', '为免被骗，大家买之前多看看评价，别像我一样退个款还得去投诉'], false);
});

describe('F7 the levers the texts name: 揭发, 上访, 滋扰, 拉挂横幅, 损坏名誉 (软暴力 opinion 2019; 敲诈勒索 doctrine)', () => {
  eachFlagged([
    '其以揭发店铺无证经营相要挟，索要五千元',
    '嫌疑人多次到店里滋扰、哄闹，要求店主给钱了事',
    '该人以到信访部门上访相威胁，要求商家补偿两万元',
    '以在店门口拉挂横幅相威胁，索要赔偿款',
    '以損壞品牌形象相威脅，向公司索討五千萬元',
  ], true);
  eachFlagged(['有人在店门口拉横幅做促销活动，很热闹', '揭发这家店卖假货，大家别买了', '论坛上有人发帖曝光这家店卖假货，大家小心'], false);
});

describe('F8 the exchange: 删帖, 撤销举报, 作为交换条件 (法释〔2013〕21号 第6条 删帖型; paid-withdrawal write-ups)', () => {
  eachFlagged([
    '其以帮店家删帖为由，向对方索取好处',
    '以撤销举报要收取费用为由，向多家企业索要两万余元',
    '称如企业支付三千元，就提供撤销举报申请书',
    '以澄清事实、消除影响作为交换条件，强迫对方给付八十万元',
  ], true);
  eachFlagged(['我已经删除了评价，希望商家尽快退款', '删帖的事我不懂，请客服帮忙看看', '客服说要我撤回投诉才给退款，太过分了'], false);
});

describe('F9 the fees reports name, and the bill waived as the claim (规范职业索赔典型案例)', () => {
  eachFlagged([
    '其向商家索要“封口费”两千元',
    '要求商户支付撤诉费五千元后才撤回起诉',
    '将事先准备的蟑螂投入饭菜，向餐馆要求免单并索要赔偿',
  ], true);
  eachFlagged(['这家店吃饭给免单了，老板人很好', '顾问费怎么收，请问有报价单吗', '上菜太慢，要求免单，店家不同意'], false);
});

describe('F10 grounds made by the claimant: 夹带, 调包, 篡改生产日期, 恶意制造假象 (法释〔2024〕9号; 市场监管总局 2024)', () => {
  eachFlagged([
    '通过调包、夹带等方式制造商品过期的假象，向经营者索要赔偿',
    '事先将过期食品夹带入超市，再以买到过期商品为由索赔',
  ], true);
  eachFlagged([
    '收到的商品生产日期被篡改过，要求退货退款',
    '这个东西是调包过的吗，和图片上不一样',
    '快递被调包了，里面是假货，要求赔偿',
    '这个商家数据造假，虚假宣传，要求退款',
    '要求退款',
  ], false);
});

describe('F11 the "soft violence" of the 2019 两高两部 opinion is pressure and a lever (滋扰、纠缠、哄闹、贴报喷字、摆放花圈、播放哀乐、跟踪贴靠)', () => {
  eachFlagged([
    '在店铺门口贴报喷字，要求老板拿出两万元',
    '多次纠缠店主，索要钱财',
    '聚众到店里哄闹，要求店家赔偿',
    '在门口播放哀乐，逼店主赔钱',
    '跟踪店主回家，要求给钱私了',
    '嫌疑人多次以网上曝光相威胁，逼店家拿出两千元了结此事',
  ], true);
  eachFlagged([
    '酒店半夜有人燃放鞭炮，吵得睡不着，要求赔偿',
    '短信滋扰不断，客服还让我给好评返现5元',
    '物流跟踪信息一直不更新，要求赔偿',
    '售后纠缠不清，要求补偿',
    '快递员恐吓我，要我多付50元',
  ], false);
});

describe('F12 a capacity put on, a name to be ruined, reporting as a campaign (法释〔2013〕10号 第2条; 敲诈勒索 doctrine; 市场监管总局)', () => {
  eachFlagged([
    '冒充记者到店里采访，称要曝光，索要两千元',
    '自称是记者，要求店家给五千元了事',
    '以曝光隐私相威胁，索要钱财',
    '扬言要搞臭这家店，要求赔偿一万',
    '以多头举报方式，逼迫商家赔偿',
  ], true);
  // The capacity put on and the campaign are the threat itself: with money they make the claim's full shape.
  test.each(['冒充记者，向店主索要两千元', '假冒记者上门，要店家给钱', '多头举报，要求商家赔偿五千元'])('%s is judged high', (text) => {
    expect(assessMessage(text).level).toBe('high');
  });
  eachFlagged([
    '商家泄露我的隐私，要求赔偿',
    '这家店冒充正品，要求赔偿',
    '这衣服质量差，我要让它名声扫地',
    '有记者来采访过这家店，味道一般',
  ], false);
});

describe('F13 the sentence of a write-up: 以…相要挟 governs the demand at its end; 、 joins a list and ends no clause', () => {
  test.each([
    '以向市场监管部门举报相要挟，多次通过电话、短信等方式与店主联系，要求赔偿八千元',
    '在收到商家退款后，仍以曝光相威胁，要求另行支付1000元',
  ])('%s is judged high', (text) => {
    expect(assessMessage(text).level).toBe('high');
  });
  eachFlagged([
    '质量差、做工粗糙、客服态度恶劣、物流慢，已投诉，要求退款',
    '衣服掉色、起球、有异味、线头多、尺码不准，要求赔偿',
    '差评、投诉、12315都试过了，商家还是不理，只想退款',
  ], false);
});

describe('F14 Taiwan and Hong Kong report wording (刑法 346 恐嚇取財; 盜竊罪條例 23 勒索): 威嚇, 嗆聲, 索款', () => {
  eachFlagged(['以威嚇手段要求店主匯款三萬元'], true);
  test('a sum taken with a report threatened aloud is judged high', () => {
    expect(assessMessage('向餐廳索款兩萬元，並嗆聲要檢舉').level).toBe('high');
  });
  eachFlagged(['店員態度很差，還嗆聲叫我不要買', '老闆很兇，威嚇客人不准拍照'], false);
});

describe('F15 揭发, 诬告, 上访 and 信访 are levers of the complaint kind (敲诈勒索 doctrine; 软暴力 opinion 2019)', () => {
  test.each(['以上访相威胁，要求补偿两万元', '扬言要去信访，让店家赔五千', '以揭发店铺偷税漏税相要挟，索要钱款'])('%s is judged high', (text) => {
    expect(assessMessage(text).level).toBe('high');
  });
  eachFlagged(['揭发这家店卖假货，大家别买了，要求退款', '小区信访办的电话打不通，快递也不送，要求退款', '他说要去上访，我们也没办法，只能退款'], false);
});
