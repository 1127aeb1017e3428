import os from 'node:os';
import { expect, it } from 'vitest';
import { assessMessage } from '@/lib/claims/claimant';

// Issue 13: a 10 MB log of short messages, most of them ordinary chat, judged message by
// message, against the simplest peer: 80 literal RegExps tested one after another (the
// "any of these words" rule). Both run in the same process, on the same messages.
const TARGET_BYTES = 10 * 1024 * 1024;
const RUNS = 3;

const PEER_WORDS = [
  '赔偿', '赔钱', '赔我', '退一赔三', '假一赔十', '三倍', '十倍', '投诉', '举报', '12315', '工商', '市场监管', '消协', '海关', '起诉', '律师', '法院', '报警', '曝光', '媒体',
  '差评', '私了', '诚意', '撤诉', '撤销', '删差评', '红包', '转账', '微信', '加我', 'vx', 'qq', '假货', '三无', '中文标签', '过期', '广告法', '消法', '食品安全法', '极限词',
  '欺诈', '惩罚性', '罚款', '封店', '关店', '下架', '职业打假', '打假', '索赔', '补偿', '给个数', '开个价', '意思一下', '后果自负', '不然', '否则', '要么', '除非', '等着', '看着办',
  '小红书', '抖音', '微博', '公证', '录音', '录屏', '截图', '批量', '上车', '下车', '检举', '消保', '负评', '违禁词', '虚假宣传', '质检报告', '合格证', '营业执照', '封口费', '精神损失',
];

let seed = 20261201;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const ORDINARY = [
  '亲，请问这款还有货吗？', '好的，谢谢亲', '快递到哪了？', '尺码偏小，可以换一个大一号的吗', '收到了，质量不错', '什么时候发货呀', '好的', '嗯嗯', '在吗',
  '麻烦帮我备注一下不要放辣', '可以便宜点吗', '地址写错了，能改吗', '已经拍了，麻烦尽快发', '颜色和图片有点不一样', '这个怎么用啊', '谢谢老板',
];
const OTHER = [
  '东西坏了，我要退款，运费险能赔吗', '有没有中文标签？是正品吗？', '再不发货我就投诉了', '没有中文标签，按食品安全法第148条赔我1000元，否则12315举报',
  '不给三千就一直差评', '私了吧，给个数，不然12315见',
];
function makeLog(): string[] {
  const messages: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const text = random() < 0.9 ? pick(ORDINARY) : pick(OTHER);
    messages.push(text);
    bytes += Buffer.byteLength(text, 'utf8') + 1;
  }
  return messages;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

it('assessMessage over a 10 MB log of short messages, against 80 literal RegExps', () => {
  const messages = makeLog();
  const mb = messages.reduce((n, m) => n + Buffer.byteLength(m, 'utf8') + 1, 0) / 1024 / 1024;
  const peer = PEER_WORDS.map((w) => new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
  expect(peer).toHaveLength(80);

  const peerRuns: number[] = [];
  const detectorRuns: number[] = [];
  // CPU time beside wall time: on a machine shared with other work, wall time also counts the
  // time this process waited for a core (the ratio by wall time moves with the machine's load).
  const peerCpu: number[] = [];
  const detectorCpu: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1000; };
  let peerFlagged = 0;
  let flagged = 0;
  // One untimed round of each first, so no timed run pays for building the phrase tables or compiling
  // the code (each side gets the same round; the figures are steady-state speed).
  for (const m of messages) peer.some((re) => re.test(m));
  for (const m of messages) assessMessage(m);
  for (let run = 0; run < RUNS; run++) {
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    peerFlagged = 0;
    for (const m of messages) if (peer.some((re) => re.test(m))) peerFlagged++;
    peerRuns.push(performance.now() - t0);
    peerCpu.push(cpuMs(c0));
    t0 = performance.now();
    c0 = process.cpuUsage();
    flagged = 0;
    for (const m of messages) { const level = assessMessage(m).level; if (level === 'medium' || level === 'high') flagged++; }
    detectorRuns.push(performance.now() - t0);
    detectorCpu.push(cpuMs(c0));
  }
  const rate = (ms: number) => +(mb / (ms / 1000)).toFixed(2);
  const peerMs = median(peerRuns);
  const detectorMs = median(detectorRuns);
  console.log(`\n${mb.toFixed(1)} MB, ${messages.length.toLocaleString('en')} messages (90% ordinary chat), median of ${RUNS} runs after one untimed warm-up round of each`);
  console.table({
    'peer: 80 literal RegExps, one after another': { 'MB/s': rate(peerMs), 'total ms': Math.round(peerMs), 'cpu ms': Math.round(median(peerCpu)), flagged: peerFlagged },
    'assessMessage': { 'MB/s': rate(detectorMs), 'total ms': Math.round(detectorMs), 'cpu ms': Math.round(median(detectorCpu)), flagged },
  });
  console.log(`assessMessage is ${(peerMs / detectorMs).toFixed(2)}× the peer's speed (target ≥ 5×)`);
  console.log(`by CPU time: ${(median(peerCpu) / median(detectorCpu)).toFixed(2)}× (load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} cores)`);
  expect(flagged).toBeGreaterThan(0);
});
