/**
 * Concept slots, read per clause, and the rules that combine them (issue 13).
 * The phrases only say which slot a clause fills; the judgement is the table of
 * rules below, so "pay or I complain" is caught however it is worded, as long as
 * its clauses fill the slots. Leverage comes in kinds, and kinds add up.
 */
export type Concept =
  | 'money' | 'compensation' | 'condition' | 'coercion' | 'menace' | 'vow' | 'exchange' | 'private' | 'harm' | 'repay' | 'report-done' | 'others-paid' | 'group' | 'pretext' | 'off-platform'
  | 'admit' | 'taking'
  | 'complaint' | 'regulator' | 'review' | 'exposure' | 'legal' | 'penalty' | 'police';

export const LEVERAGE_KINDS = ['complaint', 'regulator', 'review', 'exposure', 'legal', 'penalty', 'police'] as const satisfies readonly Concept[];

/**
 * A word with some of its syllables typed in pinyin ("tou诉", "举bao", "曝guang", "xiao红书"), to slip past a filter:
 * every mix of characters and syllables, the whole word in pinyin included.
 */
function inPinyin(word: string, syllables: readonly string[]): string[] {
  const chars = [...word];
  const mixes: string[] = [];
  for (let mask = 1; mask < 1 << chars.length; mask++) mixes.push(chars.map((c, i) => ((mask >> i) & 1 ? syllables[i] : c)).join(''));
  return mixes;
}

/** Phrases that fill a slot. Slots are also filled by the detector's own signals (see SIGNAL_CONCEPTS) and by sums. */
// The taking by force as the law words it (刑法 274 强行索取, 293 强拿硬要; reports: 逼要): money asked, the taking
// named and a menace at once, so it fills all three slots.
const TAKING_BY_FORCE = ['强索', '逼要赔', '逼要钱', '逼要财', '逼要费', '强拿硬要'];

