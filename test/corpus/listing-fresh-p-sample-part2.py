# Second part of the fourth fresh held-out listing sample (p items from p629 on), fixed before any of its items was read.
# Added after part 1 (listing-fresh-p-sample.py) was labelled and committed, because part 1 held only 22 items with a core
# absolute term or disease claim; chosen by source, platform category and position, never by claim words. Two pools the
# earlier sets sampled thinly (none of their unsampled items had been read):
#   ms  cheonsoo/MANSOO_LAB 4a270e7 test/test4.js: Taobao item names (mostly Korean cosmetics, 2018) in a saved goods-check
#       log, "name" and "name_prev"; the k set took every 23rd. Here every 4th of the names left.
#   ab  guluxilin/detection 5116f48 src/data/abnormalPrice.js: a saved 2021 Taobao listing set with the platform category
#       (`sort`); the f set took every 5th 美妆饰品 twice and every 4th 母婴用品. Here every 2nd of the 美妆饰品 and
#       母婴用品 items left.
# "Left" means: not an exact or near-duplicate (as in part 1) of any item in a listing file, part 1 included, nor of an
# item drawn before it; positions are counted over the items left, in file order.
# Usage (from the repo root): python3 test/corpus/listing-fresh-p-sample-part2.py DIR OUT.json, DIR holding test4.js and
# abnormalPrice.js. Run once, after part 1's labels were committed in listing-titles-fresh-p.json.
import glob, json, os, re, sys
DIR, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'sys': sys}
exec(open(os.path.join(HERE, 'listing-fresh-p-sample.py'), encoding='utf-8').read().split('seen = Seen()')[0], ns)
seen = ns['Seen']()
for f in sorted(glob.glob('test/corpus/listing-titles*.json')):
    for i in json.load(open(f, encoding='utf-8'))['items']: seen.add(i['text'])
out = []


def left(candidates):
    res = []
    for c in candidates:
        if seen.near(c['text']): continue
        seen.add(c['text']); res.append(c)
    return res


raw = open(os.path.join(DIR, 'test4.js'), encoding='utf-8').read()
ms = []
for rec in re.finditer(r'\{[^{}]*"request_url"[^{}]*\}', raw):
    body = rec.group(0); iid = re.search(r'"id"\s*:\s*([0-9.]+)', body)
    for fld in ('name', 'name_prev'):
        m = re.search(r'"' + fld + r'"\s*:\s*"((?:[^"\\]|\\.)*)"', body)
        if m: ms.append(dict(src='ms', id=iid.group(1).split('.')[0] if iid else '', field=fld, text=json.loads('"' + m.group(1) + '"').strip()))
out += left(ms)[::4]
raw = open(os.path.join(DIR, 'abnormalPrice.js'), encoding='utf-8').read()
ab = [dict(src='ab', id=m.group(1), sort=m.group(2), text=m.group(3).replace("\\'", "'").strip())
      for m in re.finditer(r"'itemId':\s*'([^']*)',\s*'sort':\s*'([^']*)',\s*'itemName':\s*'((?:[^'\\]|\\.)*)'", raw)]
for sort in ('美妆饰品', '母婴用品'):
    out += left([a for a in ab if a['sort'] == sort])[::2]
counts = {}
for o in out: counts[o['src'] + ' ' + o.get('sort', '')] = counts.get(o['src'] + ' ' + o.get('sort', ''), 0) + 1
print(len(ms), len(ab), len(out), counts, file=sys.stderr)
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
