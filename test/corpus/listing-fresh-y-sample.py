# Eighth fresh held-out listing sample (y items), fixed (seed, quotas, sources) before any of its items was read.
# Sources (public repositories, no licence stated; kept as test data only). Neither was used by an earlier set:
#   mz   caichenccb/python-sklean 667e9d5 双十一淘宝美妆数据.csv (blob 0a2c7fb, unchanged at bd057c6): a saved Tmall
#        Double-11 2016 cosmetics set, one row per item and day (update_time,id,title,price,sale_count,comment_count,
#        店名), GB18030-encoded; 27,598 rows, 3,497 item ids, 4,477 distinct titles over 22 flagship stores (店名).
#        The cosmetics source the held-out sets lacked.
#   tm   TuTuTu2333/html-css-js 97098b4 天猫数据渲染/data.js: 59 Tmall snack and food listings (productName,
#        ShopName) saved from a 2020 Tmall search page. The food source.
# Draw: mz distinct titles (first row of each, file order), shuffled with a fixed seed; from the shuffle, per store
# (the platform's flagship store = brand, the only category the file gives) the first PER_STORE titles left; then
# every tm listing left, in file order. Chosen by source, store and position only, never by claim words.
# "Left" means: not an exact or near-duplicate (same title key, or title character-trigram Jaccard >= 0.7, the
# p/w/v/x rule) of any item in any test/corpus/listing-titles*.json file, nor of an item drawn before it. The mz set
# repeats each item over eleven days with small title edits, so the near-duplicate rule also keeps one per item.
# Usage (from the repo root): python3 test/corpus/listing-fresh-y-sample.py DIR OUT.json, DIR holding mz.csv (the
# CSV, as committed) and tm.js (data.js). Run once, before listing-titles-fresh-y.json existed; prints counts only.
import csv, glob, json, os, random, re, sys
DIR, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261208
PER_STORE = 28
ns = {'sys': sys}
src = open(os.path.join(HERE, 'listing-fresh-p-sample.py'), encoding='utf-8').read()
exec(src.split('seen = Seen()')[0], ns)  # key, grams, Seen (the same near-duplicate rule as p, w, v and x)
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
lines = open(os.path.join(DIR, 'tm.js'), encoding='utf-8').read().split('\n')
shop = None
for n in range(len(lines) - 1, -1, -1):  # each listing's ShopName follows its productName
    m = re.search(r'"ShopName":\s*"([^"]*)"', lines[n])
    if m: shop = m.group(1)
    m = re.search(r'"productName":\s*"([^"]*)"', lines[n])
    if m: lines[n] = (n + 1, m.group(1).strip(), shop)
tm = [x for x in lines if isinstance(x, tuple)]
for n, t, s in sorted(tm):
    keep(dict(src='tm', line=n, store=s, text=t, part='all'))
counts = {}
for o in out:
    c = o['src'] + ' ' + o['part']
    counts[c] = counts.get(c, 0) + 1
print(len(pool), len(stores), len(tm), len(out), sorted(counts.items()), file=sys.stderr)
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
