# Fifth fresh held-out listing sample (w items), fixed (seed, quotas, sources) before any of its items was read.
# Sources (public repositories; none states a licence; kept as test data only):
#   ab   guluxilin/detection 5116f48 src/data/abnormalPrice.js: a saved 2021 Taobao listing set with the platform category
#        (`sort`). f took every 2nd 百货食品, every 5th 美妆饰品 twice, every 4th 母婴用品 and every 20th of the others; p took
#        every 2nd 美妆饰品 and 母婴用品 left. Here: every 百货食品, 美妆饰品 and 母婴用品 item left, and every 12th item left
#        of each other category (in file order).
#   kl   ITgyw/kaola 998cde5 kaola-api/data/goods.js: a saved goods list of NetEase Kaola (cross-border import shop),
#        every goodsName. New source.
#   ner  allanj/ner_incomplete_annotation a885c29 data/ecommerce/{dev,test,train}.txt: Taobao titles (the d/e/g/p pool),
#        product-type quotas by nouns in the corpus's own HCCX entities, shuffled with a fixed seed; no uniform part.
# Chosen by source, platform category, product type and position, never by claim words.
# "Left" means: not an exact or near-duplicate (same title key, or title character-trigram Jaccard >= 0.7, as in the p
# scripts) of any item in any test/corpus/listing-titles*.json file, nor of an item drawn before it.
# Usage (from the repo root): python3 test/corpus/listing-fresh-w-sample.py DIR OUT.json, DIR holding abnormalPrice.js,
# goods.js, dev.txt, test.txt, train.txt. Run once, before listing-titles-fresh-w.json existed.
import glob, json, os, random, re, sys
DIR, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261205
TYPES = [
    ('supplement', 40, '保健 胶囊 软胶囊 维生素 钙片 钙 鱼油 蛋白粉 益生菌 酵素 口服液 营养 片 丸 燕窝 人参 西洋参 阿胶 蜂胶 玛咖 螺旋藻'),
    ('tea', 20, '茶 花茶 茶叶 代用茶'),
    ('food', 30, '零食 饼干 蜂蜜 奶粉 米 面 油 粉 果 枣 枸杞 饮料 奶 肉 干 糖 酒 醋 酱 坚果 食品 蛋糕 咖啡 麦片'),
    ('cosmetics', 30, '面膜 精华 霜 乳 水 洗发 沐浴 牙膏 口红 香水 防晒 洁面 护肤 化妆 眼影 粉底 精油 皂 洗面奶 卸妆 眼霜 身体乳 护发'),
    ('drug-device', 30, '药 贴 膏 医用 口罩 创可贴 理疗 按摩 治疗 护具 矫正 血压计 体温 针 灸 拔罐 艾'),
    ('baby', 20, '婴儿 宝宝 儿童 孕妇 奶瓶 纸尿裤 尿不湿 辅食 母婴 新生儿'),
]
ns = {'sys': sys}
src = open(os.path.join(HERE, 'listing-fresh-p-sample.py'), encoding='utf-8').read()
exec(src.split('seen = Seen()')[0], ns)  # key, grams, Seen
exec('def read_ner' + src.split('def read_ner')[1].split('# ner: pool')[0], ns)  # read_ner, hccx
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


raw = open(os.path.join(DIR, 'abnormalPrice.js'), encoding='utf-8').read()
ab = [dict(src='ab', id=m.group(1), sort=m.group(2), text=m.group(3).replace("\\'", "'").strip())
      for m in re.finditer(r"'itemId':\s*'([^']*)',\s*'sort':\s*'([^']*)',\s*'itemName':\s*'((?:[^'\\]|\\.)*)'", raw)]
for sort in ('百货食品', '美妆饰品', '母婴用品'):
    out += left([a for a in ab if a['sort'] == sort])
others = []
for a in ab:
    if a['sort'] not in ('百货食品', '美妆饰品', '母婴用品') and a['sort'] not in others: others.append(a['sort'])
for sort in others:
    out += left([a for a in ab if a['sort'] == sort])[::12]
raw = open(os.path.join(DIR, 'goods.js'), encoding='utf-8').read()
kl = [dict(src='kl', id=m.group(1), text=json.loads('"' + m.group(2) + '"').strip())
      for m in re.finditer(r'"goodsId"\s*:\s*"?(\d+)"?[^{}]*?"goodsName"\s*:\s*"((?:[^"\\]|\\.)*)"', raw, re.S)]
if not kl:
    kl = [dict(src='kl', id=str(n), text=json.loads('"' + m.group(1) + '"').strip())
          for n, m in enumerate(re.finditer(r'"goodsName"\s*:\s*"((?:[^"\\]|\\.)*)"', raw))]
out += left(kl)
pool, distinct = [], set()
for split in ('dev', 'test', 'train'):
    for n, (c, t) in enumerate(ns['read_ner'](os.path.join(DIR, f'{split}.txt')), start=1):
        text = ''.join(c)
        if (split == 'test' and n <= 100) or text in distinct: continue
        distinct.add(text); pool.append((split, n, text, ns['hccx'](c, t)))
rng = random.Random(SEED)
rng.shuffle(pool)
used = set()
for name, quota, nouns in TYPES:
    words, k = nouns.split(), 0
    for s, n, x, h in pool:
        if k == quota: break
        if x in used or not any(any(w in e for w in words) for e in h): continue
        used.add(x)
        if not seen.near(x):
            seen.add(x); out.append(dict(src='ner', split=s, n=n, text=x, part='type:' + name)); k += 1
counts = {}
for o in out:
    c = o['src'] + ' ' + o.get('sort', o.get('part', ''))
    counts[c] = counts.get(c, 0) + 1
print(len(ab), len(kl), len(out), counts, file=sys.stderr)
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
