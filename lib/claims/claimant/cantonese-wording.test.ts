import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { eachFlagged } from './flagged.fixture';

// Hong Kong and Macau buyers type Cantonese, in Traditional characters. Each line below was written for this test from the
// language and the names of public HK/Macau offices (none is taken from a data set): a claim a seller must see, beside a
// genuine HK buyer's message with the same words that must be left alone.
const level = (text: string) => assessMessage(text).level;

describe('pay or else, said with 唔…就, 唔係就, 唔係嘅話, 如果唔', () => {
  test.each([
    '唔賠錢俾我就去消委會投訴你',
    '如果唔賠錢，我就報警，仲會去食環署投訴你哋',
    '唔賠錢嘅話，我去小額錢債審裁處入稟告你',
    '賠錢，唔係就去經濟局同消委會投訴',
    '唔過數就等住收律師信啦',
    '你一日唔俾錢，我就一日喺IG同Facebook公開你',
    '一係賠兩千蚊，一係我去消委會同食環署投訴你',
  ])('high: %s', (text) => expect(level(text)).toBe('high'));
  eachFlagged([
    '唔該你快啲發貨，唔係我就要投訴㗎喇',
    '如果唔退款，我就去消委會投訴',
    '唔係就算啦，我去第二間買',
    '如果唔得就算，唔該晒',
    '如果唔係你哋幫手，我都唔知點算',
    '個客話唔俾錢就唔走，我哋報咗警',
    '一係換貨，一係退款，你揀啦',
    '一係我聽日再嚟攞，唔該',
  ], false);
});

describe('HK money: 蚊, $, 過數, 入數, 轉數快, PayMe', () => {
  test.each([
    '唔想收律師信就即刻轉數快兩千蚊俾我',
    '你唔退返五百蚊俾我，我就喺連登同FB爆你間舖',
    '賠兩千蚊，唔係我日日投訴你',
  ])('high: %s', (text) => expect(level(text)).toBe('high'));
  test('a sum in 蚊 or after $ is a sum of money', () => {
    expect(assessMessage('唔賠$3000俾我，我就去消委會').amounts).toContain(3000);
    expect(assessMessage('賠五千蚊，否則我去食環署舉報').amounts).toContain(5000);
  });
  eachFlagged([
    '我已經過咗數三千蚊，請盡快發貨',
    '我已經過咗數$500，唔該發貨',
    '唔好意思，可唔可以用PayMe俾錢？',
    '用轉數快俾錢得唔得？',
    '唔好意思，轉數快轉錯咗五百蚊俾你，可唔可以退返俾我？',
    '我哋一班人去食，埋單二千蚊，好抵',
    // a payment told as made, then a worry: no transfer asked for
    '我用轉數快過咗數二千蚊，如果唔收到貨我會報警',
    '老闆，唔好意思，今日唔得閒過數，聽日一定入數俾你',
    // 如果唔係 is "if it weren't", and a seller's deposit terms
    '如果唔係$300，我就唔買啦',
    '唔俾$500訂金就唔留貨',
  ], false);
});

describe('a review or a complaint taken back for money: 刪咗個負評, 撤返投訴, 就唔會寫一粒星', () => {
  test.each([
    '過數三千蚊，我就刪咗個負評',
    '轉三百蚊落我戶口，我就將劣評刪走',
    '我已經舉報咗你去食環署，俾五千蚊我就撤返投訴',
    '俾五百蚊我，我就唔會寫一粒星',
    '入數之後我即刻撤回投訴',
  ])('high: %s', (text) => expect(level(text)).toBe('high'));
  eachFlagged([
    '老闆好好人，我俾個好評你',
    '啲嘢好難食，一粒星，以後唔會再嚟',
    '五百蚊都唔值，一粒星',
    '唔退錢嘅話，我會俾一粒星',
  ], false);
});

describe('exposure in HK: 連登, OpenRice, 起底, 放上網', () => {
  test.each([
    '你唔賠三千蚊，我就喺OpenRice寫劣評，再上連登起你底',
    '食到曱甴，賠五千蚊就算數，唔係嘅話我就放上網同去衞生署舉報',
    '唔俾錢就等住OpenRice一粒星啦',
  ])('high: %s', (text) => expect(level(text)).toBe('high'));
  eachFlagged([
    '我喺連登見到你哋間舖，好多人讚',
    '我睇完OpenRice食評先嚟，好好食',
    '呢間鋪啲嘢好正，我會放上網推介',
    '喺IG見到你哋，想問仲有冇貨',
    '用舊報紙包住啲碗，好細心',
  ], false);
});

describe('HK and Macau offices, police and courts: 食環署, 海關, 經濟局, 差館, 審裁處', () => {
  test.each([
    '唔賠錢？睇住嚟，我去澳門消委會同經濟局投訴你',
    '賠一千蚊私了，否則我去海關舉報你賣老翻',
    '唔賠錢我就叫差佬，再去消委會',
    '我哋幾個都食到肚痛，每人賠五百蚊，否則報警',
  ])('high: %s', (text) => expect(level(text)).toBe('high'));
  eachFlagged(['唔賠償就報差館，再上連登起你底', '人哋隔籬鋪都賠咗我一千蚊，你哋都要賠'], true);
  eachFlagged([
    '食環署嚟巡過，話冇問題',
    '你哋食環署牌照貼喺邊？',
    '經濟局勢唔好，生意難做',
    '差人話唔關你哋事',
    '老闆差人送嚟，好快手',
    '我報咗警，有人用我張卡喺你度買嘢',
    '件衫冇吊牌，係咪正貨？',
  ], false);
});

describe('Cantonese negation: 唔會, 唔使, 唔好 take the word back', () => {
  test('"I won\'t complain" names no complaint', () => {
    expect(assessMessage('我唔會投訴你，下次記得包好啲').signals.map((s) => s.id)).not.toContain('threat.complaint');
  });
  eachFlagged([
    '唔好報警，我哋可以傾',
    '唔使賠錢，補返件新嘅俾我就得',
    '唔緊要，唔使退錢，下次再幫襯',
    '唔賠都冇所謂，下次注意啲',
  ], false);
});

describe('a genuine HK buyer asking for a refund, politely or not', () => {
  eachFlagged([
    '唔該幫我退款，件衫唔啱size',
    '唔該退返錢俾我，收到嗰陣已經爛咗',
    '件衫有個窿，退返錢俾我啦唔該',
    '如果唔啱size可唔可以換？',
    '啲貨爛晒，我會投訴㗎',
    '唔好意思，想問幾時發貨？',
    '你等住先，我搵緊張單',
    '我等住收貨，幾時到？',
  ], false);
  test('a refund refused and a complaint named is at most low, as in Mandarin', () => {
    expect(['none', 'low']).toContain(level('我俾咗五百蚊，貨都冇到，唔退錢我就去消委會'));
    expect(level('唔退錢我就報警')).toBe(level('不退钱我就报警'));
  });
});
