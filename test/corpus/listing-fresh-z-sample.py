# Ninth fresh held-out listing sample (z items), fixed (seed, quotas, source) before any of its items was read.
# Source (public repository, no licence stated; kept as test data only):
#   mz   caichenccb/python-sklean 667e9d5 双十一淘宝美妆数据.csv (unchanged at bd057c6): the saved Tmall Double-11 2016
#        cosmetics set the y set drew from (update_time,id,title,price,sale_count,comment_count,店名; GB18030;
#        27,598 rows, 4,477 distinct titles, 22 flagship stores). Here only the titles y did not draw: every title of
#        every listing file (y's 836 cosmetics titles among them) is excluded with its near-duplicates.
# No second source: no public supplement, health-food or small-shop cosmetics listing set with a citable repository
# turned up in the library within the time allowed.
# Draw: mz distinct titles (first row of each, file order), shuffled with a fixed seed (not y's). Part "store": per
# store (the platform's flagship store = brand, the only category the file gives) the first PER_STORE titles left.
# Part "type": then, in the same shuffled order, titles left whose text names a product type from TYPES (product
# nouns only, no claim words; the first type with quota left takes the title), QUOTA[type] each. Chosen by source,
# store, product type and position only, never by claim words. "Left" means: not an exact or near-duplicate (same
# title key, or title character-trigram Jaccard >= 0.7, the p/w/v/x/y rule) of any item in any
# test/corpus/listing-titles*.json file, nor of an item drawn before it.
# Usage (from the repo root): python3 test/corpus/listing-fresh-z-sample.py DIR OUT.json, DIR holding mz.csv (the CSV,
# as committed). Run once, before listing-titles-fresh-z.json existed; prints counts only.
import csv, glob, json, os, random, sys
DIR, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261209
PER_STORE = 24
TYPES = [
    ('eye', 25, '眼霜 眼部 眼膜 眼精华'),
    ('serum', 25, '精华 肌底液 安瓶'),
    ('mask', 25, '面膜'),
    ('sun', 25, '防晒 隔离'),
    ('cleanser', 20, '洁面 洗面奶 卸妆'),
    ('toner-lotion', 25, '爽肤水 化妆水 柔肤水 精华水 乳液 面霜 保湿霜'),
    ('makeup', 25, '口红 唇膏 唇彩 粉底 气垫 bb cc 睫毛膏 眼线 眉笔 眼影 腮红 粉饼 遮瑕'),
    ('body', 20, '身体 手霜 护手 沐浴 润唇 足'),
    ('men', 20, '男士'),
]
ns = {'sys': sys}
src = open(os.path.join(HERE, 'listing-fresh-p-sample.py'), encoding='utf-8').read()
exec(src.split('seen = Seen()')[0], ns)  # key, grams, Seen (the same near-duplicate rule as p, w, v, x and y)
seen = ns['Seen']()
for f in sorted(glob.glob(os.path.join(HERE, 'listing-titles*.json'))):
    for i in json.load(open(f, encoding='utf-8'))['items']: seen.add(i['text'])
out = []


def keep(item):
    if seen.near(item['text']): return False
    seen.add(item['text']); out.append(item); return True


rows = list(csv.reader(open(os.path.join(DIR, 'mz.csv'), 'rb').read().decode('gb18030').splitlines()))
pool, distinct = [], set()
for line, r in enumerate(rows[1:], start=2):
    t = r[2].strip()
    if t and t not in distinct: distinct.add(t); pool.append(dict(line=line, id=r[1], store=r[6], text=t))
rng = random.Random(SEED)
rng.shuffle(pool)
stores = sorted({p['store'] for p in pool})
for store in stores:
    k = 0
    for p in pool:
        if k == PER_STORE: break
        if p['store'] != store: continue
        if keep(dict(src='mz', line=p['line'], id=p['id'], store=store, text=p['text'], part='store')): k += 1
taken = {t: 0 for t, _, _ in TYPES}
for p in pool:
    low = p['text'].lower()
    for name, quota, nouns in TYPES:
        if taken[name] < quota and any(n in low for n in nouns.split()):
            if keep(dict(src='mz', line=p['line'], id=p['id'], store=p['store'], text=p['text'], part='type-' + name)):
                taken[name] += 1
            break
left = sum(1 for p in pool if not seen.near(p['text']))
counts = {}
for o in out: counts[o['part']] = counts.get(o['part'], 0) + 1
print(len(pool), len(stores), len(out), sorted(counts.items()), 'left (not deduplicated among themselves):', left,
      file=sys.stderr)
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
