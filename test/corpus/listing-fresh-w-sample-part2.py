# Second part of the fifth fresh held-out listing sample (w), fixed before any item of either part was read. Added after
# part 1 (listing-fresh-w-sample.py) was run and printed only its counts (475 items; the guluxilin 百货食品 pool was
# exhausted by earlier sets, and the NER supplement, tea and baby pools nearly so), to bring the set past 500 with more
# food and cosmetics. Chosen by source, product type and position, never by claim words.
#   nm   24wings/noom 5a7990a9ef src/database/shop/data/{page_goods,monitor-getSubGoodsMenu,get_goods}.data.ts: saved
#        goods lists of a Chinese community-shop app (youxianbianli); the n set used cart-info.data.ts only. Every
#        goods_name with its subheading (`goods_name｜subheading`).
#   ner  allanj/ner_incomplete_annotation a885c29, the same shuffle as part 1 (seed 20261205): titles not drawn in part 1,
#        product-type quotas food 40, cosmetics 30, drug-device 20, supplement 20, tea 20, baby 20 (whatever is left),
#        then the first 30 of the rest (uniform).
# Exclusion as in part 1, against every listing file and part 1's output.
# Usage (from the repo root): python3 test/corpus/listing-fresh-w-sample-part2.py DIR PART1.json OUT.json
import glob, json, os, random, re, sys
DIR, PART1, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261205
TYPES = [
    ('food', 40, '零食 饼干 蜂蜜 奶粉 米 面 油 粉 果 枣 枸杞 饮料 奶 肉 干 糖 酒 醋 酱 坚果 食品 蛋糕 咖啡 麦片'),
    ('cosmetics', 30, '面膜 精华 霜 乳 水 洗发 沐浴 牙膏 口红 香水 防晒 洁面 护肤 化妆 眼影 粉底 精油 皂 洗面奶 卸妆 眼霜 身体乳 护发'),
    ('drug-device', 20, '药 贴 膏 医用 口罩 创可贴 理疗 按摩 治疗 护具 矫正 血压计 体温 针 灸 拔罐 艾'),
    ('supplement', 20, '保健 胶囊 软胶囊 维生素 钙片 钙 鱼油 蛋白粉 益生菌 酵素 口服液 营养 片 丸 燕窝 人参 西洋参 阿胶 蜂胶 玛咖 螺旋藻'),
    ('tea', 20, '茶 花茶 茶叶 代用茶'),
    ('baby', 20, '婴儿 宝宝 儿童 孕妇 奶瓶 纸尿裤 尿不湿 辅食 母婴 新生儿'),
]
UNIFORM = 30
ns = {'sys': sys}
src = open(os.path.join(HERE, 'listing-fresh-p-sample.py'), encoding='utf-8').read()
exec(src.split('seen = Seen()')[0], ns)
exec('def read_ner' + src.split('def read_ner')[1].split('# ner: pool')[0], ns)
seen = ns['Seen']()
for f in sorted(glob.glob('test/corpus/listing-titles*.json')):
    for i in json.load(open(f, encoding='utf-8'))['items']: seen.add(i['text'])
part1 = json.load(open(PART1, encoding='utf-8'))
for i in part1: seen.add(i['text'])
out = []
for name in ('page_goods', 'monitor-getSubGoodsMenu', 'get_goods'):
    raw = open(os.path.join(DIR, f'noom_{name}.data.ts'), encoding='utf-8').read()
    names = list(re.finditer(r"goods_name:\s*'((?:[^'\\]|\\.)*)'", raw))
    for n, m in enumerate(names):
        end = names[n + 1].start() if n + 1 < len(names) else len(raw)
        sub = re.search(r"subheading:\s*'((?:[^'\\]|\\.)*)'", raw[m.end():end])
        text = m.group(1).strip() + ('｜' + sub.group(1).strip() if sub and sub.group(1).strip() else '')
        if seen.near(text): continue
        seen.add(text); out.append(dict(src='nm', file=name, n=n, text=text))
pool, distinct = [], set()
for split in ('dev', 'test', 'train'):
    for n, (c, t) in enumerate(ns['read_ner'](os.path.join(DIR, f'{split}.txt')), start=1):
        text = ''.join(c)
        if (split == 'test' and n <= 100) or text in distinct: continue
        distinct.add(text); pool.append((split, n, text, ns['hccx'](c, t)))
rng = random.Random(SEED)
rng.shuffle(pool)
used = {i['text'] for i in part1 if i['src'] == 'ner'}
quotas = TYPES + [('uniform', UNIFORM, None)]
for name, quota, nouns in quotas:
    k = 0
    for s, n, x, h in pool:
        if k == quota: break
        if x in used or (nouns and not any(any(w in e for w in nouns.split()) for e in h)): continue
        used.add(x)
        if not seen.near(x):
            seen.add(x); out.append(dict(src='ner', split=s, n=n, text=x, part='type:' + name if nouns else 'uniform')); k += 1
counts = {}
for o in out:
    c = o['src'] + ' ' + o.get('file', o.get('part', ''))
    counts[c] = counts.get(c, 0) + 1
print(len(out), counts, file=sys.stderr)
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
