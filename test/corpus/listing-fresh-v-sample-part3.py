# Part 3 of the sixth fresh held-out listing sample (v items), written after parts 1–2 (v000–v786) were labelled and
# committed (521500b): they held only 17 must-find items and 46 food items, none of them from a food shop. Fixed before
# any of its items was read (while the source was judged, one 保健酒 and two snack titles were shown; they are kept).
# Source: Lrd6dyb/wx a4c6562 wx_01/server/db_store/*.sql — the seed data of a 2019 fresh-food delivery mini-program
# (每日优鲜-style: snacks, dairy, grain and oil, fruit, vegetables, seafood, breakfast, wines and spirits, 保健酒, household
# goods) whose `title` values are copied Tmall/JD listing titles. No licence stated; kept as test data only.
# Rule: every distinct title of every db_store file except `all - 副本.sql` (a copy of all.sql), files in name order,
# rows in file order; the same exclusion as parts 1–2 (exact or near-duplicate of any item of any listing file,
# including parts 1–2 of this set, or of an item drawn before it). Chosen by source only, never by claim words.
# Usage (from the repo root): python3 test/corpus/listing-fresh-v-sample-part3.py DIR OUT.json, DIR holding the
# db_store .sql files.
import glob, json, os, re, sys
DIR, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'sys': sys}
src = open(os.path.join(HERE, 'listing-fresh-p-sample.py'), encoding='utf-8').read()
exec(src.split('seen = Seen()')[0], ns)  # key, grams, Seen (the near-duplicate rule of p, w and v)
seen = ns['Seen']()
for f in sorted(glob.glob(os.path.join(HERE, 'listing-titles*.json'))):
    for i in json.load(open(f, encoding='utf-8'))['items']: seen.add(i['text'])
# tables that hold category labels, navigation, banners or users, not goods (fixed before any item was read: the first
# run printed 51 mryx_type and 12 mryx_index_nav rows among its counts, the second 5 mryx_jiu_type rows)
NOT_GOODS = {'mryx_type', 'mryx_jiu_type', 'mryx_index_nav', 'mryx_home_carousel', 'mryx_user', 'mryx_shop_cart'}
out = []
for path in sorted(glob.glob(os.path.join(DIR, '*.sql'))):
    name = os.path.basename(path)
    if '副本' in name: continue
    for n, line in enumerate(open(path, encoding='utf-8'), start=1):
        for m in re.finditer(r"INSERT INTO (\w+) VALUES\s*\(\s*null\s*,\s*'((?:[^'\\]|\\.)*)'", line, re.I):
            if m.group(1).lower() in NOT_GOODS: continue
            text = m.group(2).replace("\\'", "'").strip()
            if not text or seen.near(text): continue
            seen.add(text); out.append(dict(src='wx', file=name, line=n, table=m.group(1), text=text))
counts = {}
for o in out: counts[o['file']] = counts.get(o['file'], 0) + 1
print(len(out), counts, file=sys.stderr)
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
