# Held-out z, part 2 (z730 on), fixed before any of its items was read. Added after part 1 (listing-fresh-z-sample.py,
# labels dd0fab8) held only 4 core absolute or disease items in 730, all on uncertain readings: the same Tmall Double-11
# cosmetics pool, the same seeded shuffle (20261209), and per store the next PER_STORE titles left, i.e. titles that are
# neither in any listing file (part 1 included, since its labels are committed in listing-titles-fresh-z.json; y too)
# nor near-duplicates of one (the same rule), taken in store order. Chosen by store and position only, never by claim
# words. Usage as part 1 (DIR holding mz.csv); run once; prints counts only.
import csv, glob, json, os, random, sys
DIR, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261209
PER_STORE = 7
ns = {'sys': sys}
src = open(os.path.join(HERE, 'listing-fresh-p-sample.py'), encoding='utf-8').read()
exec(src.split('seen = Seen()')[0], ns)
seen = ns['Seen']()
for f in sorted(glob.glob(os.path.join(HERE, 'listing-titles*.json'))):
    for i in json.load(open(f, encoding='utf-8'))['items']: seen.add(i['text'])
out = []
rows = list(csv.reader(open(os.path.join(DIR, 'mz.csv'), 'rb').read().decode('gb18030').splitlines()))
pool, distinct = [], set()
for line, r in enumerate(rows[1:], start=2):
    t = r[2].strip()
    if t and t not in distinct: distinct.add(t); pool.append(dict(line=line, id=r[1], store=r[6], text=t))
rng = random.Random(SEED)
rng.shuffle(pool)  # the same order as part 1
left = {}
for store in sorted({p['store'] for p in pool}):
    k = 0
    for p in pool:
        if p['store'] != store or seen.near(p['text']): continue
        if k < PER_STORE:
            seen.add(p['text']); out.append(dict(src='mz', line=p['line'], id=p['id'], store=store, text=p['text'], part='store-2')); k += 1
        else: left[store] = left.get(store, 0) + 1
print(len(pool), len(out), 'titles left after part 2 (near-deduplicated among themselves):', sum(left.values()), file=sys.stderr)
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
