# Fresh held-out listing sample (g items), fixed (seed and quotas) before any of its titles was read.
# Three public sources:
#   ner  allanj/ner_incomplete_annotation a885c29 data/ecommerce/{dev,test,train}.txt — Taobao titles, one char per line + BIO tag
#   jk   majiaxue/jikehui 9b30feb module_home/src/main/java/com/example/bean/*Bean.java — saved 2019 Taobao coupon-list
#        API answers (itemtitle + itemdesc, the listing title and its selling-point paragraph)
#   ll   1621426632yh/LoveLiness 605322e moke/data/sortData/sorts/index.js — cosmetics listing names from Vipshop/Tmall/JD
# Usage (from the repo root): python3 test/corpus/listing-fresh-g-sample.py DIR OUT.json, DIR holding dev.txt test.txt train.txt,
# jk_<Name>Bean.java (git show of the five bean files) and ll_sorts.js. Run once, before listing-titles-fresh.json existed.
# Every text already in a listing file (any set) is excluded; duplicates dropped.
import glob, json, os, random, re, sys
DIR, OUT = sys.argv[1], sys.argv[2]
# Product types, by nouns in the corpus's own product-type entities (HCCX), with a quota each; order decides ties.
TYPES = [
    ('supplement', 45, '保健 胶囊 软胶囊 维生素 钙片 钙 鱼油 蛋白粉 益生菌 酵素 口服液 营养 片 丸 燕窝 人参 西洋参 阿胶 蜂胶 玛咖 螺旋藻'),
    ('tea', 25, '茶 花茶 茶叶 代用茶'),
    ('food', 45, '零食 饼干 蜂蜜 奶粉 米 面 油 粉 果 枣 枸杞 饮料 奶 肉 干 糖 酒 醋 酱 坚果 食品 蛋糕 咖啡 麦片'),
    ('cosmetics', 45, '面膜 精华 霜 乳 水 洗发 沐浴 牙膏 口红 香水 防晒 洁面 护肤 化妆 眼影 粉底 精油 皂 洗面奶 卸妆 眼霜 身体乳 护发'),
    ('drug-device', 30, '药 贴 膏 医用 口罩 创可贴 理疗 按摩 治疗 护具 矫正 血压计 体温 针 灸 拔罐 艾'),
    ('baby', 25, '婴儿 宝宝 儿童 孕妇 奶瓶 纸尿裤 尿不湿 辅食 母婴 新生儿'),
]
UNIFORM = 80

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
    out, cur = [], None
    for c, t in zip(chars, tags):
        if t == 'B-HCCX': cur = [c]; out.append(cur)
        elif t == 'I-HCCX' and cur is not None: cur.append(c)
        else: cur = None
    return [''.join(x) for x in out]

def unescape(s):
    try: return json.loads('"' + s + '"')
    except ValueError: return s

used = {i['text'] for f in glob.glob('test/corpus/listing-titles*.json') for i in json.load(open(f))['items']}
seen = set(used)
out = []
# ner: pool in order dev, test, train (test's first 100 skipped: glanced at earlier), shuffled with a fixed seed.
pool = []
for split in ('dev', 'test', 'train'):
    for n, (c, t) in enumerate(read_ner(os.path.join(DIR, f'{split}.txt')), start=1):
        text = ''.join(c)
        if split == 'test' and n <= 100: continue
        if text in seen: continue
        seen.add(text); pool.append((split, n, text, hccx(c, t)))
rng = random.Random(20261203)
rng.shuffle(pool)
for s, n, x, _ in pool[:UNIFORM]: out.append(dict(src='ner', split=s, n=n, text=x, part='uniform'))
taken = {p[2] for p in pool[:UNIFORM]}
for name, quota, nouns in TYPES:
    words = nouns.split(); k = 0
    for s, n, x, h in pool[UNIFORM:]:
        if k == quota: break
        if x in taken or not any(any(w in e for w in words) for e in h): continue
        out.append(dict(src='ner', split=s, n=n, text=x, part='type:' + name)); taken.add(x); k += 1
# jk: every item of the five saved answers, in file order; text = title｜selling point.
for path in sorted(glob.glob(os.path.join(DIR, 'jk_*Bean.java'))):
    raw = open(path, encoding='utf-8').read()
    for seg in raw.split('{"itemid":"')[1:]:
        iid = seg.split('"', 1)[0]
        title = re.search(r'"itemtitle":"(.*?)","', seg); desc = re.search(r'"itemdesc":"(.*?)","', seg)
        if not title: continue
        text = unescape(title.group(1)) + ('｜' + unescape(desc.group(1)) if desc and desc.group(1) else '')
        if text in seen: continue
        seen.add(text); out.append(dict(src='jk', file=os.path.basename(path)[3:], itemid=iid, text=text, part='all'))
# ll: every distinct product name, in file order.
for m in re.finditer(r"name:'(.*?)'", open(os.path.join(DIR, 'll_sorts.js'), encoding='utf-8').read()):
    text = m.group(1).strip()
    if text in seen: continue
    seen.add(text); out.append(dict(src='ll', text=text, part='all'))
print(len(pool), {p: sum(1 for o in out if o['part'] == p) for p in dict.fromkeys(o['part'] for o in out)}, file=sys.stderr)
json.dump(out, open(OUT, 'w'), ensure_ascii=False, indent=0)