export const CONCEPT_PHRASES: Readonly<Partial<Record<Concept, readonly string[]>>> = {
  money: ['讨要', '强要', '诈取', '骗取', '取财', '敲竹杠', '打款', '转账', '转钱', '转过来', '打过来', '转给我', '转我', '打给我', '钱到账', '红包', '给钱', '要钱', '赔钱', '付钱', '打钱', '交钱', '拿钱', '出钱', '给点钱',
    '给我钱', '给个数', '说个数', '满意的数', '满意的价', '满意的金额', '开个价', '意思一下', '意思意思', '私了', '私下解决', '保护费', '给个说法钱',
    // the money moved by any give/pay verb ("把钱给了", "钱转过来"), and paying to make trouble go away
    '把钱给', '把钱转', '把钱打', '钱给了', '钱给我', '钱给到', '钱到位', '钱转给', '钱打给', '花钱消灾', '破财消灾', '花钱了事', '花钱买平安', '出点血',
    // paying to settle it ("花钱解决差评"), money given to a third person in reported speech ("不给他钱的话"), money received ("收到钱就…")
    '花钱解决', '出钱解决', '给钱解决', '拿钱解决', '花钱摆平', '给他钱', '给她钱', '收到钱', '钱收到', '收钱', '赔我钱', '汇过来', '汇给我', '汇款', '汇到',
    // the pay-or-else itself: a paying verb refused on a condition ("不给就差评", "不赔的话…")
    '不给就', '不赔就', '不给的话', '不赔的话', '不给钱的话', '不赔钱的话', '不赔偿就', '不赔偿的话', '不赔钱就', '不给钱就',
    // reported speech names the taking and the money as a thing ("向商家索要钱财", "索取钱款", "支付赔偿金")
    '索要', '索取', '勒索', '敲诈', '讹钱', '讹诈', '钱款', '钱财', '财物', '赔偿金', '赔偿款', '赔款', '好处费', '支付赔偿', '支付费用', '给付',
    // what the taking came to ("共计获利3万余元"), and the money brought out ("拿500块钱出来")
    '获利', '拿钱出来', '钱拿出来', '块钱出来', '元出来', '一分不能少', '一分都不能少', '一分不少', '少一分都不行',
    // "v我50": transfer me 50 (WeChat), as slang
    'v我', 'vx转',
    // what the lever would cost set against what is asked ("到时候罚款可不止这点钱", "还不如赔我"): the asked money, unnamed
    '不止这点钱', '不止这点', '不止这个数', '比这点钱', '还不如给我', '还不如赔我', '还不如给钱', '还不如私了',
    // the sum named as what settles it ("协商金额2000元", "和解金额一万"): 金额 alone reads as a price
    // value sent instead of cash ("寄出75元的礼物卡", "以礼品卡支付")
    ...inPinyin('赔钱', ['pei', 'qian']), '私liao', 'siliao', ...inPinyin('转账', ['zhuan', 'zhang']),
    '礼物卡', '礼品卡', '购物卡', '储值卡', '充值卡', 'giftcard', 'gift card', '点数卡',
    '协商金额', '和解金额', '赔偿金额', '赔偿数额', '和解费用', '协商费用', '赔付金额', '罚这点钱', '不是这点钱',
    // reported speech: the shop told to pay ("要求业者支付一万元", "令其支付")
    ...['要求', '让', '逼', '令', '迫使'].flatMap((ask) => ['支付', '商家支付', '店家支付', '业者支付', '店主支付', '老板支付', '对方支付', '其支付', '被害人支付'].map((pay) => ask + pay)),
    // more asked on top of the refund ("要求退款并另付200元"), the taking in Taiwan wording ("索討"), and paying as the condition ("若不付款")
    '另付', '另外付', '额外付', '另外给', '额外给', '另赔', '另外赔', '另行支付', '另行给付', '另行赔偿', '另行补偿', '索讨', '不赔钱', '不给钱', '不付款', '不付钱', '如果不付', '若不付', '如不付', '不付的话', '拿钱',
    // the sum asked named as such ("提出高价索赔数额"), and a fee to be paid for peace ("还需要交4万元费用")
    '索赔数额', '索赔金额', '高价索赔', '高额索赔', '天价索赔', '交钱', '需要交', '要交', '交费用', '交一笔', '不汇款', '不转账', '不打钱', '不打款',
    // the taking as the law and its write-ups name it (刑法 274 and 293: 强行索取, 强拿硬要; police and court reports: 逼要, 索财),
    // fees named in paid-withdrawal reports (撤诉费, 顾问费: chinacourt.org 2020), and paying to make it go away (花钱平事: 赤峰 police)
    ...TAKING_BY_FORCE, '索财', '索款', '撤诉费', '撤案费', '顾问费', '花钱平事', '出钱平事', '给钱平事', '拿钱平事',
    // the shop made to bring the money out, told in the third person ("迫使对方当场交出", "要求老板拿出两万元"; "要我拿出" is told by the payer)
    ...['要求', '逼', '让', '迫使', '胁迫'].flatMap((ask) => ['老板', '店主', '店家', '商家', '对方', '其', '被害人', '业者'].map((who) => `${ask}${who}拿出`)),
    // Cantonese/HK: 俾/畀 is give, 过数/入数 a transfer, 转数快 (FPS) and PayMe the transfer apps, 利是 a red packet, 讲个数 "name a sum".
    // A transfer only asked for or waited on ("过数俾我", "唔过数", "入数之后"): "我用转数快过咗数" tells a payment made, as
    // 支付宝 alone is no demand.
    '俾钱', '畀钱', '俾返钱', '畀返钱', '俾番钱', '俾啲钱', '畀啲钱', '赔钱俾', '赔钱畀', '赔俾我', '赔畀我', '攞钱', '利是',
    ...['过数', '入数', '转数快', 'fps', 'payme'].flatMap((pay) => [`${pay}俾我`, `${pay}畀我`, `${pay}落我`]), '唔过数', '唔入数', '过数之后', '入数之后', '过数后', '入数后', '过埋数', '入埋数',
    '讲个数', '俾个数', '开个数', '唔俾就', '唔畀就', '唔赔就', '唔俾钱', '唔畀钱', '唔赔钱', '唔俾钱嘅话', '唔赔钱嘅话', '唔赔嘅话'],
  // The taking named by the one who reports it (刑法 274 敲诈勒索 "强行索取"; 293 强拿硬要; 法释〔2013〕21号 第6条 "索取公私财物";
  // police and court write-ups: 索要, 勒索, 讹诈, 逼要): a buyer asking says 赔 or 退, a report says 索要. Beside grounds named as a
  // pretext ("以…为由") and a sum, the report's own shape of a claim.
  taking: ['索要', '索取', '勒索', '敲诈', '讹诈', '讹钱', ...TAKING_BY_FORCE, '索款', '索财', '索讨', '讨要'],
  // Asking for compensation by its name ("赔偿", "补偿"): angry reviews use the words too, so alone they
  // make a claim medium at most; a sum, a transfer or a price asked for is money.
  compensation: [...inPinyin('赔偿', ['pei', 'chang']), '医药费', '营养费', '精神损失', '补偿', '赔偿', '赔我', '给点补偿', '赔点', '封口费', '辛苦费', '损失费', '误工费', '索赔', '要赔', '赔付', '和解费', '私下谈', '私下商量', '私下协商',
    // the bill waived as the claim (最高法、最高检、市场监管总局 规范职业索赔典型案例 2026: "向餐馆要求免单和索要赔偿")
    '要求免单', '索要免单', '免单和', '免单并',
    // HK wording: 索偿 (claim damages), 赔返 (pay back), 追讨 (pursue a sum owed)
    '索偿', '赔返', '赔番', '追讨赔偿', '追讨损失'],
  condition: ['肯赔钱', '肯给钱', '肯赔偿', '只要肯', '如果肯', '要是肯', '不然', '否则', '要么', '要嘛', '要不然', '除非', '如果不', '若不', '如不', '要是不', '不给就', '不赔就', '后果自负', '你等着', '等着瞧', '等着被', '就等着', '看着办', '最后机会', '给你机会', '给你个机会',
    '识相', '过时就', '还是公了', '还是我去', '还是我直接', '不想被', '想要我', '想让我', '如不答应', '如不同意', '若不答应', '要不就', '逾期就', '到时候就', '为止', '还来得及', '前到账', '之前到账', '前转过来', '前给答复', '前答复', '只需', '只要给', '才删', '才撤', '再删', '再撤',
    // the lever waited for as a menace ("不赔钱等着平台罚款吧", "等着吃官司")
    '等着罚款', '等着被罚', '等着平台', '等着关店', '等着封店', '等着吃官司', '等着收传票', '等着坐牢', '等着被投诉', '等着被举报', '等着差评', '等着被查', '等着曝光', '等着上热搜', '等着巨额', '等着高额', '附加条件', '开出条件', '提出条件', '一念之间', '看你表现', '看你的表现',
    // "不给个满意的补偿就…": the satisfying answer as the condition
    '不给个满意', '不给一个满意', '不给我一个满意', '不给我满意', '不给个合理', '不给一个合理',
    // the shop paying to be spared the lever, as reports word it ("为免被举报，只得花钱", "希望不被举报、投诉…的心理": chinacourt.org 2020;
    // "使其不被市场监管部门处罚": 温州 龙湾 市场监管 2021); 倘若/假如/一旦…不 and 限期 (敲诈勒索: "如不答应…", "限期交出")
    '为免被举报', '为免被投诉', '为免被处罚', '为免被曝光', '以免被举报', '以免被投诉', '免得被举报', '免得被投诉', '不被举报', '不被投诉', '不被处罚', '不被曝光', '免被处罚', '倘若不', '假如不', '如若不', '一旦不', '限期',
    // the offer half of an ultimatum ("若餐厅接受，文章就写好看点，否则…"): if the shop agrees
    ...['若', '如果', '如', '假如', '要是', '倘若'].flatMap((ifs) => ['', '你', '你们', '您', '贵店', '餐厅', '店家', '商家', '老板', '店主', '对方']
      .flatMap((who) => ['接受', '答应', '同意'].map((agree) => ifs + who + agree))), '接受的话', '答应的话', '同意的话',
    // Cantonese: 唔系就/唔系嘅话 (otherwise; not 要唔系, also "if not for"), 如果唔/若果唔 (if not), 睇住嚟/你等住睇 (you'll see; not 你等住 alone: "wait a
    // moment"), 等住收律师信 (wait for the lawyer's letter; not 等住收货),
    // 唔好怪我/咪话我冇提你 (don't blame me, don't say I didn't warn you)
    '唔系就', '唔系嘅话', '否则嘅话', '如果唔', '若果唔', '如果你唔', '若果你唔', '睇住嚟', '你等住睇', '你等住嚟', '你等住啦', '等住睇', '等住瞧',
    '等住收律师信', '等住收传票', '等住俾人告', '等住俾人投诉', '等住俾人封', '等住食官司', '等住执笠',
    '唔好怪我', '咪怪我', '咪话我冇提', '咪话我唔提', '唔俾就', '唔畀就', '唔赔就', '俾你机会', '俾个机会你', '你识做啦', '识做就',
    // Cantonese 一係…一係 (要么…要么), folded 一系: with what follows it, never 一系 alone (一系列 is "a series")
    '一系赔', '一系俾', '一系畀', '一系过数', '一系我', '一系就'],
  // Settling it between the two of us rather than with the lever just named ("可以去举报，不过还是私下沟通比较好"):
  // the offer of the other road, as good as an ultimatum where a lever and a demand stand beside it.
  private: ['私了', '私下解决', '私下沟通', '私下处理', '私下协商', '私下商量', '私下谈', '私下聊', '私底下解决', '私底下沟通', '私下和解', '内部解决', '内部处理', '不走平台', '不经过平台', '私下说', '私聊',
    // Cantonese: 私下倾 (talk it over privately)
    '私下倾', '私底下倾', '出嚟倾'],
  // The harm told ("吃出异物", "扎了手", "去医院检查"): no claim alone, an angry review tells the same; after a demand
  // and a threat in the same conversation, the grounds the claimant builds on (read by the conversation only).
  harm: ['异物', '蟑螂', '虫子', '苍蝇', '头发', '玻璃渣', '钢丝', '铁丝', '扎了手', '扎手', '划伤', '割伤', '受伤', '伤害', '医院', '住院', '拉肚子', '腹泻', '过敏', '中毒', '颜面尽失',
    // Cantonese: 曱甴 (cockroach), 肚痛, 屙肚 (diarrhoea), 睇医生, 入院
    '曱甴', '肚痛', '屙肚', '睇医生', '入院'],
  // The shop pressed to admit it is to blame ("这事儿，你认不认？"): no claim alone; after grounds laid earlier and a harm told
  // now, the liability pinned down before a sum is named (read by the conversation only).
  admit: ['你认不认', '你们认不认', '认不认账', '认不认帐', '承不承认', '你承认吗', '你们承认吗', '你认吗', '你们认吗', '认不认错',
    // Cantonese
    '你认唔认', '你哋认唔认', '认唔认数', '认唔认错'],
  // Money given back ("把钱退还给我", "返还房费"): an ordinary refund alone; after a demand for money, the money asked again
  // (read by the conversation only).
  repay: ['把钱退', '钱退还', '退还给我', '退还我', '返还', '钱退给我', '钱还给我', '把钱还',
    // Cantonese: 退返钱, 还返钱 (give the money back)
    '退返钱', '退番钱', '还返钱', '还番钱', '退钱俾我', '退钱畀我'],
  // Reported speech names the pressure itself ("以差评相威胁", "以举报为由索要…", "扬言曝光"): as good as an ultimatum
  // where money and a lever stand beside it.
  coercion: ['为由', '为名', '借机', '以此', '逼迫', '迫使', '被迫', '为手段',
    // grounds the report calls made up ("谎称吃出苍蝇", "自行放入异物"): no customer says it of himself
    '谎称', '假称', '诬称', '捏造', '故意放入', '自行放入', '偷偷放入', '事先放入', '放入异物', '投放异物', '自带异物',
    // the pretext named as a capacity ("以举报违法广告的名义"), and grounds made, as 法释〔2024〕9号 and 市场监管总局's 2024 measures
    // word them ("恶意制造…假象", "通过夹带、调包、篡改商品生产日期"), and the typical cases ("将事先准备的蟑螂投入饭菜", "塞入包装袋")
    '名义', '恶意制造', '制造假象', '通过调包', '调包等', '以调包', '通过夹带', '夹带等', '夹带入', '夹带进', '篡改生产日期', '篡改商品生产日期',
    '将事先准备', '把事先准备', '拿出事先准备', '投入饭菜', '投入菜中', '投入菜品', '塞入包装', '塞进包装'],
  // The threat named outright ("以此为要挟", "作为筹码"): beside a demand for money, a claim even with no lever named.
  menace: ['威胁', '要挟', '胁迫', '恐吓', '筹码',
    // the threat named in other words ("以给负评相胁", "以此相逼")
    '相胁', '相逼', '相挟', '要胁', '相威逼',
    // force in the taking itself (刑法 293 强拿硬要; 274 强行索取), the shop made to pay as reports word it ("迫使…交付", "被迫向其支付",
    // "迫于压力": 敲诈勒索 doctrine, chinacourt.org 2020), and Taiwan's 恫嚇 (刑法 346 恐嚇取財)
    ...TAKING_BY_FORCE, '强行索', '迫于压力', '被迫向其', '被迫交给', '被迫交出', '被迫交付', '被迫给付', '强迫对方', '强迫其', '强迫被害', '强迫商家', '强迫店家', '强迫店主', '恫吓',
    // the 2019 软暴力 opinion's means are pressure by definition ("足以使他人产生恐惧、恐慌进而形成心理强制")
    '滋扰', '哄闹', '起哄闹事', '聚众闹', '聚众造势', '纠缠店主', '纠缠商家', '纠缠店家', '纠缠老板', '纠缠被害', '泼洒污物', '泼油漆', '泼粪', '摆放花圈', '摆花圈', '送花圈', '播放哀乐', '贴报喷字', '喷字', '贴大字报', '挂横幅', '围堵', '跟踪贴靠', '跟踪店主', '尾随店主', '断水断电',
    // a capacity put on to frighten (法释〔2013〕10号 第2条第5项: 冒充国家机关工作人员、新闻工作者等特殊身份敲诈勒索), and the shop
    // made to give in (迫使其就范)
    '冒充记者', '假冒记者', '假扮记者', '自称记者', '自称是记者', '冒充执法', '冒充工作人员', '冒充市场监管', '冒充工商', '冒充公安', '冒充警察',
    '冒充律师', '冒充国家机关', '就范',
    // Taiwan's and Hong Kong's report wording (刑法 346 恐嚇取財; 盜竊罪條例 23 勒索): 威嚇, 嗆聲
    '威吓', '呛声',
    // Cantonese: 搞死你, 搞到你 (I'll ruin you)
    '搞死你', '搞到你'],
  // The threat vowed: announced ("扬言"), held over the seller day after day ("天天给你打差评", "我还会一直举报"), or
  // elided ("不赔偿他就如何如何", "OOXX"). Unlike 威胁 or 恐吓 (a review says "快递还威胁一定要收"), said only of a claimant.
  vow: ['扬言', '天天给你打差评', '天天打差评', '天天给你差评', '天天投诉你', '天天举报你', '一直举报你', '一直投诉你', '还会一直举报', '还会一直投诉', '还会继续举报', '天天来举报', '每天给一分', '每天给一星', '每天给差评',
    '天天给你打', '每天给你打', '天天打一星', '每天打一星', '天天刷差评', '每天刷差评', '一直给你差评', '一直给差评', '每天都给差评', '天天来找你', '天天找你麻烦',
    '继续给差评', '继续给出差评', '继续打差评', '继续刷差评', '继续给你差评', '继续给负评', '每日一负评', '每日一差评', '每天一差评', '每日一星', '每天一个差评',
    // the threat shouted or put about ("还喊着要叫记者来", "放话要…")
    '喊着要', '嚷着要', '叫嚣', '放话', '声言', '扬称',
    '如何如何', '怎样怎样', '这样那样', '怎么怎么样', 'ooxx', 'xxoo',
    // reporting made a campaign (市场监管总局 on 职业索赔: 多头举报、批量投诉 to wear the shop down)
    '多头举报', '多头投诉', '批量举报', '批量投诉',
    // Cantonese: 日日 (every day)
    '日日投诉', '日日举报', '日日俾差评', '日日俾一粒星', '日日嚟闹', '日日嚟搞', '日日嚟揾你', '见一次投诉一次'],
  exchange: ['撤诉', '撤案', '撤销举报', '撤回举报', '撤销投诉', '撤回投诉', '撤投诉', '撤举报', '删差评', '删评', '删评论', '删除差评', '删除了差评', '删了差评', '撤了投诉', '撤了举报', '删除评价', '删除评论', '删掉差评', '全删',
    '改好评', '改评', '取消举报', '取消投诉', '取消差评', '想删', '要删', '删的话', '撤掉差评', '删掉评价', '删了评价', '想撤', '撤不撤', '就不举报', '就不投诉', '就不起诉', '就不曝光', '不再追究', '了事', '一笔勾销', '息事宁人',
    // "三千，这事就算了": the matter dropped in return (a bare "…就算了" is "never mind" in any review)
    '这事就算了', '此事就算了', '事情就算了', '就这么算了', '这事就过去了', '事情就过去了', '事就过去了',
    // the review or report taken back however it is worded ("把负评删掉", "差评删了", "就不去举报了")
    '评删掉', '评删了', '评撤了', '评改了', '就不去举报', '就不去投诉', '不再举报', '不再投诉',
    // trouble dropped in return ("收到钱就不会找你麻烦")
    '不会找你麻烦', '不找你麻烦', '不再找你麻烦', '不会再找你', '不为难你',
    // the complaint named first and then taken back ("把投诉撤了", "投诉马上撤销", "撤回了投诉")
    '投诉撤', '举报撤', '诉撤了', '把投诉撤', '把举报撤', '把差评删', '把评价删', '把评论删', '把负评删', '差评删', '负评删', '评论删', '评价删',
    '马上撤', '立马撤', '立刻撤', '立即撤', '马上删', '立马删', '立刻删', '立即删', '撤回了', '撤销了投诉', '撤销了举报', '撤回投诉', '撤回申诉', '撤销申诉', '取消申诉', '当没发生', '当什么都没发生', '当没这回事',
    '就不告', '就不追究', '就给好评', '就改好评', '就好评',
    // the matter closed in return ("一千块，这事就翻篇了"), the report taken back on request ("如需撤回请联系")
    // (the matter, named, brought to an end: "合作到此为止" or "阅读到此为止" in a review ends no claim)
    '就翻篇', '翻篇了', '就此作罢', '这事到此为止', '此事到此为止', '事情到此为止', '这件事到此为止', '这事就到此为止', '事就到此为止', '就当没事', '如需撤回', '想撤回', '要撤回', '撤回的话', '撤销的话', '想撤销', '如需撤销',
    // no review written in return ("给X我就不发评价", "评价就不写了")
    '就不发评价', '就不写评价', '评价就不写', '评价就不发', '就不给差评', '就不打差评', '就不给你差评', '就不差评', '就不发差评', '就不追评', '就不晒',
    // the lever promised away ("拿两千，我保证不投诉"), the review turned round ("把差评改成好评"), the matter closed ("这事翻篇")
    '保证不投诉', '保证不举报', '保证不差评', '保证不曝光', '保证不起诉', '就不会投诉', '就不会举报', '就不会给差评', '就不会曝光', '就不会起诉',
    '改成好评', '改为好评', '改成五星', '改五星', '改成5星', '这事翻篇', '事翻篇', '买断', '可以撤', '可以删差评', '可以删评', '就可以删', '可以撤销', '撤销差评', '撤差评',
    // trouble kept away in return ("交4万元费用才确保没事", "保你没事")
    '确保没事', '才确保', '保你没事', '保证没事', '保你平安', '才能没事', '才没事',
    // the review made to vanish ("三百块钱，差评消失")
    '差评消失', '评价消失', '投诉消失', '差评就没了', '差评自然没了', '差评就消失',
    // what the sum buys, in a report ("支付500元即可删除差评"; not "即可删除广告")
    '即可删除差评', '即可删除评价', '即可删差评', '即可撤', '即可撤销', '便撤销',
    // the 删帖型 of 两高 法释〔2013〕21号 第6条 as the SPC put it ("以帮助被害人删帖为由…索取"), and the exchange named as such
    // ("以澄清事实、消除影响作为交换条件": 敲诈勒索 doctrine on product-quality claims)
    '删帖为由', '帮助删帖', '帮忙删帖', '帮其删帖', '帮他删帖', '帮你删帖', '帮店家删帖', '帮商家删帖', '就能删帖', '就可以删帖', '即可删帖', '才删帖',
    '删除负面信息', '删除负面帖子', '删除负面报道', '作为交换', '交换条件',
    // Cantonese: 删咗/删走 (deleted), 撤返 (withdraw), 就唔…/就当冇事/当无事发生 (then no…, then nothing happened), 就算数 (then it is settled),
    // 改返好评 (change it back to good)
    '删咗个差评', '删咗个负评', '删咗个劣评', '删咗差评', '删咗负评', '删咗劣评', '删走差评', '删走负评', '删走劣评', '差评删走', '负评删走', '劣评删走', '劣评删',
    '撤返投诉', '撤返举报', '撤番投诉', '投诉撤返', '举报撤返', '就唔投诉', '就唔举报', '就唔告你', '就唔报警', '就唔会投诉', '就唔会举报', '就唔会告',
    '就唔放上网', '就唔写差评', '就唔俾差评', '就唔俾一粒星', '就唔会俾差评', '就唔会写差评', '就唔会俾一粒星', '就唔会写一粒星', '就唔会放上网',
    '就当冇事', '当冇发生过', '当无事发生', '改返好评', '改番好评', '改返五星', '俾返个好评'],
  'report-done': ['被我举报', '被我投诉', '我已经举报', '我已举报', '已举报', '已经举报', '已投诉', '已经投诉', '已向', '已经向', '已提交', '已经提交', '已报', '已经报', '已受理', '受理了', '已经受理', '已立案',
    // "我举报了", "检举了", "已经举报上去"
    '举报了', '检举了', '举报上去', '投诉上去',
    // Cantonese perfective 咗: 投诉咗, 举报咗, 报咗警
    '投诉咗', '举报咗', '检举咗', '报咗警', '报咗案', '报咗消委会'],
  'others-paid': ['别家都赔', '别家赔了', '别家给了', '别家都给', '别的店都', '其他店都', '其他商家都', '人家都赔', '人家都给', '上家都', '别人家都', '别家店都',
    // "别人都是588元解决的": what others settled for, however the settling is worded
    '别人都是', '人家都是', '别家都是', '别的店都是', '其他家都是', '别人都赔', '别人都给', '都是这么解决', '都这么解决',
    // another shop's owner named beside what was paid ("人家老板直接赔了两千")
    '人家老板', '别家老板', '别的老板', '隔壁老板', '人家店主', '别家店主', '人家上次', '别人上次', '上次人家',
    // another shop told of by the claimant ("去年也有家店…后来赔了三千才了事")
    '有家店', '有一家店', '另一家店', '之前那家', '上次那家', '隔壁店', '隔壁那家',
    // Cantonese: 人哋 (others), 第二间 (another shop), 隔篱 (next door)
    '人哋都赔', '人哋都俾', '人哋间铺', '人哋老板', '第二间都', '第二间铺都', '隔篱铺', '隔篱间'],
  // Grounds in the shop's listing rather than its goods: pictures, trademarks, copyright ("盗用我司图片", "侵犯商标")
  pretext: ['侵犯商标', '商标侵权', '侵犯了', '侵权', '盗图', '盗用', '未经授权', '未经许可', '著作权', '版权',
    // HK: 老翻/翻版 (pirated, counterfeit)
    '老翻', '翻版货'],
  group: ['我代表', '代表大家', '代表我们', '代表几个', '我们几个', '几个买家', '一起投诉', '集体投诉', '联名', '我们都买了', '好几个人',
    // Cantonese 我哋 (we)
    '我哋几个', '我哋一班', '代表我哋', '我哋全部都'],
  complaint: ['投诉', '检举', '举报', 'jubao', 'tousu', 'jb你', '去jb', 'jb到', 'ts你', '去ts', '报上去', '交上去', '上报', '递上去', ...inPinyin('投诉', ['tou', 'su']), ...inPinyin('举报', ['ju', 'bao']), '找平台', '小二介入', '平台介入', '申诉', '维权', '客诉',
    // the complaints the law's texts name beside 举报 (敲诈勒索 doctrine: 以揭发…相威胁; 软暴力 opinion: 恶意举报、诬告; petitions: 上访, 信访)
    '揭发', '诬告', '上访', '信访', '越级上访', '进京上访',
    // Cantonese: 揾/搵 (find, go to) the platform
    '揾平台', '搵平台'],
  regulator: ['12315', '12345', '市场监管', '市监', '工商', '海关', '消协', '消保会', '消保官', '消委会', '消基会', '食药监', '药监', '卫生局', '质监', '税务', '监管部门', '有关部门', '相关部门', '执法',
    // as the signal table spells them, pinyin included ("市jian局", "gongshang")
    'jian局', 'gongshang', 'sj局', 'scjg', 'gs局', ...inPinyin('工商', ['gong', 'shang']), ...inPinyin('消协', ['xiao', 'xie']), ...inPinyin('市监', ['shi', 'jian']), '食药局', '消费者协会', '消保处', '稽查', '缉私',
    // the provincial consumer councils' own name (浙江省消保委, 上海市消费者权益保护委员会)
    '消保委', '消费者权益保护委员会',
    // Taiwan and Hong Kong: the consumer protection officials, health and fair-trade authorities
    '消保单位', '消费者保护', '公平会', '卫生署', '卫福部', '食药署', '经济部',
    // the same offices by their longer or other names ("市场监督管理局", "卫生部门", "物价局")
    '市场监督', '监督管理', '质量技术监督', '卫生部门', '卫生监督', '卫健委', '疾控', '物价局', '价格监督', '文旅局', '城管', '12358', '黑猫投诉',
    // Hong Kong: 消费者委员会 (消委会), 食物环境卫生署 (食环署), 食物安全中心, 渔农自然护理署 (渔护署), 竞争事务委员会, 申诉专员公署,
    // 廉政公署 (廉署, ICAC), 入境处; Macau: 澳门消委会, 经济局 / 经济及科技发展局 (经科局), 市政署, 食品安全中心
    '消费者委员会', '消委', '食环署', '食物环境卫生署', '食物安全中心', '食安中心', '渔护署', '竞委会', '竞争事务委员会', '申诉专员', '廉署', '廉政公署', 'icac', '入境处',
    '经济局', '经科局', '经济及科技发展局', '市政署', '食品安全中心'],
  review: ['负评轰炸', '差评轰炸', '给一分', '打一分', '一分的评分', '一分评价', '差评', '负评', '一星', '中评', '追评', '打一星', '挂着', '给差', 'chaping', '负面评价', '不好的评价', '坏评', '留评', 'google评论', 'google评价', '谷歌评论', '写评论', '写评价', '不实评论', '负面评论', '恶意评论', '一星评论', ...inPinyin('差评', ['cha', 'ping']),
    // HK: 劣评 (bad review), 一粒星/零粒星 (one star, no star), 负面食评 (a bad OpenRice review)
    '劣评', '一粒星', '零粒星', '负面食评', '差食评', '劣评食评'],
  exposure: ['小红书', 'xhs', '抖音', '微博', '媒体', '曝光', '记者', '电视台', '朋友圈', '热搜', '发帖', '视频号', '快手', '公众号', '发到网上', '挂到网上', '放到网上', '传到网上', '网上曝光', '爆料',
    // Taiwan and elsewhere online ("爆料公社", "脸书", "ptt", "dcard")
    '脸书', '粉专', 'ptt', 'dcard', '贴吧', '报社', '上网公开', '公开出来', '发上网', '网上发', 'po上网', 'po到网上', 'po网', '发到群里', '让大家看看',
    '上传网络', '上传到网上', '上传至网络', '上传网上', '传上网', '网络公开', '公之于众', '公开曝光', '直播间', '大众点评', '知乎', '头条',
    // Threads ("脆"), Instagram, Facebook as Taiwan buyers name them
    '在脆上', '发脆', 'po脆', 'threads', 'instagram', 'ig上', '发ig', 'facebook', 'fb上', '发fb',
    // the claimant's own audience ("我是穿搭博主", "我粉丝几十万"), and lies spread ("散布不实评论")
    ...inPinyin('曝光', ['bao', 'guang']), ...inPinyin('媒体', ['mei', 'ti']), ...inPinyin('抖音', ['dou', 'yin']), ...inPinyin('小红书', ['xiao', 'hong', 'shu']),
    ...inPinyin('微博', ['wei', 'bo']), '发wb', 'wb上', '上wb', '发dy', 'dy上', '上dy',
    '博主', '网红', '我粉丝', '我的粉丝', '粉丝几', '大v', '散布', '散播', '抹黑',
    // what 敲诈勒索 doctrine names as the threat (以揭发隐私、毁坏名誉相威胁): secrets told, a name ruined (泄露隐私 is a buyer's grievance, not here)
    '揭发隐私', '揭露隐私', '曝光隐私', '公开隐私', '散布隐私', '搞臭', '名声扫地', '身败名裂', '毁坏名誉', '损坏名誉', '败坏名声', '损害商誉', '品牌形象',
    // HK: 放上网/贴上网 (put it online), 连登/LIHKG and 高登 (forums), 讨论区, OpenRice (开饭喇), 起底 (dox), 爆你 (expose you), 公审 (a trial online),
    // 传媒, 上报纸 (not 报纸 alone: goods come wrapped in it), 上新闻, Facebook/IG as HK writes it ("喺FB", "上IG")
    '放上网', '贴上网', '放上facebook', '放上fb', '放上ig', '上连登', '连登', 'lihkg', '高登', '讨论区', 'openrice', '开饭喇', '起底', '起你底', '爆你', '公审', '传媒', '上报纸', '登报', '上新闻',
    '喺fb', '上fb', '喺ig', '上ig', 'ig公开', '公开你', '放你上网', 'threads度', '喺threads'],
  legal: ['起诉', '律师', '法院', '提告', '法律途径', '法律程序', '传票', '告你', '告到', '打官司', '诉讼', '仲裁', '法庭',
    // "私了还是公了", Taiwan's registered warning letter
    '公了', '存证信函', '法律责任', '法律手段', '走法律', '吃官司', '官司见', '法院见', '法庭见', ...inPinyin('起诉', ['qi', 'su']), ...inPinyin('法院', ['fa', 'yuan']),
    // HK/Macau: 律师信, 小额钱债审裁处 (Small Claims Tribunal), 入禀 (file a claim), 法律行动, 民事索偿, 律师楼
    '律师信', '小额钱债', '审裁处', '入禀', '法律行动', '民事索偿', '律师楼', '告上法庭', '告到你'],
  penalty: ['处罚', '罚金', '责令停业', '罚款', '罚你', '平台罚', '被罚', '封店铺', '封你', '封商家', '封掉', '封了你', '封店', '降权', '扣保证金', '保证金', '关店', '关停', '关门大吉', '让你关门', '等着关门', '下架', '扣分', '吊销', '开不下去', '搞垮', '倒闭', '封号', '倾家荡产',
    // the inspection itself ("等着被查", "查封"), and the shop shut ("让店铺关门")
    '被查', '查封', '查处', '查你', '停业', '罚单', '店铺关', '店关门', '让你们关门', '你们关门', '关你店',
    // HK: 执笠 (go bust), 封铺, 钉牌/停牌 (licence revoked or suspended; not 吊牌, a clothing tag in Mandarin)
    '执笠', '封铺', '封你间铺', '钉牌', '停牌', '罚你钱',
    // the business disrupted by the claimant himself ("每天来闹", "让店家几天都干不了活")
    '每天来闹', '天天来闹', '来店里闹', '到店里闹', '闹事', '堵门', '拉横幅', '拉条幅', '砸店', '干不了活', '做不了生意', '没法做生意', '别想做生意', '生意别做了', '生意做不下去', '开不了张',
    // the "soft violence" of the 2019 两高两部 opinion (滋扰、纠缠、哄闹、聚众造势; 贴报喷字、拉挂横幅、摆放花圈、播放哀乐、泼洒污物、
    // 堵门阻工、跟踪贴靠): the business disrupted, and (in MENACE) the pressure itself
    '滋扰', '哄闹', '起哄闹事', '聚众闹', '聚众造势', '纠缠店主', '纠缠商家', '纠缠店家', '纠缠老板', '纠缠被害', '泼洒污物', '泼油漆', '泼粪', '摆放花圈', '摆花圈', '送花圈', '播放哀乐', '贴报喷字', '喷字', '贴大字报', '挂横幅', '围堵', '跟踪贴靠', '跟踪店主', '尾随店主', '断水断电'],
  // "110" only dialled: a bare 110 is as often a sum or a size ("110买你5套").
  police: [...inPinyin('报警', ['bao', 'jing']), '报警', '派出所', '公安', '警察', '打110', '拨110', '报110', '叫110', '打个110', '拨打110', '报案', '警局',
    // HK/Macau: 差馆 (police station), 差人/差佬 (police officer) called (Mandarin 差人 is "send someone"), 警署, 999 dialled, 司警 (Macau's judiciary police)
    '差馆', '叫差人', '揾差人', '报差人', '叫差佬', '揾差佬', '报差佬', '警署', '打999', '报999', '叫999', '司警'],
};

