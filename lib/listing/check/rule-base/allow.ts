import type { Allow } from '../schema';

const TIME = ['最近', '最后', '最早', '最晚', '最迟', '最初', '最终', '最快当天', '最快次日', '最新款', '最新版', '最新一代', '最新批次', '最新日期', '最新生产日期'];
const SPEC = ['最大承重', '最大载重', '最大负重', '最高承重', '最大功率', '最大容量', '最大尺寸', '最大开口', '最大行程', '最大扭矩', '最大压力', '最大电流', '最大输出',
  '最高温度', '最低温度', '最高转速', '最高时速', '最大速度', '最小起订', '最小起订量', '最低起订', '最低消费', '最长续航', '最大续航', '最大分辨率', '最大支持', '最高支持', '最多可', '最多支持', '最少', '最多',
  // a price floor stated as a number (最低5元一颗): what the cheapest option costs, not a ranking (最低价 stays a core term)
  ...Array.from({ length: 10 }, (_, d) => `最低${d}`)];
const ORDER = ['第一次', '第一步', '第一时间', '第一代', '第一排', '第一季', '第一集', '第一天', '第一件', '第一单', '第一期', '第一批', '第一部', '第一层', '第一阶段', '第一口', '第一眼', '第一套', '第一款',
  '第一章', '第一课', '第一胎', '第一周', '第一年', '第一个', '第一份', '第一页', '第一印象',
  // a musical work's number (李斯特第一钢琴协奏曲) or a movement
  '第一钢琴', '第一小提琴', '第一交响', '第一协奏', '第一奏鸣', '第一乐章', '第一组曲'];
// The same order and time words written with a digit or in pinyin (第1次, zui近), so the pinyin and
// digit forms of the terms keep the allow-list; 第10–第19 are numbers, not 第1.
const zui = (terms: readonly string[]) => terms.map((t) => `zui${t.slice(1)}`);
const digitOne = ORDER.map((t) => t.replace('第一', '第1'));
const teens = Array.from({ length: 10 }, (_, i) => `第1${i}`);

// A pack or a size named after 特供/专供, or before it (…套装 特供): the sale's edition, as 特供装 is.
const PACKS = ['套装', '套盒', '装', '礼盒', '礼包', '款', '组合', '体验', '旅行装', '便携装', '试用装', '迷你装', '随身装', '小样', '中样', '正装', '替换装', '补充装'];
const PACKS_FIRST = ['套装', '套盒', '礼盒', '礼包', '组合', '旅行装', '便携装', '试用装', '小样', '中样', '正装'];
const packed = (word: string) => [...PACKS.map((p) => word + p), ...PACKS_FIRST.map((p) => p + word)];

