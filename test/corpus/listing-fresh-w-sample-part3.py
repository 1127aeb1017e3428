# Third part of the fifth fresh held-out listing sample (w items from w595 on), fixed before any of its items was read.
# Added after parts 1 and 2 were labelled and committed (337fb57), because they held only 9 items with a core absolute
# term or disease claim (460 of 595 items general goods). Chosen by source and position, never by claim words:
#   ms  cheonsoo/MANSOO_LAB 4a270e7 test/test4.js: Taobao item names (mostly Korean cosmetics, 2018) in a saved goods-check
#       log, "name" and "name_prev", parsed as in listing-fresh-p-sample-part2.py; k took every 23rd, p every 4th of the
#       rest. Here every 3rd of the names left, in file order.
# "Left" means: not an exact or near-duplicate (as in the p scripts) of any item in a listing file (fresh-w included), nor
# of an item drawn before it.
# Usage (from the repo root): python3 test/corpus/listing-fresh-w-sample-part3.py DIR OUT.json, DIR holding test4.js.
import glob, json, os, re, sys
DIR, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'sys': sys}
exec(open(os.path.join(HERE, 'listing-fresh-p-sample.py'), encoding='utf-8').read().split('seen = Seen()')[0], ns)
seen = ns['Seen']()
for f in sorted(glob.glob('test/corpus/listing-titles*.json')):
    for i in json.load(open(f, encoding='utf-8'))['items']: seen.add(i['text'])
raw = open(os.path.join(DIR, 'test4.js'), encoding='utf-8').read()
ms = []
for rec in re.finditer(r'\{[^{}]*"request_url"[^{}]*\}', raw):
    body = rec.group(0); iid = re.search(r'"id"\s*:\s*([0-9.]+)', body)
    for fld in ('name', 'name_prev'):
        m = re.search(r'"' + fld + r'"\s*:\s*"((?:[^"\\]|\\.)*)"', body)
        if m: ms.append(dict(src='ms', id=iid.group(1).split('.')[0] if iid else '', field=fld, text=json.loads('"' + m.group(1) + '"').strip()))
left = []
for c in ms:
    if seen.near(c['text']): continue
    seen.add(c['text']); left.append(c)
out = left[::3]
print(len(ms), len(left), len(out), file=sys.stderr)
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
