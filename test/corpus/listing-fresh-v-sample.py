# Sixth fresh held-out listing sample (v items), fixed (seed, quotas, sources) before any of its items was read.
# Sources (public repositories; licences as noted; kept as test data only). None was used by an earlier set.
#   jd   uloveqian2021/gaiic_task2 067346e data/contest_data/preliminary_test_{a,b}/sample_per_line_preliminary_{A,B}.txt
#        and data/public_data/dev.txt: JD.com product titles of the GAIIC 2022 product-title NER contest (raw titles one
#        per line; dev.txt one character per line with a tag, blank line between titles). No licence stated. The first
#        250 lines of file A are skipped (about 180 of them were shown while the source was judged).
#        Pool: distinct titles in the order A, B, dev; shuffled with a fixed seed; the first 100 (uniform), then
#        product-type quotas by nouns anywhere in the title (loose: 茶 also matches 茶几), in the same shuffled order.
#   ym   linlinjava/litemall a1ef964 litemall-db/sql/litemall_data.sql: the demo mall's goods, copied from NetEase Yanxuan
#        (网易严选) with their selling points; MIT licence. Every 2nd goods row in file order, text `name｜brief`.
#   bs   guixueting/bishe e104c3f mymall.sql, mymall1.sql, m7.sql: goods names copied from JD health pages (mymall.sql:
#        cold remedies, beauty supplements, health devices, oral care) and from the China Mobile points mall (others).
#        No licence stated. Every row.
#   ts   Attack825/TrySpringBoot 305013a src/main/resources/sql/data/goods.sql: JD regional-speciality food and tea
#        listings (the `title` column, the JD listing title). No licence stated. Every row.
# Chosen by source, product type and position, never by claim words (the noun lists name product types only).
# "Left" means: not an exact or near-duplicate (same title key, or title character-trigram Jaccard >= 0.7, as in the p
# and w scripts) of any item in any test/corpus/listing-titles*.json file, nor of an item drawn before it.
# Usage (from the repo root): python3 test/corpus/listing-fresh-v-sample.py DIR OUT.json, DIR holding A.txt, B.txt,
# dev.txt (the three jd files), litemall_data.sql, bishe_mymall.sql, bishe_mymall1.sql, bishe_m7.sql, goods.sql.
# Run once, before listing-titles-fresh-v.json existed.
import glob, json, os, random, re, sys
DIR, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261206
UNIFORM = 100
TYPES = [
    ('supplement', 40, '保健 胶囊 软胶囊 维生素 钙片 鱼油 蛋白粉 益生菌 酵素 口服液 燕窝 人参 西洋参 阿胶 蜂胶 玛咖 螺旋藻 叶酸 褪黑素 胶原蛋白'),
    ('tea', 30, '茶叶 红茶 绿茶 普洱 花茶 乌龙 白茶 黑茶 铁观音 龙井 大红袍 代用茶 养生茶 菊花茶'),
    ('food', 70, '零食 饼干 蜂蜜 奶粉 大米 食用油 坚果 饮料 牛奶 咖啡 麦片 面条 巧克力 月饼 牛肉 猪肉 海参 枸杞 红枣 核桃 糕点 特产 白酒 葡萄酒 调味 酱油 食品'),
    ('cosmetics', 50, '面膜 精华 面霜 乳液 爽肤水 洗发 沐浴 牙膏 口红 香水 防晒 洁面 洗面奶 护肤 粉底 眼霜 卸妆 身体乳 护发 化妆品'),
    ('drug-device', 30, '药 医用 口罩 创可贴 理疗 按摩器 按摩仪 血压计 血糖 体温计 艾灸 拔罐 护腰 护膝 矫正'),
    ('baby', 20, '婴儿 宝宝 儿童 孕妇 奶瓶 纸尿裤 尿不湿 辅食 母婴 新生儿'),
]
ns = {'sys': sys}
src = open(os.path.join(HERE, 'listing-fresh-p-sample.py'), encoding='utf-8').read()
exec(src.split('seen = Seen()')[0], ns)  # key, grams, Seen (the same near-duplicate rule as p and w)
seen = ns['Seen']()
for f in sorted(glob.glob(os.path.join(HERE, 'listing-titles*.json'))):
    for i in json.load(open(f, encoding='utf-8'))['items']: seen.add(i['text'])
