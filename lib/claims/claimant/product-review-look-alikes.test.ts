import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { eachFlagged } from './flagged.fixture';

// Shapes from the retired EPRSTMT fresh set of JD product reviews (now tuning), each written here in new words: the
// claim the detector must still raise, and the review it must leave alone. The real reviews are measured by
// `npm run eval`, never copied here.
describe('an app asking for the phone\'s media files, and a permission withheld that blocks its use', () => {
  test('pay or the press hears of it is still high', () => {
    expect(assessMessage('不给钱就找媒体曝光你们').level).toBe('high');
    expect(assessMessage('不给两千，我就把这事发给媒体').level).toBe('high');
  });
  test('"every app wants media and file access, and without it will not run" names no press and asks no money', () => {
    const a = assessMessage('新装的软件个个都要媒体内容和文件的权限，不给就用不了，手机也卡，差评');
    expect(a.level).toBe('none');
    expect(a.signals.map((s) => s.id)).not.toContain('threat.media');
  });
  eachFlagged(['相册要媒体权限，不给的话就没法用，这系统真烦', '音乐软件要媒体存储权限，不给就进不去，卸载了'], false);
});

describe('an earphone\'s resolution is no settlement', () => {
  eachFlagged(['和解吧，给我3000，不然就投诉', '三千块私了，这事就算了'], true);
  eachFlagged(['中高频的定位和解析力都清楚，这也是我一直用800的原因'], false);
});

describe('"else it would be perfect" is a wish, not an ultimatum', () => {
  eachFlagged(['给我两百，不然就差评', '退我300，不然差评一直挂着', '赔我两百多，否则我去12315'], true);
  eachFlagged(['正品，就是还要交两百多的税，不然就完美了', '耳机不错，可惜还要交一百多的税，要不然就五星了', '价格贵了三百多，否则会更好'], false);
});

describe('numbers that name something: a model, a carrier\'s service number, a credit line', () => {
  test('a sum asked with its unit, even after a currency code, is still a sum', () => {
    expect(assessMessage('赔我rmb200元，不然差评').amounts).toEqual([200]);
    expect(assessMessage('退我300块，不然去12315投诉').level).toBe('high');
    expect(assessMessage('给我9000，不然去12315').level).toBe('high');
  });
  test('"a tsx200 round pad", "a text from 10086" and "a 9000 credit line" ask for nothing', () => {
    for (const text of ['耳罩掉得厉害，只好另买了mx300圆套，不然戴不住', '收到一条10086的短信，能一键查流量', '给我开了8000额度的白条，下个月再还']) {
      expect(assessMessage(text).amounts).toEqual([]);
      expect(assessMessage(text).level).not.toMatch(/medium|high/);
    }
  });
});

describe('a sum the writer had to bear, or the shop offered, is told, not asked', () => {
  eachFlagged(['损失500元你们得赔，不然差评', '给我2000作为赔偿，不然投诉到底', '你们只肯赔50？我要2000，不然去12315'], true);
  test('"I could only lose the 500 of credit and keep the phone" and "support said they would give me 2000 points" ask for nothing', () => {
    expect(assessMessage('只能损失300元送的话费把手机留下，店大欺客，差评').level).toBe('none');
    expect(assessMessage('让我退了重新下单，说给我1000作为赔偿，我不稀罕，我会投诉到底').amounts).toEqual([]);
  });
});

describe('a chip and a video resolution are no sums', () => {
  test('a complaint to 12315 asking triple is still a claim, without the chip and the resolution as sums', () => {
    const a = assessMessage('已投诉到12315，宣称的821处理器根本带不动4K视频，要求三倍赔偿');
    expect(a.amounts).toEqual([]);
    expect(a.level).toBe('medium');
    expect(a.extortion).toBe(false);
  });
  test('"4k" asked for is still four thousand', () => {
    expect(assessMessage('给我4k，不然投诉').amounts).toEqual([4000]);
  });
});
