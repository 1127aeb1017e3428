# Fourth fresh held-out listing sample (p items), fixed (seed, quotas, sources) before any of its items was read.
# Sources (public repositories; none states a licence; kept as test data only):
#   ner  allanj/ner_incomplete_annotation a885c29 data/ecommerce/{dev,test,train}.txt: Taobao titles, one char per line + BIO tag
#        (the pool the d, e and g sets drew from; every title already in a listing file is excluded)
#   jk   majiaxue/jikehui 9b30feb module_home/src/main/java/com/example/bean/{GoodChoice,HotRecommend,VideoRec,GoodGoods,Rests}Bean.java:
#        saved 2019 haodanku coupon-list answers, itemtitle + itemdesc (the g set's parser only read RestsBean's items)
#   zx   yuanchongzhang/zaixianjiaoyu 7837ec1 app/src/main/java/com/project/zaixianjiaoyu/model/ShangPin.java:
#        a saved 2017 haodanku answer, itemtitle + itemdesc
#   pop  shopping-APP/shop_APP 79e4a19 shop-app/src/assets/js/popularlist.js: a saved 2019 大淘客 list, title + d_title
#        (a file no set used)
#   idx  shopping-APP/shop_APP shop-app/src/assets/js/indexlistdata{2..15}.js (2, 3 at e02ee7b; the rest at 1d5e6c2):
#        the 大淘客 lists the g set sampled by cid; here every item it left, title + miaoshu
# Chosen by source, platform category, product type and position, never by claim words.
# Usage (from the repo root): python3 test/corpus/listing-fresh-p-sample.py DIR OUT.json, DIR holding dev.txt test.txt
# train.txt, jk_<Name>Bean.java, zx_ShangPin.java, popularlist.js and indexlistdata2.js … indexlistdata15.js.
# Run once, before listing-titles-fresh-p.json existed. Every item already in a listing file (any set) is excluded, exact or
# near-duplicate (same title after dropping punctuation and case, or title character-trigram Jaccard >= 0.7), and so is
# any near-duplicate of an item already drawn.
import glob, json, os, random, re, sys
DIR, OUT = sys.argv[1], sys.argv[2]
SEED = 20261204
UNIFORM = 50
# Product types by nouns in the NER corpus's own product-type entities (HCCX), quota each; order decides ties.
TYPES = [
    ('supplement', 80, '保健 胶囊 软胶囊 维生素 钙片 钙 鱼油 蛋白粉 益生菌 酵素 口服液 营养 片 丸 燕窝 人参 西洋参 阿胶 蜂胶 玛咖 螺旋藻'),
    ('tea', 40, '茶 花茶 茶叶 代用茶'),
    ('food', 60, '零食 饼干 蜂蜜 奶粉 米 面 油 粉 果 枣 枸杞 饮料 奶 肉 干 糖 酒 醋 酱 坚果 食品 蛋糕 咖啡 麦片'),
    ('cosmetics', 80, '面膜 精华 霜 乳 水 洗发 沐浴 牙膏 口红 香水 防晒 洁面 护肤 化妆 眼影 粉底 精油 皂 洗面奶 卸妆 眼霜 身体乳 护发'),
    ('drug-device', 40, '药 贴 膏 医用 口罩 创可贴 理疗 按摩 治疗 护具 矫正 血压计 体温 针 灸 拔罐 艾'),
    ('baby', 30, '婴儿 宝宝 儿童 孕妇 奶瓶 纸尿裤 尿不湿 辅食 母婴 新生儿'),
]


def key(text):
    return re.sub(r'[^0-9a-z\u4e00-\u9fff]', '', text.split('｜')[0].lower())


def grams(k):
    return {k[i:i + 3] for i in range(max(len(k) - 2, 1))}


class Seen:
    """Exact and near-duplicate filter over the title part of every item kept so far."""
    def __init__(self):
        self.keys, self.index, self.sets = set(), {}, []

    def near(self, text):
        k = key(text)
        if not k or k in self.keys: return True
        g = grams(k); hits = {}
        for t in g:
            for j in self.index.get(t, ()): hits[j] = hits.get(j, 0) + 1
        return any(n / len(g | self.sets[j]) >= 0.7 for j, n in hits.items())

    def add(self, text):
        k = key(text); g = grams(k); self.keys.add(k); self.sets.append(g)
        for t in g: self.index.setdefault(t, []).append(len(self.sets) - 1)


