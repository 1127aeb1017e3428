import { describe, expect, it } from 'vitest';
import { assessMessage } from './index';

// Shapes from the tuning half of the JD phone reviews: a camera's exposure, the phone's calls,
// a platform's coupons and the photos of one's own review are what a phone review talks about.
describe('a phone review is not read as a claimant', () => {
  it.each([
    '夜景支持6秒手持曝光，曝光控制很优秀，长时间曝光拍出来跟白天一样',
    '接打电话声音清楚，电话卡装起来方便，送了个电话手表',
    '使用京豆红包和E卡后价格很美丽',
    '我的晒图里能看到颜色，喜欢玩自媒体的朋友可以入手',
  ])('%s → no signal of media, contact, payment or review', (text) => {
    const ids = assessMessage(text).signals.map((s) => s.id);
    expect(ids.filter((id) => /^(threat\.media|off-platform|payment|review)/.test(id))).toEqual([]);
  });

  it('still hears the threat when a buyer names exposure, a call or a red packet as the price', () => {
    expect(assessMessage('不给我发500红包，我就去微博曝光你们').level).not.toBe('none');
    expect(['medium', 'high']).toContain(assessMessage('赔我2000，不然我就找媒体曝光，晒图差评').level);
  });
});

describe('a sum named as a price band is a price', () => {
  it('reads "1299元的起步价" and "两千元以内" as prices, not sums demanded', () => {
    expect(assessMessage('1299元的起步价，在两千元以内堪称最强').amounts).toEqual([]);
  });
  it('still reads a demanded sum as one', () => {
    expect(assessMessage('赔我2000元，不然投诉').amounts).toEqual([2000]);
  });
});