out = []


def keep(item):
    if seen.near(item['text']): return False
    seen.add(item['text']); out.append(item); return True


def sql_str(s):
    return s.replace("\\'", "'").replace('\\"', '"').replace('\\r', '').replace('\\n', ' ').strip()


# jd: pool in the order A (from line 251), B, dev
pool, distinct = [], set()
for name in ('A', 'B'):
    for n, line in enumerate(open(os.path.join(DIR, f'{name}.txt'), encoding='utf-8'), start=1):
        t = line.strip()
        if (name == 'A' and n <= 250) or not t or t in distinct: continue
        distinct.add(t); pool.append((name, n, t))
chars, n = [], 0
for line in list(open(os.path.join(DIR, 'dev.txt'), encoding='utf-8')) + ['\n']:
    if line.strip() == '' and line.startswith('\n'):
        if chars:
            n += 1; t = ''.join(chars).strip()
            if t and t not in distinct: distinct.add(t); pool.append(('dev', n, t))
        chars = []
    else:
        chars.append(line[0] if not line.startswith(' ') else ' ')
rng = random.Random(SEED)
rng.shuffle(pool)
used, k = set(), 0
for f, n, t in pool:
    if k == UNIFORM: break
    used.add(t)
    if keep(dict(src='jd', file=f, n=n, text=t, part='uniform')): k += 1
for name, quota, nouns in TYPES:
    words, k = nouns.split(), 0
    for f, n, t in pool:
        if k == quota: break
        if t in used or not any(w in t for w in words): continue
        used.add(t)
        if keep(dict(src='jd', file=f, n=n, text=t, part='type:' + name)): k += 1
# ym: litemall goods (id, goods_sn, name, category_id, brand_id, gallery, keywords, brief, ...)
raw = open(os.path.join(DIR, 'litemall_data.sql'), encoding='utf-8').read()
rows = '\n'.join(l for l in raw.split('\n') if l.startswith('INSERT INTO `litemall_goods`'))
ym = re.findall(r"\((\d+),'(\d+)','((?:[^'\\]|\\.)*)',(\d+),(\d+),'(?:[^'\\]|\\.)*','(?:[^'\\]|\\.)*','((?:[^'\\]|\\.)*)'", rows)
for gid, _, name, cat, _, brief in ym[::2]:
    text = sql_str(name) + ('｜' + sql_str(brief) if sql_str(brief) else '')
    keep(dict(src='ym', id=gid, category_id=cat, text=text))
# bs: every goods name of the three SQL files
for fn in ('bishe_mymall.sql', 'bishe_mymall1.sql', 'bishe_m7.sql'):
    section = ''
    for line in open(os.path.join(DIR, fn), encoding='utf-8'):
        if line.startswith('-- '): section = line[3:].strip()
        m = re.match(r"INSERT INTO (\w+)(?:\([^)]*\))? VALUES \('((?:[^'\\]|\\.)*)'(?:,\s*'((?:[^'\\]|\\.)*)')?", line)
        if not m: continue
        table, a, b = m.groups()
        name = a if table == 'home_products' or table.startswith('huodong') else b
        keep(dict(src='bs', file=fn[6:], table=table, section=section, text=sql_str(name)))
# ts: JD speciality listing titles
raw = open(os.path.join(DIR, 'goods.sql'), encoding='utf-8').read()
for m in re.finditer(r"VALUES \((\d+), '1', '[^']*', '[^']*', NULL, '((?:[^'\\]|\\.)*)', [\d.]+, [\d.]+, [\d.]+, \d+, \d+,\s*'((?:[^'\\]|\\.)*)'", raw):
    keep(dict(src='ts', id=m.group(1), name=sql_str(m.group(2)), text=sql_str(m.group(3))))
counts = {}
for o in out:
    c = o['src'] + ' ' + o.get('part', o.get('file', ''))
    counts[c] = counts.get(c, 0) + 1
print(len(pool), len(ym), len(out), counts, file=sys.stderr)
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
