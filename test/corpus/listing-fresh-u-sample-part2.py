# Held-out u, part 2 (u628 on), fixed before any of its items was read. Added after part 1 (listing-fresh-u-sample.py,
# labels 2118a13) held no core absolute or disease item in 628: the same pool and seeded shuffle (20261210), then titles
# left that name a product type, by product nouns only (z's types; no claim words), QUOTA each, the first type with
# quota left taking a title. "Left": in no listing file (part 1 included, through its committed labels) and no near-
# duplicate of one (the same rule). Chosen by product type and position only. Usage as part 1; run once; counts only.
import csv, glob, json, os, random, sys
DIR, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261210
TYPES = [
    ('eye', 20, '眼霜 眼部 眼膜 眼精华'),
    ('serum', 15, '精华 肌底液 安瓶'),
    ('mask', 15, '面膜'),
    ('sun', 15, '防晒 隔离'),
    ('cleanser', 10, '洁面 洗面奶 卸妆'),
    ('toner-lotion', 15, '爽肤水 化妆水 柔肤水 精华水 乳液 面霜 保湿霜'),
    ('makeup', 20, '口红 唇膏 唇彩 粉底 气垫 bb cc 睫毛膏 眼线 眉笔 眼影 腮红 粉饼 遮瑕'),
    ('body', 20, '身体 手霜 护手 沐浴 润唇 足'),
    ('men', 15, '男士'),
]
ns = {'sys': sys}
src = open(os.path.join(HERE, 'listing-fresh-p-sample.py'), encoding='utf-8').read()
exec(src.split('seen = Seen()')[0], ns)
seen = ns['Seen']()
for f in sorted(glob.glob(os.path.join(HERE, 'listing-titles*.json'))):
    for i in json.load(open(f, encoding='utf-8'))['items']: seen.add(i['text'])
rows = list(csv.reader(open(os.path.join(DIR, 'mz.csv'), 'rb').read().decode('gb18030').splitlines()))
pool, distinct = [], set()
for line, r in enumerate(rows[1:], start=2):
    t = r[2].strip()
    if t and t not in distinct: distinct.add(t); pool.append(dict(line=line, id=r[1], store=r[6], text=t))
rng = random.Random(SEED)
rng.shuffle(pool)  # the same order as part 1
out, taken = [], {t: 0 for t, _, _ in TYPES}
for p in pool:
    low = p['text'].lower()
    for name, quota, nouns in TYPES:
        if taken[name] < quota and any(n in low for n in nouns.split()):
            if not seen.near(p['text']):
                seen.add(p['text']); taken[name] += 1
                out.append(dict(src='mz', line=p['line'], id=p['id'], store=p['store'], text=p['text'], part='type-' + name))
            break
print(len(pool), len(out), sorted(taken.items()), file=sys.stderr)
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