seen = Seen()
for f in sorted(glob.glob('test/corpus/listing-titles*.json')):
    for i in json.load(open(f, encoding='utf-8'))['items']: seen.add(i['text'])
out = []


def take(item):
    if seen.near(item['text']): return False
    seen.add(item['text']); out.append(item); return True


def read_ner(path):
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
    res, cur = [], None
    for c, t in zip(chars, tags):
        if t == 'B-HCCX': cur = [c]; res.append(cur)
        elif t == 'I-HCCX' and cur is not None: cur.append(c)
        else: cur = None
    return [''.join(x) for x in res]


# ner: pool in order dev, test, train (test's first 100 skipped, as for d and g), distinct, shuffled with a fixed seed.
pool, distinct = [], set()
for split in ('dev', 'test', 'train'):
    for n, (c, t) in enumerate(read_ner(os.path.join(DIR, f'{split}.txt')), start=1):
        text = ''.join(c)
        if (split == 'test' and n <= 100) or text in distinct: continue
        distinct.add(text); pool.append((split, n, text, hccx(c, t)))
rng = random.Random(SEED)
rng.shuffle(pool)
used, k = set(), 0
for s, n, x, _ in pool:
    if k == UNIFORM: break
    used.add(x)
    if take(dict(src='ner', split=s, n=n, text=x, part='uniform')): k += 1
for name, quota, nouns in TYPES:
    words, k = nouns.split(), 0
    for s, n, x, h in pool:
        if k == quota: break
        if x in used or not any(any(w in e for w in words) for e in h): continue
        used.add(x)
        if take(dict(src='ner', split=s, n=n, text=x, part='type:' + name)): k += 1


def unescape(s):
    try: return json.loads('"' + s + '"')
    except ValueError: return s


def field(obj, name):
    m = re.search(r'"' + name + r'"\s*:\s*"((?:[^"\\]|\\.)*)"', obj)
    return unescape(m.group(1)).strip() if m else ''


def flat_objects(raw, name):
    return [m.group(0) for m in re.finditer(r'\{[^{}]*"' + name + r'"[^{}]*\}', raw)]


# jk and zx: every item of each saved answer, in file order; text = title｜selling point.
for src, pattern, title_f, desc_f in (('jk', 'jk_*Bean.java', 'itemtitle', 'itemdesc'), ('zx', 'zx_*.java', 'itemtitle', 'itemdesc'),
                                      ('pop', 'popularlist.js', 'title', 'd_title')):
    for path in sorted(glob.glob(os.path.join(DIR, pattern))):
        for pos, obj in enumerate(flat_objects(open(path, encoding='utf-8').read(), title_f)):
            title, desc = field(obj, title_f), field(obj, desc_f)
            if not title: continue
            item = dict(src=src, file=os.path.basename(path).split('_', 1)[-1] if src != 'pop' else 'popularlist.js', pos=pos,
                        itemid=field(obj, 'itemid') or field(obj, 'id'), cat=field(obj, 'fqcat'),
                        text=title + ('｜' + desc if desc else ''), part='all')
            take(item)
# idx: every item of the 14 lists not already in a listing file, files in numeric order.
for k in range(2, 16):
    raw = open(os.path.join(DIR, f'indexlistdata{k}.js'), encoding='utf-8').read()
    body = re.sub(r',\s*([}\]])', r'\1', raw[raw.index('{', raw.index('var data')):raw.rindex('}') + 1])
    for it in json.loads(body)['data']:
        title, desc = it['title'].strip(), (it.get('miaoshu') or '').strip()
        take(dict(src='idx', file=f'indexlistdata{k}.js', itemid=str(it.get('goodsid') or it.get('id')), cat=str(it['cid']),
                  text=title + ('｜' + desc if desc else ''), part='left by g'))
counts = {}
for o in out: counts[o['src'] + ' ' + o['part']] = counts.get(o['src'] + ' ' + o['part'], 0) + 1
print(len(pool), len(out), counts, file=sys.stderr)
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