/** The detector's existing signals that fill a slot when they are kept. */
export const SIGNAL_CONCEPTS: Readonly<Record<string, Concept>> = {
  'multiplier.phrase': 'money', 'multiplier.number': 'money', 'settlement.price': 'money', 'settlement.fee': 'compensation', 'payment.transfer': 'money', 'demand.beyond-refund': 'money',
  'demand.conditional': 'condition', 'settlement.deadline': 'condition', 'settlement.withdraw': 'exchange', 'settlement.private': 'compensation',
  'pretext.label': 'pretext', 'pretext.counterfeit': 'pretext', 'pretext.advertising': 'pretext',
  'citation.consumer-law': 'pretext', 'citation.food-safety': 'pretext', 'citation.advertising': 'pretext', 'citation.other-law': 'pretext',
  'off-platform.contact': 'off-platform', 'off-platform.number': 'off-platform',
};

export interface ConceptRule {
  id: string;
  label: string;
  weight: number;
  /** Every slot listed must be filled within one window of clauses. */
  all: readonly Concept[];
  /** At least one of these slots too (none: no such condition). */
  any?: readonly Concept[];
  /** At least this many kinds of leverage in the window. */
  leverageKinds?: number;
  /** A sum read as money must be in the window (not only a payment word). */
  sum?: boolean;
  /** A sum that was paid counts too ("人家老板直接赔了两千"): what others paid is the rule's point. */
  paid?: boolean;
}