// Phrases containing a rule's term that claim nothing: a hit inside one of these is not a finding.
// From the false positives bare-keyword checkers produce (research §3c) and the SAMR guide's
// exemption 2 (usage hints).
export const ALLOW: Allow[] = [
  { why: '时间、顺序', terms: [...TIME, ...zui(TIME)] },
  { why: '规格参数（客观数值）', terms: [...SPEC, ...zui(SPEC)] },
  { why: '食用、使用、保存提示（执法指南豁免2）', terms: ['最佳赏味期', '最佳食用期', '最佳饮用期', '最佳使用期', '最佳使用时间', '最佳食用时间', '最佳饮用时间', '最佳保存', '最佳冲泡', '最佳赏味'] },
  { why: '次序、编号、导航', terms: [...ORDER, ...digitOne, ...teens, '首页', '首次', '首单', '首件', '首批', '首发', '首付', '首充', '首饰', '首都', '首尔', '唯一码', '唯一编号', '唯一标识', '唯一识别', '唯一序列号'] },
  { why: '否定或警示语', terms: ['不能代替药物', '不能代替药物治疗疾病', '不具有治疗', '不能治疗', '不可治疗', '非治疗', '请遵医嘱', '遵医嘱'] },
  { why: '常见物名', terms: ['处方笺', '治疗仪', '降压药盒', '冠军杯', '永久性染发', '永久磁铁', '永久磁', '万能表', '万能胶', '万能轮', '万能钥匙', '万能充', '万能角度尺', '万向', '至尊宝', '进口处', '原产地证', '润喉糖', '中药柜', '抗敏感牙膏', '复古方', '无上限', '治愈系', '疗愈系',
    '万能链', '半永久', '冠军赛', '冠军比赛', '修护眼', '护眼霜', '针剂盒', '药酒米'] },
  { why: '电脑病毒、显示屏名称、跨词的误读（新+冠军、收腰+突显/突出），不是疾病', terms: ['防病毒软件', '病毒软件', '电脑病毒', '手机病毒', '计算机病毒', '木马病毒', '病毒查杀', '视网膜屏', '视网膜显示', '新冠军', '腰突显', '收腰突出', '细腰突出'] },
  { why: '经期慎用的提示（经期不适用），不是宣称缓解经期不适；美容院不是医疗机构', terms: ['经期不适用', '经期不适宜', '经期不适合', '美容院推荐'] },
  { why: '服务场所、美容院用具（写明用途，不是宣称疗效）', terms: ['理疗床', '理疗按摩床', '理疗美容床', '理疗spa', '理疗店', '理疗馆', '理疗院', '理疗师'] },
  { why: '器械类型名（说明是什么机器，不是宣称疗效；是否医疗器械看注册证）', terms: ['理疗仪', '理疗器', '理疗椅'] },
  { why: '果蔬清洗机去除的农药、激素残留（不是人体用语）', terms: ['农药激素', '解毒机'] },
  { why: '物种名（南美白对虾）', terms: ['南美白虾', '南美白对虾', '美白虾'] },
  { why: '地名、市场名', terms: ['中药材市场', '中药材专业市场'] },
  // 执法指南: 经营理念、企业文化不指向商品本身 (not-about-goods), so a motto is no finding at all.
  { why: '经营理念（执法指南：不指向商品本身）', terms: ['质量第一', '顾客第一', '客户第一', '用户第一', '服务第一', '信誉第一', '诚信第一', '安全第一', '健康第一', '友谊第一'] },
  // 执法指南豁免4: names and trademarks that contain the term (a game company, a cosmetics brand, a PC-case
  // maker, a sausage line, a pet-supplement brand).
  { why: '注册商标、商品名称（执法指南豁免4）', terms: ['完美日记', '完美世界', '完美国际', '完美一卡通', '完美点券', '完美点卡', '酷冷至尊', '双汇王中王', 'nas天然疗法'] },
  { why: '通用型配件（万能＝通用尺寸）', terms: ['万能套', '万能罩', '万能贴', '万能扣', '万能插座', '万能转换'] },
  { why: '评价款式，不是承诺', terms: ['永不过时'] },
  // 执法指南: the term must compare the goods with others; the wearer's figure or an outfit is not the goods.
  { why: '描述穿着者身形或搭配的惯用语（不是商品与同类比较）', terms: ['完美身材', '完美展现', '完美搭配', '完美曲线', '完美身型', '完美比例'] },
  // 执法指南豁免 (objective facts): who designed or holds the rights is a verifiable supply fact, not a ranking.
  { why: '供货、设计来源的事实（独家定制、独家授权）', terms: ['独家定制', '独家设计', '独家手绘', '独家原创', '独家授权', '独家代理', '独家版权',
    // an edition sold in one place only (限量独家星光瓶): a sale fact, as 限量版 is
    '限量独家', '独家限量', '独家发售', '独家首发', '独家款', '独家版', '独家礼盒', '独家套装'] },
  // 执法指南豁免 (self-comparison): 王牌 naming which of the brand's own goods is its star (王牌水, 王牌单品) ranks the
  // shop's own range, not the goods against others'. 王牌 on its own, or of a maker (王牌品牌), stays a term.
  { why: '品牌自家主打产品的叫法（王牌水、王牌单品：与自家产品比较，执法指南豁免）', terms: ['王牌水', '王牌精华', '王牌面霜', '王牌乳', '王牌眼霜', '王牌面膜', '王牌单品', '王牌产品', '王牌系列', '王牌款'] },
  // 禁用语清单's 整肤 is a skin "rebuilding" claim; 调整/平整 + 肤色/肤质 reads across a word boundary (a foundation evens the tone: 美容修饰).
  { why: '跨词的误读（调整+肤色、平整+肤质：粉底、妆前乳的修饰作用），不是"整肤"', terms: ['调整肤', '平整肤', '修整肤'] },
  { why: '售后退货条件，不是宣称医疗作用', terms: ['过敏包退', '过敏可退', '过敏退货', '过敏退款', '过敏免费退'] },
  // 禁用语清单 says a listed word is judged in its context: 因子 and 复方 there mean the medical sense
  // (生长因子, a 复方 prescription); the moisturising-factor and aromatherapy-blend senses are the trade's own words.
  { why: '化妆品保湿成分的通称（天然保湿因子NMF），不是医学用语', terms: ['保湿因子', '锁水因子', '滋养因子', '补水因子', '水润因子', '天然保湿因子', '防晒因子', '美白因子', '亮肤因子', '烟酰胺因子', '嫩肤因子'] },
  { why: '芳疗用语：多种精油的调配，不是药方', terms: ['复方精油', '复方香薰', '复方按摩油'] },
  // 化妆品监督管理条例第77条: 香皂不适用本条例 (unless it claims a special-cosmetic effect), so the cosmetics
  // catalogue's bar on antimicrobial claims does not reach a soap; 除菌 there says what the washing does.
  { why: '香皂不适用化妆品监督管理条例（第77条），除菌、抑菌写的是香皂的清洁作用', terms: ['除菌香皂', '抑菌香皂', '抗菌香皂', '杀菌香皂', '除菌皂', '抑菌皂', '抗菌皂', '杀菌皂', '除螨皂', '除螨香皂', '除菌洗衣皂', '抑菌洗衣皂'] },
  { why: '煎药器具写明所煎之物（不是药品）', terms: ['煎中药', '熬中药', '中药壶', '中药锅', '中药煲', '中药罐', '中药砂锅', '中药研磨', '中药粉碎'] },
  { why: '防走失用品写明使用者（不是功效）', terms: ['老年痴呆防走失', '老年痴呆防走丢', '老年痴呆老人防走失', '痴呆防走失', '痴呆老人防走失', '痴呆老人防走丢'] },
  { why: '照顾（家人的）胃口、肝脏：照料的意思，不是台湾用语"顾胃、顾肝"', terms: ['照顾胃', '照顾肝'] },
  { why: '化学、材料用语里的"有机"（不是有机认证）', terms: ['有机玻璃', '有机硅', '有机肥', '有机蒸气', '有机溶剂', '有机物', '有机化学', '有机质', '有机酸', '有机锗', '有机硒', '有机钙', '有机发光', '有机颜料', '有机棉'] },
  // 化妆品分类目录: 保湿 and 滋养 keep dry skin from cracking; keeping chapped skin away is that, healing it (皲裂膏) is not.
  { why: '护手、润唇产品"防皲裂"：保湿滋润防止皮肤干燥开裂（化妆品保湿、滋养功效），不是治疗皲裂', terms: ['防皲裂', '防止皲裂', '预防皲裂', '防手足皲裂'] },
  { why: '花色、动物名里的"白斑"（不是皮肤白斑）', terms: ['黑白斑', '白斑马', '白斑鸠', '白斑点图案'] },
  // 高血糖高血压 lists two diseases; 血糖高 across them is the next one's 高, already found as 高血压.
  { why: '血压计、血糖仪显示的读数（高低、高压低压），化妆品成分神经酰胺，"高血糖高血压"的跨词误读', terms: ['血压高低', '血糖高低', '血压高压', '神经酰胺', '血糖高血', '血压高血', '血脂高血', '尿酸高血'] },
  { why: '天气、地名、人名里的"炎"（炎热、炎夏、炎陵、炎黄），不是炎症', terms: ['炎热', '炎夏', '炎炎', '炎日', '炎天', '炎暑', '炎阳', '炎凉', '炎陵', '炎黄', '炎帝'] },
  { why: '眼镜品类名（近视眼镜：给近视的人戴的眼镜，不是宣称防治近视）', terms: ['近视眼镜', '近视镜', '近视泳镜', '近视墨镜', '近视太阳镜', '近视护目镜'] },
  { why: '作息、习惯用语（恢复健康作息），不是康复', terms: ['恢复健康作息', '恢复健康的作息', '恢复健康饮食', '恢复健康的饮食'] },
  { why: '木料、成语里的疾病字', terms: ['树瘤', '木瘤', '瘤木', '瘤疤', '千疮百孔', '瘿子瘤', '瘿木'] },
  { why: '音响行话"发烧级"（音响爱好者），不是体温', terms: ['发烧级', '发烧友', '发烧音响', '发烧碟', '发烧线'] },
  { why: '跨词的误读（山药+包邮）', terms: ['山药包', '芍药包'] },
  // 针刺 is also a textile process (needle-punched felt) and a prickly feeling; 线雕 sits inside 曲线雕塑 and 线雕刻.
  { why: '纺织工艺"针刺"（针刺棉、针刺无纺布）和刺痛的感觉，不是针刺疗法', terms: ['针刺棉', '针刺无纺', '针刺毡', '针刺布', '针刺地毯', '针刺工艺', '针刺感', '针刺的感觉', '针刺般'] },
  { why: '跨词的误读（曲线+雕塑、线条雕刻），不是线雕项目', terms: ['曲线雕', '线雕刻', '线雕花', '线雕塑'] },
  { why: '以野生动物为题材（纪念币、图书），不是说商品是野生的', terms: ['野生动物'] },
  { why: '一门实践的名称（芳疗），作书名或课程名，不是商品的疗效', terms: ['芳香疗法'] },
  { why: '版本名、代言人用语（不是进口或代购）', terms: ['完美版', '节日版', '生日版', '美代言', '韩代言', '完美代'] },
  // From running the rules over ordinary shopping reviews (test/data/real-genuine): words across a word boundary.
  { why: '跨词的误读（有+机会、交通+便利、随着+床）', terms: ['有机会', '有机场', '有机可乘', '有机率', '有机器', '有机子', '交通便', '随着床', '对着床', '朝着床', '靠着床', '挨着床', '贴着床', '顺着床', '明目张胆', '一下火', '农药方'] },
  { why: '境内发货、境内代买（不是进口）', terms: ['产地直邮', '原产地直邮', '厂家直邮', '工厂直邮', '基地直邮', '果园直邮', '农场直邮', '源头直邮', '国内直邮', '顺丰直邮', '仓库直邮', '国内代购', '商场代购', '专柜代购'] },
  { why: '销售渠道专供（不是国家机关特供）', terms: ['电商专供', '线上专供', '网络专供', '网店专供', '天猫专供', '京东专供', '淘宝专供', 'tmall专供', 'jd专供', 'tmall特供', 'jd特供', '电商特供', '线上特供', '天猫特供', '京东特供', '超市专供', '酒店专供', '专供版', '特供版', '出口专供'] },
  // 广告法第9条第2项 and the 特供/专供 clean-ups target state organs, the army and "internal supply"; a sale event's or a
  // pack's 特供 (【11.11特供】, 特供套装, 特供旅行装) names an edition for the sale, as 特供版 does. State forms stay terms (endorsement.ts).
  { why: '促销活动或套装的"特供"（为这次促销配的版本，不是国家机关特供）', terms: [...['11', '12', '十一', '十二', '618', '预售', '节', '年货', '新年', '大促', '活动', '会员', '粉丝', '直播', '限时', '限量'].map((e) => `${e}特供`),
    ...packed('特供'), '特供双支', '特供两支', '特供三支'] },
  { why: '跨词的误读（冠军+品质、某国+礼品）和认证机构的名称，不是军品、国礼或国家认证', terms: ['冠军品', ...['中', '韩', '美', '英', '德', '法', '泰', '外', '异', '出', '回', '归', '各', '全', '祖', '王', '帝', '爱'].map((c) => `${c}国礼`), '国家认证认可'] },
  // A recommended national standard (GB/T, 推荐性国家标准), an accreditation by the real body (CNAS: 中国合格评定国家认可委员会)
  // and a test by a state-designated or certifying body are facts about standards and testing, to be true (广告法第28条),
  // not the state vouching for the goods (第9条第2项).
  { why: '推荐性国家标准、国家认可的检测实验室、国家指定或认证的检测机构（标准和检测的事实，不是国家为商品背书）', terms: ['国家推荐性', '国家推荐标准', '国家认可实验室', '国家认可的实验室', '国家认可委员会', '合格评定国家认可', '国家认证机构', '国家指定检测', '国家指定的检测', '国家指定质检', '国家指定的质检'] },
  { why: '保健食品必须标示的警示用语（本品不能代替药物）', terms: ['不能代替药物', '不可代替药物', '不能替代药物', '不可替代药物', '不能代替药品', '不能取代药物'] },
  { why: '促销活动或套装的"专供"（为这次促销配的版本，不是国家机关专供）', terms: [...['11', '12', '十一', '618', '预售', '节', '大促', '活动', '会员', '限量'].map((e) => `${e}专供`), ...packed('专供')] },
];

// Words that, just before a negatable term, deny it ("不是最好", "并非第一").
export const NEGATORS = ['不是', '并非', '绝非', '并不是', '非', '不算', '不敢说', '没有', '无需', '不', '无'];
