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
