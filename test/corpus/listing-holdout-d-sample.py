# Second held-out listing sample (d items) from the e-commerce NER corpus: dev, test and the train titles not used before; seed fixed before reading.
# Usage (from the repo root): python3 test/corpus/listing-holdout-d-sample.py DIR OUT.json, DIR holding dev.txt, test.txt and train.txt
# of allanj/ner_incomplete_annotation a885c29 data/ecommerce/. Run once, before listing-titles-holdout.json had any d items.
import random, json, sys
NOUNS = "茶 酒 蜂蜜 奶粉 米 面 油 粉 片 胶囊 零食 饼干 果 枣 枸杞 燕窝 人参 维生素 钙 鱼油 蛋白 酵素 饮料 奶 肉 干 膏 丸 面膜 精华 霜 乳 水 洗发 沐浴 牙膏 口红 香水 防晒 洁面 护肤 化妆 眼影 粉底 精油 皂".split()
def read(path):
    sents, chars, tags = [], [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\r\n')
        if not line.strip():
            if chars: sents.append((chars, tags)); chars, tags = [], []
            continue
        c, t = line.rsplit(' ', 1) if ' ' in line.strip() else (line, 'O')
        chars.append(c); tags.append(t)
    if chars: sents.append((chars, tags))
    return sents
def hccx(chars, tags):
    out, cur = [], None
    for c, t in zip(chars, tags):
        if t == 'B-HCCX': cur = [c]; out.append(cur)
        elif t == 'I-HCCX' and cur is not None: cur.append(c)
        else: cur = None
    return [''.join(x) for x in out]
import json as _j
used = {i['text'] for f in ('listing-titles-holdout.json','listing-titles.json') for i in _j.load(open('test/corpus/'+f))['items'] if not i['id'].startswith('d')}
pool, seen = [], set(used)
for split in ('dev', 'test', 'train'):
    for n, (c, t) in enumerate(read(f'/tmp/h19b_{split}.txt'), start=1):
        text = ''.join(c)
        if split == 'test' and n <= 100: continue  # the test split's first ~60 titles were glanced at earlier
        if text in seen: continue
        seen.add(text); pool.append((split, n, text, hccx(c, t)))
rng = random.Random(20261202)
rng.shuffle(pool)
uni, rest = pool[:200], pool[200:]
typed = [p for p in rest if any(any(w in h for w in NOUNS) for h in p[3])][:220]
print(len(pool), len(uni), len(typed), file=sys.stderr)
out = [dict(split=s, n=n, text=x, part='uniform') for s, n, x, _ in uni] + [dict(split=s, n=n, text=x, part='typed') for s, n, x, _ in typed]
json.dump(out, open(sys.argv[2], 'w'), ensure_ascii=False, indent=0)
