# Second part of the fresh held-out listing sample (g items from g412 on), fixed before any of its items was read.
# Added after the first part (listing-fresh-g-sample.py) was labelled and committed, because that part held only 15 items
# with a core absolute term or disease claim; chosen by platform category and position, never by claim words.
# Source: shopping-APP/shop_APP shop-app/src/assets/js/indexlistdata{2..15}.js (saved 2019 大淘客 coupon-site lists, the
# files the h set did not use; indexlistdata2/3 at e02ee7b, the rest at 1d5e6c2), text = title｜miaoshu (the listing title
# and its selling-point paragraph). Platform category `cid`: 2 母婴, 3 美妆, 4 居家日用, 6 美食 taken whole, every other
# category every 2nd (positions counted per cid over the files in numeric order, repeated titles and titles already in a
# listing file dropped first; the 14 files repeat many items, leaving 259 distinct).
# Usage (from the repo root): python3 test/corpus/listing-fresh-g-sample-part2.py DIR OUT.json, DIR holding the 14 files.
import glob, json, os, re, sys
DIR, OUT = sys.argv[1], sys.argv[2]
WHOLE = {2, 3, 4, 6}
items = [i for f in glob.glob('test/corpus/listing-titles*.json') for i in json.load(open(f))['items']]
used_titles = {i['text'].split('｜')[0].strip() for i in items}
used_texts = {i['text'] for i in items}
seen, by_cid = set(), {}
for k in range(2, 16):
    raw = open(os.path.join(DIR, f'indexlistdata{k}.js'), encoding='utf-8').read()
    body = re.sub(r',\s*([}\]])', r'\1', raw[raw.index('{', raw.index('var data')):raw.rindex('}') + 1])  # JS trailing commas
    data = json.loads(body)
    for it in data['data']:
        title, desc = it['title'].strip(), (it.get('miaoshu') or '').strip()
        if title in seen or title in used_titles: continue
        seen.add(title)
        by_cid.setdefault(int(it['cid']), []).append(dict(file=f'indexlistdata{k}.js', goods=str(it.get('goodsid') or it.get('id')), cid=int(it['cid']),
                                                          text=title + ('｜' + desc if desc else '')))
out = []
for cid in sorted(by_cid):
    step = 1 if cid in WHOLE else 2
    out += [x for n, x in enumerate(by_cid[cid]) if n % step == 0 and x['text'] not in used_texts]
print({c: sum(1 for o in out if o['cid'] == c) for c in sorted(by_cid)}, len(out), file=sys.stderr)
json.dump(out, open(OUT, 'w'), ensure_ascii=False, indent=0)