/**
 * Ordered strongest first; each window of clauses takes the first rule it meets.
 * Weights follow the level thresholds (high ≥ 0.7, medium ≥ 0.45, low ≥ 0.2).
 */
export const CONCEPT_RULES: readonly ConceptRule[] = [
  { id: 'rule.money-leverage-ultimatum', label: '以投诉、举报、差评、曝光或起诉相要挟，要求付钱了事', weight: 0.9, all: ['money'], leverageKinds: 1, any: ['condition', 'coercion', 'menace', 'vow', 'exchange', 'private'] },
  { id: 'rule.money-exchange', label: '以撤销投诉、举报或删除差评换取金钱', weight: 0.85, all: ['money', 'exchange'] },
  { id: 'rule.compensation-leverage-ultimatum', label: '以投诉、举报、差评、曝光或起诉相要挟，要求赔偿', weight: 0.6, all: ['compensation'], leverageKinds: 1, any: ['condition', 'coercion', 'menace', 'vow', 'exchange', 'private'] },
  { id: 'rule.compensation-exchange', label: '以撤销投诉、举报或删除差评换取赔偿', weight: 0.6, all: ['compensation', 'exchange'] },
  { id: 'rule.sum-exchange', label: '以删除差评或撤销投诉、举报换取一笔钱', weight: 0.8, all: ['exchange'], sum: true },
  { id: 'rule.reported-exchange', label: '称已举报或投诉，并以撤销作为交换条件', weight: 0.65, all: ['report-done', 'exchange'] },
  // Without a condition or an exchange, levers and money stay medium: an angry review names them too.
  { id: 'rule.money-leverage-many', label: '同时以多种方式施压并索要金钱', weight: 0.65, all: ['money'], leverageKinds: 2 },
  { id: 'rule.compensation-leverage-many', label: '同时以多种方式施压并要求赔偿', weight: 0.5, all: ['compensation'], leverageKinds: 2 },
  { id: 'rule.money-leverage', label: '以投诉、举报、差评或曝光施压并索要金钱', weight: 0.4, all: [], any: ['money', 'compensation'], leverageKinds: 1 },
  // Without leverage an ultimatum must name its price ("要么赔我一部分钱，要么给个解决" is an angry buyer's either-or).
  { id: 'rule.money-ultimatum', label: '以“不给钱就…”的条件索要一笔钱', weight: 0.55, all: ['money', 'condition'], sum: true },
  { id: 'rule.others-paid', label: '拿其他店铺的赔付作比较并提出金额', weight: 0.5, all: ['others-paid'], sum: true, paid: true },
  { id: 'rule.pretext-leverage-money', label: '以商品问题为由，以投诉、举报或曝光施压并索要金钱', weight: 0.55, all: ['pretext'], any: ['money', 'compensation'], leverageKinds: 1 },
  // Told to an office or a platform, not to the shop's own service ("已向客服反映，东西过期了"): a lever is named.
  { id: 'rule.pretext-reported', label: '以商品问题为由，并称已举报或投诉', weight: 0.5, all: ['pretext', 'report-done'], leverageKinds: 1 },
  // Compensation talked over privately off the platform ("加薇…赔偿的事私下说"): where the platform cannot see it.
  { id: 'rule.money-private-off-platform', label: '要求到平台外私下谈赔偿', weight: 0.5, all: ['private', 'off-platform'], any: ['money', 'compensation'] },
  { id: 'rule.group-money', label: '代表多名买家索要金钱', weight: 0.5, all: ['group'], any: ['money', 'compensation'] },
  { id: 'rule.exchange-off-platform', label: '以撤销投诉或删除差评为条件，要求到平台外联系', weight: 0.5, all: ['exchange', 'off-platform'], leverageKinds: 1 },
  // "48小时，三千块，过时就走法律程序": a sum with a threat on a condition asks for that sum, whatever verb is missing
  // (a star rating is no such threat: "只需加110块…设施也就1星").
  { id: 'rule.sum-leverage-ultimatum', label: '以投诉、举报或起诉相要挟，并提出一笔钱', weight: 0.5, all: ['condition'], any: ['complaint', 'regulator', 'exposure', 'legal', 'penalty', 'police'], sum: true },
  // Reported speech: "如商家不同意,则以差评、封店等威胁" names the pressure, its condition and its levers.
  { id: 'rule.coercion-leverage-ultimatum', label: '以多种方式相威胁并提出条件', weight: 0.5, all: ['condition'], any: ['coercion', 'menace', 'vow'], leverageKinds: 2 },
  { id: 'rule.money-menace', label: '以威胁、要挟索要金钱', weight: 0.5, all: ['menace'], any: ['money', 'compensation'] },
  { id: 'rule.money-vow', label: '扬言施压并索要金钱', weight: 0.5, all: ['vow'], any: ['money', 'compensation'] },
  // Reported speech: "以标签不合格为由索赔", "谎称吃出苍蝇，要求赔偿": grounds named as the pretext of a claim for money.
  { id: 'rule.grounds-coercion-money', label: '以商品问题为由索要赔偿', weight: 0.5, all: ['coercion', 'pretext'], any: ['money', 'compensation'] },
  // "以衣服掉色为由，向网店索要三百元": grounds as the pretext, the report's taking verb and a sum (法释〔2013〕21号 第6条; 规范职业索赔典型案例).
  { id: 'rule.grounds-taking-sum', label: '以某种理由为借口索要一笔钱', weight: 0.5, all: ['coercion', 'taking'], sum: true },
  { id: 'rule.harm-coercion-money', label: '以所称伤害或异物为由索要赔偿', weight: 0.5, all: ['coercion', 'harm'], any: ['money', 'compensation'] },
  { id: 'rule.leverage-many-ultimatum', label: '同时以多种方式施压并提出条件', weight: 0.45, all: ['condition'], leverageKinds: 3 },
  // Without money named, an ultimatum weighs as a claim only with more than a lever: the threat itself elided or named
  // ("不退我就在脆上面OOXX"), the grounds told and two levers ("有异物…如不妥善处置，将起诉并上传至社交媒体").
  // The threat named or held day after day over two levers ("扬言上传网络爆料、还要通报卫生局", "交罚款没有用，我还会一直举报").
  { id: 'rule.vow-leverage-many', label: '扬言以多种方式施压', weight: 0.45, all: ['vow'], leverageKinds: 2 },
  { id: 'rule.menace-leverage-ultimatum', label: '以条件相逼，并扬言、威胁或暗示施压', weight: 0.45, all: ['condition'], any: ['menace', 'vow'], leverageKinds: 1 },
  { id: 'rule.grounds-leverage-many-ultimatum', label: '以商品问题或伤害为由，以多种方式相威胁并提出条件', weight: 0.45, all: ['condition'], any: ['harm', 'pretext'], leverageKinds: 2 },

];

/** Clauses read together: this many in a row, within one sentence. */
export const CONCEPT_WINDOW = 3;
