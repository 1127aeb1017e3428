import { describe, expect, test } from 'vitest';
import { assessMessage } from './assess-message';
import { readMessage } from './read-message';

// Numbers and 不…就 shapes that reviews tell and claimants ask: the claim kept, the telling left alone. Shapes seen in the
// tuning halves of the real reviews (`npm run eval`), written here in new words.
const ids = (text: string) => assessMessage(text).signals.map((s) => s.id);
const conditions = (text: string) => readMessage(text).concepts.filter((c) => c.concept === 'condition');

describe('a stretch after something that happened is no time limit', () => {
  test('a time limit set on the shop is still one', () => {
    expect(ids('限你们24小时内给我答复，不然我就去12315投诉')).toContain('settlement.deadline');
    expect(ids('请在收到本消息的24小时内答复，否则投诉到市场监管局')).toContain('settlement.deadline');
  });
  test('"within a minute of opening it" tells what happened', () => {
    expect(ids('刚拆开包装的五分钟内屏幕就黑了，客服说要寄回检测')).not.toContain('settlement.deadline');
    expect(ids('在入住后的十分钟内就有人敲门推销，前台说管不了')).not.toContain('settlement.deadline');
  });
});

describe('a sum gone missing is not a sum asked for', () => {
  test('"500 and I will not complain" still asks for 500', () => {
    const a = assessMessage('500元就不投诉了，不给就去12315');
    expect(a.amounts).toContain(500);
    expect(a.level).not.toBe('none');
  });
  test('"and the 200 was gone who knows where" asks for nothing', () => {
    expect(assessMessage('一不留神，两百元就不知道去哪了，前台也说不清楚').amounts).toEqual([]);
    expect(assessMessage('稍不注意，三百块就不见了').amounts).toEqual([]);
  });
});

describe('不给力 (falls short) is no refusal to pay', () => {
  test('"no refund and I complain" is still a condition', () => {
    expect(conditions('不给我退款就去投诉')).not.toEqual([]);
  });
  test('"the courier falls short and it annoys me" is a mood', () => {
    expect(conditions('快递这么不给力就该被投诉')).toEqual([]);
    expect(conditions('物流不给力就要被人投诉，活该')).toEqual([]);
  });
});

describe('a sum written off is given up, not asked for', () => {
  test('"pay 699 and we forget it" still asks for 699', () => {
    expect(assessMessage('赔我699就当这事没发生，不然差评一直挂着').amounts).toContain(699);
  });
  test('"699 spent, call it a lesson" asks for nothing', () => {
    const review = assessMessage('做工太差 说退也不给地址 699就当买个教训');
    expect(review.amounts).toEqual([]);
    expect(review.level).toBe('none');
    expect(assessMessage('两百块权当交学费了，以后不来了').amounts).toEqual([]);
  });
});

describe('two numbers joined by * or × are a size, not two sums', () => {
  test('a bare sum asked for is still one', () => {
    expect(assessMessage('赔我352，不然差评一直挂着').amounts).toContain(352);
  });
  test('"352*288 video" names a resolution', () => {
    expect(assessMessage('视频只支持320*240，连352*288都放不了，别说跟媒体播放器比了').amounts).toEqual([]);
    expect(assessMessage('屏幕才480×800，和宣传的不一样').amounts).toEqual([]);
  });
});

describe('转 in a word for becoming is no transfer', () => {
  test('"transfer 500 and the review goes" still asks for 500', () => {
    expect(assessMessage('转我500就删差评').amounts).toContain(500);
    expect(assessMessage('你转500我就撤诉').amounts).toContain(500);
  });
  test('"the card turned into a 512" and "since the 830 model" ask for nothing', () => {
    expect(assessMessage('原配的内存卡转为512的了，配置缩水').amounts).toEqual([]);
    expect(assessMessage('品牌转型830以后电池小了，还涨价').amounts).toEqual([]);
  });
});
