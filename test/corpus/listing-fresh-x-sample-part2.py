# Part 2 of the seventh fresh held-out listing sample (x items), written after part 1's dry run printed only its counts
# (365 items; no item read): the JD pool left by v had only 15 personal-care titles and ran out of health-device and
# food titles below their quotas, so part 1 alone is short of 400. Fixed before any item of either part was read.
# Re-runs part 1 (same seed, same exclusions) to get the same shuffled pool, "used" titles and "seen" set, then takes
# every 2nd title of train_500 (source t5) that part 1 did not use, in file order (positions only, no words).
# Usage (from the repo root): python3 test/corpus/listing-fresh-x-sample-part2.py DIR OUT.json, DIR as for part 1.
import json, os, sys
DIR, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'__file__': os.path.join(HERE, 'listing-fresh-x-sample.py')}
sys.argv = [ns['__file__'], DIR, os.devnull]
src = open(ns['__file__'], encoding='utf-8').read()
# part 1 ran before listing-titles-fresh-x.json existed: leave that file out so the re-run gives part 1's 365 items
src = src.replace("glob.glob(os.path.join(HERE, 'listing-titles*.json'))", "[g for g in glob.glob(os.path.join(HERE, 'listing-titles*.json')) if 'fresh-x' not in g]")
assert 'fresh-x' in src
exec(src, ns)
assert len(ns['out']) == 365, len(ns['out'])
pool, used, keep, out = ns['pool'], ns['used'], ns['keep'], ns['out']
start = len(out)
left = sorted(((n, t) for s, f, n, t in pool if s == 't5' and t not in used), key=lambda x: x[0])
for n, t in left[::2]:
    used.add(t)
    keep(dict(src='t5', file='train_500', n=n, text=t, part='part2:every-2nd'))
new = out[start:]
print(len(left), len(new), file=sys.stderr)
json.dump(new, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
