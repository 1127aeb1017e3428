# Tenth fresh held-out listing sample (u items), fixed (seed, quota, source) before any of its items was read.
# Source (public repository, no licence stated; kept as test data only):
#   mz   caichenccb/python-sklean 667e9d5 双十一淘宝美妆数据.csv (unchanged at bd057c6): the saved Tmall Double-11 2016
#        cosmetics set y and z drew from. Here only the titles neither drew: every title of every listing file (y's and
#        z's among them, z now in listing-titles.json) is excluded with its near-duplicates.
# No second source was looked for (the brief: ~2,320 titles of this pool are left after z).
# Draw: mz distinct titles (first row of each, file order), shuffled with a fixed seed (not y's or z's); per store
# (the flagship store = brand, the only category the file gives) the first PER_STORE titles left, in store order.
# Chosen by source, store and position only, never by claim words or product type. "Left" means: not an exact or
# near-duplicate (same title key, or title character-trigram Jaccard >= 0.7, the p/w/v/x/y/z rule) of any item in any
# test/corpus/listing-titles*.json file, nor of an item drawn before it.
# Usage (from the repo root): python3 test/corpus/listing-fresh-u-sample.py DIR OUT.json, DIR holding mz.csv (the CSV,
# as committed). Run once, before listing-titles-fresh-u.json held items; prints counts only.
import csv, glob, json, os, random, sys
DIR, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261210
PER_STORE = 33
ns = {'sys': sys}
src = open(os.path.join(HERE, 'listing-fresh-p-sample.py'), encoding='utf-8').read()
exec(src.split('seen = Seen()')[0], ns)  # key, grams, Seen (the same near-duplicate rule as p, w, v, x, y and z)
seen = ns['Seen']()
for f in sorted(glob.glob(os.path.join(HERE, 'listing-titles*.json'))):
    for i in json.load(open(f, encoding='utf-8'))['items']: seen.add(i['text'])
rows = list(csv.reader(open(os.path.join(DIR, 'mz.csv'), 'rb').read().decode('gb18030').splitlines()))
pool, distinct = [], set()
for line, r in enumerate(rows[1:], start=2):
    t = r[2].strip()
    if t and t not in distinct: distinct.add(t); pool.append(dict(line=line, id=r[1], store=r[6], text=t))
rng = random.Random(SEED)
rng.shuffle(pool)
out, per = [], {}
for store in sorted({p['store'] for p in pool}):
    k = 0
    for p in pool:
        if k == PER_STORE: break
        if p['store'] != store or seen.near(p['text']): continue
        seen.add(p['text']); out.append(dict(src='mz', line=p['line'], id=p['id'], store=store, text=p['text'])); k += 1
    per[store] = k
left = sum(1 for p in pool if not seen.near(p['text']))
print(len(pool), len(per), len(out), 'stores short of', PER_STORE, ':', sum(1 for v in per.values() if v < PER_STORE),
      'left (not deduplicated among themselves):', left, file=sys.stderr)
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
