# Part 2 of the sixth fresh held-out listing sample (v items), written after part 1 (v000–v597) was labelled and
# committed (e95761b), because part 1 held only 10 core-absolute/disease items: its JD pool is mostly electronics,
# office and kitchen goods. Fixed before any of its items was read.
# Re-runs part 1 (same seed, same exclusions, without the v file it produced) to get the same shuffled JD pool, the same
# "used" titles and the same "seen" set (now holding part 1's items), then takes from
# the JD titles part 1 did not use, in the same shuffled order: every title naming a health-device or personal-care
# product type (nouns below: product types only, no claim words; 理疗/医用/护眼/暖宫-type words are left out on purpose),
# up to 120, then every title naming a food or a cosmetic product type (stricter nouns than part 1's loose lists).
# Usage (from the repo root): python3 test/corpus/listing-fresh-v-sample-part2.py DIR OUT.json, DIR as for part 1.
import json, os, sys
DIR, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'__file__': os.path.join(HERE, 'listing-fresh-v-sample.py')}
sys.argv = [ns['__file__'], DIR, os.devnull]
src = open(ns['__file__'], encoding='utf-8').read()
# part 1 ran before listing-titles-fresh-v.json existed: leave that file out so the re-run gives part 1's 598 items
src = src.replace("glob.glob(os.path.join(HERE, 'listing-titles*.json'))", "[g for g in glob.glob(os.path.join(HERE, 'listing-titles*.json')) if 'fresh-v' not in g]")
assert 'fresh-v' in src
exec(src, ns)
assert len(ns['out']) == 598, len(ns['out'])
pool, used, keep, out = ns['pool'], ns['used'], ns['keep'], ns['out']
start = len(out)
TYPES = [
    ('health-device', 120, '按摩器 按摩仪 按摩椅 按摩枕 护腰 护膝 护颈 艾灸 热敷 颈椎 腰椎 矫正器 矫正带 足疗 足浴 牵引 拔罐 刮痧 血压计 血糖仪 雾化 助听器 轮椅 拐杖 体温计 制氧机 暖贴 护具'),
    ('food', 100, '零食 饼干 坚果 牛奶 大米 巧克力 蜂蜜 月饼 牛肉干 海参 枸杞 红枣 糕点 白酒 葡萄酒 酱油 奶粉 茶叶 咖啡豆'),
    ('cosmetics', 100, '面膜 精华液 面霜 乳液 爽肤水 洗发水 沐浴露 牙膏 口红 防晒霜 洗面奶 眼霜 卸妆 身体乳 护发素'),
]
for name, quota, nouns in TYPES:
    words, k = nouns.split(), 0
    for f, n, t in pool:
        if k == quota: break
        if t in used or not any(w in t for w in words): continue
        used.add(t)
        if keep(dict(src='jd', file=f, n=n, text=t, part='part2:' + name)): k += 1
new = out[start:]
counts = {}
for o in new: counts[o['part']] = counts.get(o['part'], 0) + 1
print(len(new), counts, file=sys.stderr)
json.dump(new, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
