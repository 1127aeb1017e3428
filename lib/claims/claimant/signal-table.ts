/**
 * The detector's vocabulary and weights, as data. Every label describes what the
 * message does, never what the person is. Weights were tuned on the labelled
 * corpora in test/corpus (see npm run eval); a weight is the probability-like
 * strength a signal adds on its own — scores combine as a noisy-or, so two weak
 * signals never equal one strong one, and combinations below add their own.
 */
export type SignalGroup =
  | 'citation' | 'multiplier' | 'threat' | 'pretext' | 'settlement' | 'evidence' | 'bulk'
  | 'self-declared' | 'demand' | 'amount' | 'review' | 'payment' | 'off-platform' | 'veiled'
  | 'bait' | 'combination' | 'escalation' | 'context';

export interface PhraseRule {
  id: string;
  group: SignalGroup;
  label: string;
  weight: number;
  phrases: readonly string[];
  /** Counts as asking for money (combines with threats and citations). */
  money?: 'strong' | 'weak';
  /** Counts as a threat (for extortion and for the threat-plus-money combination). */
  threat?: boolean;
  /** Only counts when the same buyer already cited law, threatened or named a sum (or does so in this message). */
  needsHistory?: boolean;
  /** "不会举报", "不用赔偿": a negation just before it cancels the hit. */
  negatable?: boolean;
  /** Asked as a question ("有没有中文标签？") it is a pre-sale question, not a pretext. */
  questionCancels?: boolean;
  /** Refund words inside it ("退款就不用了") do not make the message an ordinary request. */
  cancelsOrdinary?: boolean;
}

export const PHRASE_RULES: readonly PhraseRule[] = [
  // ── legal citations
  { id: 'citation.consumer-law', group: 'citation', label: '引用《消费者权益保护法》', weight: 0.45,
    phrases: ['消费者权益保护法', '消费者权益法', '消保法', '消法', '第五十五条', '五十五条', '惩罚性赔偿', '增加赔偿'] },
  { id: 'citation.food-safety', group: 'citation', label: '引用《食品安全法》', weight: 0.45,
    phrases: ['食品安全法', '食安法', '第一百四十八条', '一百四十八条', '不符合食品安全标准', '食品安全标准'] },
  { id: 'citation.advertising', group: 'citation', label: '引用《广告法》', weight: 0.4,
    phrases: ['广告法', '违反广告法', '第五十七条'] },
  { id: 'citation.other-law', group: 'citation', label: '引用法律条文', weight: 0.45,
    phrases: ['电子商务法', '电商法', '产品质量法', '反不正当竞争法', '价格法', '药品管理法', '化妆品监督管理条例', '标签标识规定', '民法典'] },
  { id: 'citation.generic', group: 'citation', label: '提到法律规定', weight: 0.3,
    phrases: ['法律规定', '相关法律', '依照法律', '根据法律', '依据法律', '第九条', '法律上'] },

  // ── multiplier demands (money by definition)
  { id: 'multiplier.phrase', group: 'multiplier', label: '要求按价款倍数赔偿', weight: 0.4, money: 'strong', questionCancels: true,
    phrases: ['退一赔三', '假一赔三', '假一赔十', '退一赔十', '一赔三', '一赔十',
      // any multiple written the same way ("退一赔五", "假一赔二")
      '退一赔二', '退一赔四', '退一赔五', '退一赔百', '假一赔二', '假一赔五', '假一赔百', '一赔二', '一赔五', '一赔百', '价款三倍', '价款的三倍', '价款十倍', '三倍赔偿', '十倍赔偿', '不足五百', '不足一千', '最低五百', '最低一千'] },

  // ── regulator, legal and media threats
  { id: 'threat.regulator', group: 'threat', label: '提到向监管部门举报', weight: 0.3, threat: true, negatable: true,
    phrases: ['已受理', '工单', '执法大队', '稽查大队', '消委会', '消保委', '消费者权益保护委员会', '消保官', '消基会', '消保处', '卫生局', '食药局', '市监', 'jian局', 'gongshang', 'jubao', '实名举报', '12315', '12345', '市场监管局', '市场监督管理局', '市场监管部门', '市场监管', '市监局', '工商局', '工商', '药监局', '药监', '食药监', '海关', '缉私', '消协', '消保会', '检举', '公平会', '消费者协会', '税务局', '质监局', '举报', '监管部门', '有关部门', '相关部门'] },
  { id: 'threat.legal', group: 'threat', label: '提到起诉或报警', weight: 0.3, threat: true, negatable: true,
    phrases: ['法律程序', '法律手段', '起诉', '提告', '诉讼', '法院', '上诉', '律师函', '律师', '仲裁', '报警', '派出所', '公安', '打官司', '法庭见', '走法律程序', '法律途径', '存证信函'] },
  { id: 'threat.media', group: 'threat', label: '提到向媒体曝光', weight: 0.3, threat: true, negatable: true,
    phrases: ['曝光', '媒体', '记者', '电视台', '发微博', '发抖音', '小红书', '上热搜', '发到网上', '爆料'] },
  { id: 'threat.penalty', group: 'threat', label: '提到罚款或关店', weight: 0.3, threat: true, negatable: true,
    phrases: ['关门大吉', '让你关门', '等着关门', '店开不下去', '开不下去', '封你的店', '店铺关停', '下架', '罚款', '罚你', '封店', '关店', '店铺关', '立案', '行政处罚', '吊销', '坐牢', '判刑', '扣分'] },
  { id: 'threat.complaint', group: 'threat', label: '提到投诉', weight: 0.1, negatable: true,
    phrases: ['投诉', '找平台', '小二介入', '平台介入', '客服介入'] },

  // ── pretexts
  { id: 'pretext.label', group: 'pretext', label: '以标签、说明或资质缺失为由', weight: 0.12, questionCancels: true,
    phrases: ['特殊化妆品', '械字号', '医疗器械注册证', '注册证', '消字号', '进口食品', '无检验报告', '质检报告', '三无', '无中文标签', '没有中文标签', '没中文标签', '中文标签', '中文说明', '无说明书', '没有说明书', '合格证', '3c', '批文', '批准文号', '生产日期', '厂名厂址', '厂址', '生产许可证', 'sc编号', '营业执照', '执照', '资质', '检验检疫', '报关单', '检疫证明', '备案', '标签不合格', '标签不规范', '标签违规', '标签不全', '标识不规范', '标识不全', '标签瑕疵', '标签存在瑕疵', '标签存在问题', '标签有问题', '标签错误',
      // the product's particulars said to be missing ("没有标注产品信息"), not a price or a size left unmarked
      '没有标注产品信息', '没标注产品信息', '未标注产品信息', '没有标注任何信息', '没有产品信息', '无产品信息', '产品信息不全', '缺少产品信息',
      // no maker named at all (三无): "根本没有厂家"
      '没有厂家', '没厂家', '没有生产厂家', '无生产厂家'] },
  { id: 'pretext.counterfeit', group: 'pretext', label: '以假货为由', weight: 0.12, questionCancels: true,
    phrases: ['翻新', '缺斤少两', '假货', '假冒', '仿冒', '不是正品', '售假', '山寨', '伪劣', '假的', '以次充好',
      // HK: 老翻 (pirated), 假嘢 (a fake)
      '老翻', '假嘢'] },
  { id: 'pretext.advertising', group: 'pretext', label: '以宣传用语为由', weight: 0.12, questionCancels: true,
    phrases: ['虚标', '功效宣称', '绝对化用语', '降血糖', '降血压', '降血脂', '抗癌', '治病', '不合规', '极限词', '违禁词', '虚假宣传', '夸大宣传', '最高级', '国家级', '疗效', '治疗', '治愈', '药用', '保健功效', '过期', '临期'] },

  // ── turning down the refund that would settle an ordinary complaint
  { id: 'settlement.refuses-refund', group: 'settlement', label: '拒绝退款退货，另提要求', weight: 0.3, cancelsOrdinary: true,
    phrases: ['退款就不用了', '退货就不用了', '不用退了', '不要退款', '不要退货', '退款不是重点', '不是退款的问题', '不要换也不要退', '不退也不换', '退款没用', '光退款可不行', '不是退不退的问题', '退了也没用'] },

  // ── settlement pressure
  { id: 'settlement.private', group: 'settlement', label: '提出私下和解', weight: 0.3,
    phrases: ['和解函', '索赔函', '和解协议', '私了', '私下解决', '私下处理', '和解', '协商解决', '大事化小', '私下谈', '私下商量', '私下协商'] },
  { id: 'settlement.price', group: 'settlement', label: '要求卖家开价或“拿出诚意”', weight: 0.45, money: 'strong',
    phrases: ['看你们诚意', '看你们的诚意', '你们的诚意', '电话里说数', '给个诚意', '给点诚意', '表示点诚意', '说个价', '拿钱说话', '破点财', '给个数', '开个价', '出个价', '报个价', '给个价', '说个数', '拿出诚意', '拿出点诚意', '拿点诚意', '看你诚意', '看你的诚意', '看诚意', '花钱消灾', '破财消灾'] },
  // A fee named ("精神损失费谁赔", "1000豆的封口费", "摆平") asks for money but is no settlement on its own: angry reviews name them too.
  { id: 'settlement.fee', group: 'settlement', label: '提出名目费用（封口费、精神损失费等）', weight: 0.3, money: 'strong',
    phrases: ['摆平', '封口费', '辛苦费', '精神损失费', '误工费', '损失费', '删帖费', '保护费', '花钱解决', '花钱摆平', '花点钱'] },
  { id: 'settlement.withdraw', group: 'settlement', label: '以撤销举报或投诉作为交换条件', weight: 0.35, threat: true, negatable: true,
    phrases: ['不会找你麻烦', '不找你麻烦', '撤诉', '撤案', '撤销举报', '撤回举报', '撤销投诉', '撤回投诉', '就不举报', '就不投诉', '就不起诉', '就不曝光', '不再追究', '不追究', '既往不咎', '就不差评', '就删', '就撤'] },
  { id: 'settlement.deadline', group: 'settlement', label: '设定期限施压', weight: 0.12,
    phrases: ['今天之内', '今天内', '明天之前', '逾期', '过时不候', '最后一次机会', '最后通牒', '否则'] },

  // ── staged evidence
  { id: 'evidence.notarised', group: 'evidence', label: '声称已公证或保全证据', weight: 0.35, negatable: true,
    phrases: ['公证', '保全证据', '证据保全', '已保全', '证据固定', '固定证据', '存证', '时间戳', '取证'] },
  { id: 'evidence.recorded', group: 'evidence', label: '声称已录音、录屏或截图留证', weight: 0.15, negatable: true,
    phrases: ['录音', '录屏', '截图保存', '已截图', '截图了', '截图留证', '留证', '保存证据', '证据确凿'] },

  // ── bulk purchase words (quantities come from the number scanner)
  { id: 'bulk.phrase', group: 'bulk', label: '提到大量或多次购买', weight: 0.2,
    phrases: ['批量购买', '多次购买', '买了很多', '拍了很多', '囤了'] },

  // ── self-declared
  { id: 'self-declared', group: 'self-declared', label: '自称打假或职业索赔', weight: 0.6, questionCancels: true,
    // Not a bare 打假: a review says it of a campaign or an office ("3.15打假", "建议工商打假"), not of the writer.
    phrases: ['职业打假', '打假人', '打假的', '专业打假', '职业索赔', '知假买假'] },

  // ── claim-group slang (上车: joining a group claim; 下车: settled and leaving)
  { id: 'slang.claim-group', group: 'self-declared', label: '使用索赔圈用语（上车、下车、车票）', weight: 0.3, needsHistory: true,
    phrases: ['上车', '下车', '车票', '做单', '吃货'] },

  // ── money demand words
  { id: 'demand.compensation', group: 'demand', label: '要求赔偿', weight: 0.15, money: 'weak', negatable: true,
    phrases: ['要赔', '都要赔', '得赔', '必须赔', '赔不赔', '赔吧', '赔了', '赔多少钱', '赔偿', '赔我', '赔钱', '补偿', '索赔', '赔付', '赔点', '赔偿金', '赔多少', '怎么赔', '给我钱', '要钱'] },

  { id: 'demand.beyond-refund', group: 'demand', label: '在退款之外另要赔偿', weight: 0.3, money: 'strong', cancelsOrdinary: true,
    phrases: ['赔偿也得给', '还要赔偿', '另外赔偿', '额外赔偿', '另外补偿', '额外补偿', '还得赔', '还要补偿', '退款之外', '除了退款'] },
  { id: 'demand.conditional', group: 'demand', label: '以“不赔就…”提出条件', weight: 0.2, money: 'weak',
    phrases: ['不赔就', '不赔的话', '不给就', '不给的话', '不赔偿就', '不赔钱就'] },

  // ── bad reviews (issue 9)
  { id: 'review.bad', group: 'review', label: '提到差评或删评', weight: 0.15, threat: true, negatable: true,
    phrases: ['负评轰炸', '差评轰炸', '给一分', '打一分', '一分的评分', '一分评价', '不发评价', '发评价', '不写评价', '评价就不写', '评价我就不写', '给好评', '改成好评', '删掉评价', '评价删', '差评', '追评', '中评', '一星', '删评', '删差评', '删除评价', '改评', '改好评', '评价里', '挂着', '晒出来', '晒图', '负评', '给负评', '负面评价',
      // HK: 劣评 (a bad review)
      '劣评'] },

  // ── payment slang and euphemism
  { id: 'payment.transfer', group: 'payment', label: '要求转账或红包', weight: 0.25, money: 'strong',
    phrases: ['红包', '转账', '转我', '转给我', '打给我', '打到我', '私下转', '微信转', '支付宝转'] },
  { id: 'payment.other-shops', group: 'payment', label: '拿其他店铺的赔付作比较', weight: 0.15,
    phrases: ['别家', '别的店', '其他店', '人家老板', '其他商家', '别家都', '别的店都', '其他店都', '其他商家都', '上一家', '人家店', '别的商家', '上家都'] },
  { id: 'payment.vague', group: 'payment', label: '在施压的同时或之后询问如何“解决”或给多少', weight: 0.3, money: 'strong', needsHistory: true,
    phrases: ['怎么解决', '解决一下', '怎么处理', '看着给', '表示一下', '意思一下', '意思意思', '给多少', '赔多少', '能补偿多少', '准备怎么'] },
  // A bare "多少" asks how much only beside pressure, and never makes a pretext a demand ("假货…掺了多少水").
  { id: 'payment.how-much', group: 'payment', label: '在施压的同时或之后询问金额', weight: 0.3, money: 'strong', needsHistory: true,
    phrases: ['多少'] },

  // ── moving off the platform
  { id: 'off-platform.contact', group: 'off-platform', label: '要求转到平台外联系', weight: 0.2,
    phrases: ['换个地方聊', '不方便在平台', '平台上不方便', '私下说', '平台会看到', '这里不方便', '这边不方便', '微信', '威信', '薇信', '徽信', 'v信', 'vx', 'wx', '薇', '加v', '加q', '加我', '加个', '加一下', 'qq', '扣扣', '企鹅号', '加赖', '加line', 'whatsapp', '手机号', '私聊', '私下聊', '联系方式', '钉钉',
      // A call asked for, not 电话 alone: a review tells of calls made to the shop, and a phone or earphone review of the
      // device's calls ("打电话声音小")
      '打我电话', '打我的电话', '给我打电话', '给我打个电话', '给我电话', '打电话给我', '打个电话给我', '回我电话', '留个电话', '留电话', '留下电话',
      '留一下电话', '你电话', '你的电话', '电话多少', '私人电话', '电话联系我', '电话里说', '电话里谈', '电话里聊', '电话里我', '电话里给', '电话聊', '电话谈', '电话也行'] },

  // ── "我也不想去工商": a threat named while saying one would rather not
  { id: 'veiled.reluctant', group: 'veiled', label: '以“不想去举报”的说法暗示举报', weight: 0.25, threat: true,
    phrases: [] },

  // ── veiled threats (only after earlier pressure from the same buyer)
  { id: 'veiled', group: 'veiled', label: '在施压的同时或之后使用隐含威胁的说法', weight: 0.4, threat: true, needsHistory: true,
    phrases: ['自己考虑', '考虑清楚', '想清楚', '自己想想', '往大了说', '你看着办', '看着办', '后果自负', '别怪我', '等着瞧', '走着瞧', '你懂的', '好自为之', '掂量', '不想闹大', '闹大', '搞大', '别后悔', '会后悔', '吃不了兜着走', '有你好看', '你等着', '奉陪到底', '陪你玩', '慢慢玩', '不会就这么算了', '没完没了',
      // "出了事你们赔不起": the cost held over the seller
      '赔不起', '赔得起吗', '担待不起', '担当不起', '负得起责吗'] },

  // ── bait before buying (remembered; a counterfeit claim later on makes it count)
  { id: 'bait.replica', group: 'bait', label: '询问仿品', weight: 0.05,
    phrases: ['精仿', '高仿', 'a货', '复刻', '原单', '一比一', '仿品'] },
  { id: 'bait.genuine-question', group: 'bait', label: '询问是否正品', weight: 0,
    phrases: ['是正品吗', '是不是正品', '保真吗', '正品吗', '假的吗', '有没有假'] },
];

/**
 * Words that explain a message as an ordinary request. Platform compensation
 * cancels any hit inside it ("延迟发货赔付" is not a demand); refund and
 * exchange words lower a message that asks for no money.
 */
export const PLATFORM_COMPENSATION: readonly string[] = [
  '运费险', '退运费', '赔运费', '价保', '保价', '价格保护', '退差价', '补差价', '延迟发货赔付', '延迟发货补偿', '延迟发货', '发货超时',
  '超时赔付', '缺货赔付', '晚发赔付', '破损补寄', '破损包赔', '坏了包赔', '包赔', '赔付运费', '好评返现', '晒图返现', '返现',
];
/** Who the money is asked of, when it is the writer ("要我们赔", "向我索要"). */
export const ASKED_OF_ME: readonly string[] = ['要求我', '要求我们', '让我', '让我们', '叫我', '叫我们', '逼我', '逼我们'];
/** "向我索要", "跟我要钱": taken from the writer (but "向我赔偿" pays the writer). */
export const TAKEN_FROM_ME: readonly string[] = ['向我索要', '向我们索要', '向我索赔', '向我们索赔', '跟我要钱', '找我要钱', '问我要钱', '跟我们要钱', '找我们要钱'];
/**
 * The shop's own side, as a review names it: a demand whose speaker is one of these ("前台因为毛巾的事要求赔偿110元",
 * "酒店硬是要赔500") is the shop's claim on the writer, told in a review, not a buyer's claim on the shop.
 * Not 对方/他们: a seller telling of a claimant says "对方要求赔偿".
 */
export const OTHER_SIDE: readonly string[] = ['前台', '服务员', '服务生', '酒店', '宾馆', '饭店', '餐厅', '店家', '商家', '老板', '经理', '保安', '司机',
  '店员', '工作人员', '物业', '房东', '客服', '售后', '快递员', '快递小哥', '收银员', '领班', '主管'];
/** What the shop's side does when it asks ("要求", "硬是要", "说"), read between it and the sum or demand word. */
export const OTHER_SIDE_ASKS: readonly string[] = ['要求', '非要', '硬要', '硬是要', '说要', '要我', '让我', '叫我', '要收', '收我', '要赔', '说'];
/**
 * A buyer or claimant named between them, or the shop addressed ("老板你说赔多少"): the demand is the buyer's after all
 * ("店主报警后男子要求…").
 */
export const BUYER_NAMED = /男子|女子|买家|顾客|嫌疑|被告|打假|职业|当事人|你/;

/** What an "else" clause wishes the goods were ("不然就完美了", "否则会更好"): a review's regret, not a threat. */
export const WISHED_BETTER: readonly string[] = ['完美', '更完美', '好了', '更好', '十全十美', '满分', '五星', '无敌', '没毛病'];

/** Longer words that contain a phrase but mean something else ("解释" is not "和解"): a hit inside one is dropped. */
export const NOT_A_PHRASE: readonly string[] = ['了事情', '了事实', '了事故', '了事件',
  // "你认不认识他": knowing someone, not admitting blame
  '认不认识', '认不认得', '你认不认识', '你们认不认识', '你认不认得', '你们认不认得',
  // "敷衍了事", "出了事": careless work and trouble happening are no matter settled
  '敷衍了事', '草草了事', '马虎了事', '应付了事', '匆匆了事', '糊弄了事', '搪塞了事', '出了事', '办不了事', '错了事', '坏了事', '误了事', '做了事', '办了事', '有了事',
  // "到目前为止" is no deadline, "多花点钱买别家的" no settlement, "电话都不打给我" no transfer, "用中文打假货" no self-declared claimant
  '目前为止', '现在为止', '迄今为止', '多花点钱', '多花钱', '不打给我', '电话打给我', '打给我电话', '打给我确认', '打假货',
  // "多媒体" and a camera's "曝光补偿" are no media threat
  '多媒体', '曝光补偿', '自动曝光', '曝光度', '曝光时间', '和解释',
  // "清晰的定位和解析力": resolution (解析) after 和 is no settlement
  '和解析',
  // A phone review's camera, calls and coupons: photographic exposure, the phone's calling, a platform's own 红包,
  // the photos of one's own review ("我的晒图里") are no media threat, no contact off the platform, no payment, no review threat
  '手持曝光', '长曝光', '长时间曝光', '慢门曝光', '多帧曝光', '延时曝光', '曝光控制', '曝光准确', '曝光过度', '曝光不足', '曝光技术', '曝光模式', '曝光值', '曝光参数',
  // The phone's own media (an app asking for "媒体内容和文件" access, "媒体音量"): no press named
  '媒体内容', '媒体文件', '媒体和文件', '媒体权限', '媒体音量', '媒体播放', '媒体库', '媒体存储', '流媒体',
  '自媒体', '媒体评测', '电话手表', '接打电话', '打电话声音', '打电话的声音', '打电话效果', '电话卡', '接电话', '来电话', '打电话发短信', '打电话看视频', '打电话聊微信', '打电话刷微信',
  '京豆红包', '红包券', '红包e卡', '使用红包', '用了红包', '领红包', '抢红包', '红包雨', '平台红包', '优惠红包',
  '我的晒图', '看晒图', '见晒图', '晒图里', '如晒图', '晒图为证', '晒图所示', '如果不是', '要不是', '为由于', '认为由', '作为由',
  // Someone else who fights fakes, named in the news ("乳业第一打假人"), is not the writer declaring himself one
  '第一打假人', '打假第一人', '打假英雄', '打假名人', '著名打假人', '知名打假人', '打假斗士',
  // A call already made to the shop or hotel ("给前台打了电话", "打电话问他们"), told in a review, asks for no contact elsewhere
  '打了电话', '打过电话', '打了个电话', '打了几次电话', '打了好几次电话', '打了无数次电话', '打了很多电话', '打电话问', '打电话过去', '打电话给他们', '打电话给酒店', '打电话给客服', '打电话给前台',
  // A product gone from sale, a shelf ("可惜已经下架了", "下架子歪了") and a review's own marks ("扣分项是续航"): no penalty threatened
  '已经下架', '已下架', '下架子', '上架子', '系统下架', '扣分项', '扣分点', '扣分的地方', '扣分主要', '扣分原因', '扣分在于', '扣分是因为', '唯一扣分', '扣一分', '扣两分', '扣1分', '扣2分',
  // Paying more for a better product ("不如花点钱买正品"): no fee asked
  '不如花点钱', '花点钱买', '花点钱去', '宁愿花点钱', '宁可花点钱', '能不能花点钱',
  // A promotion's "while stocks last" ("赠品送完为止"), "so far" ("截至今天为止") and "until it breaks": no ultimatum's deadline
  ...['送完', '赠完', '售完', '卖完', '送满', '发完', '领完', '抢完', '用完', '用坏', '穿坏', '点到', '至今', '截至今天', '截止今天', '截止到今天', '截至今日', '截至现在', '截止现在'].map((what) => `${what}为止`),
  // A permission withheld that stops the writer using the app ("不给权限就用不了"): a consequence on the writer, no pay-or-else
  ...['不给', '不给的话', '不给权限', '不授权'].flatMap((no) => ['就用不了', '就不能用', '就没法用', '就无法使用', '就不能使用', '就打不开', '就进不去', '就装不了', '就安装不了'].map((blocked) => no + blocked)),
  // A refusal taken as it is ("不退钱就算了", "不给也就算了"): the buyer gives up, no pay-or-else
  ...['不给', '不赔', '不退', '不补', '不给钱', '不赔钱', '不退钱', '不赔偿', '不补偿'].flatMap((no) => [`${no}就算了`, `${no}也就算了`, `${no}也罢`, `${no}拉倒`, `${no}就拉倒`]),
  // Where the buyer saw or bought the item ("小红书上看到的那款", "抖音直播间买的"): a place, not exposure threatened
  ...['小红书', '抖音', '微博', '快手', '知乎', '朋友圈', '公众号', '直播间', 'xhs', 'ins', 'instagram', '脸书', 'facebook'].flatMap((where) =>
    ['上看到', '看到', '上刷到', '刷到', '上买', '里买', '买的', '种草', '推荐', '上推荐', '上种草', '同款', '爆款', '网红款'].map((seen) => where + seen)),
  // "要交一百多的税，不然就完美了": what would have made it perfect, a wish, no ultimatum
  ...['不然', '否则', '要不然', '要不'].flatMap((otherwise) => ['就', '会', '真的'].flatMap((then) => WISHED_BETTER.map((better) => otherwise + then + better))),
  // "else who would buy it", "else how could it be": a rhetorical else, no ultimatum
  ...['不然', '否则', '要不然'].flatMap((otherwise) => ['谁', '怎么会', '怎么可能', '也不会', '我也不会', '哪会', '哪能', '早就', '还以为', '我还以为'].map((what) => otherwise + what)),
  // Waiting for the parcel ("就等着收货吧"), exposure the news already made ("媒体都曝光过这家"), and readers told to
  // judge for themselves ("还敢买的自己看着办"): no lever held over the shop
  ...['收货', '发货', '到货', '快递', '退款', '拿货', '回复', '消息', '客服', '用', '吃'].map((what) => `就等着${what}`),
  '曝光过这', '曝光过他', '曝光过她', '央视曝光', '新闻曝光', '媒体报道过', '新闻报道过', '电视台报道过', '媒体都曝光过', '媒体曝光过',
  // what a complaint already got ("投诉了才给补偿10元"): a story told, no complaint threatened
  '投诉了才', '投诉后才', '投诉之后才', '投诉以后才', '投诉完才',
  ...['买的', '想买的', '要买的', '大家', '各位', '网友们'].flatMap((who) => [`${who}自己看着办`, `${who}看着办`]),
  // Evidence not taken ("没有拍照取证"): nothing kept to press with
  ...['没有', '没', '没来得及', '忘了', '忘记'].flatMap((no) => ['拍照取证', '拍照留证', '拍照存证', '取证', '留证'].map((what) => no + what)),
  // A rating withheld ("一颗星都不给的话"): not a refusal to pay
  ...['星都不给', '星也不给', '星都不想给', '星也不想给'].flatMap((stars) => [`${stars}的话`, `${stars}就`]),
  // Asking whether a claim is possible at all ("能索赔吗？"): a buyer's question, no demand
  ...['能', '可以'].flatMap((may) => ['索赔么', '索赔吗', '申请赔偿吗', '申请赔偿么', '申请索赔吗', '申请索赔么'].map((what) => may + what)),
  // "这不是威胁，是实话": the threat disowned
  '不是威胁', '不算威胁', '并非威胁', '没有威胁', '不是要挟', '不是恐吓',
  // "太没有隐私了" holds no 私了
  // Macau's 经济局 named in "经济局势" is the state of the economy
  '经济局势', '经济局面',
  // Cantonese 如果唔系 is 如果不是, "if it weren't"
  '如果唔系', '若果唔系',
  '隐私了', '私了解', '没完没了的', '下车后', '上车后', '下车时', '上车时', '赔本', '赔钱货',
  // The shop accused of extortion, or others warned of it ("小心讹诈", "简直是敲诈", "敲诈消费者"): the writer is the one asked.
  ...['小心', '谨防', '提防', '简直是', '纯属', '分明是', '明显是', '这是', '就是', '典型的'].flatMap((how) => ['讹诈', '敲诈', '勒索', '讹钱', '讹人'].map((what) => how + what)),
  ...['讹诈', '敲诈', '勒索'].flatMap((what) => ['消费者', '顾客', '客人', '游客', '住客', '乘客'].map((whom) => what + whom)),
  // Money asked of the writer ("前台要我们赔偿2000元"): a review telling of a hotel's claim, not a buyer's.
  ...ASKED_OF_ME.flatMap((who) => ['赔偿', '赔钱', '补偿', '付钱', '交钱', '给钱', '出钱'].map((what) => who + what)), ...TAKEN_FROM_ME,
  // A seller asking the writer to take a review back ("给了个红包让我改好评"): a review telling of a bribe, not a claim.
  // Not "要我删差评…": that is also a claimant's "if you want me to delete it, pay".
  ...['让我', '求我', '叫我', '逼我', '请我', '让我们', '求我们', '叫我们'].flatMap((who) => ['删差评', '删评', '删除差评', '删除评价', '删掉差评', '删了差评',
    '删评价', '删掉评价', '改好评', '改评', '改成好评', '改评价', '把差评删', '把评价删', '把评论删', '把差评删了', '把评价删了', '把差评删掉', '把评价删掉', '把差评改了', '撤掉差评', '追加好评', '给好评', '写好评'].map((what) => who + what)),
  // The seller's own promise quoted ("说好的假一赔十"), not a demand.
  ...['说好的', '说好', '承诺', '号称', '保证', '声称', '宣称', '写着', '标着', '标榜', '不是说', '说是'].flatMap((who) => ['假一赔十', '假一赔三', '假一罚十', '假一赔万', '假一赔百'].map((what) => who + what))];

export const ORDINARY_REQUEST: readonly string[] = [
  '退款', '退货', '换货', '换一个', '换个', '补发', '重发', '退回', '退掉', '退了', '退钱', '仅退款', '给个说法', '回复', '处理一下', '给退', '说清楚', '给个解释',
  // Cantonese: 退返钱/退番钱 (refund), 换返/换过 (exchange), 补返 (send again)
  '退返钱', '退番钱', '退返款', '换返', '换过件', '补返',
];

/** Combinations: each becomes a signal of its own with this weight and label. */
export const COMBINATIONS = {
  citationMoney: { id: 'combination.citation-money', label: '引用法条并要求赔偿', weight: 0.8 },
  threatMoney: { id: 'combination.threat-money', label: '以举报相威胁索要金钱', weight: 0.85 },
  reviewMoney: { id: 'combination.review-money', label: '以差评相要挟索要金钱', weight: 0.8 },
  withdrawMoney: { id: 'combination.withdraw-money', label: '以撤销举报换取金钱', weight: 0.85 },
  settlementMoney: { id: 'combination.settlement-money', label: '提出私了并索要金钱', weight: 0.75 },
  pretextMultiplier: { id: 'combination.pretext-multiplier', label: '以商品问题为由要求倍数赔偿', weight: 0.75 },
  pretextAmount: { id: 'combination.pretext-amount', label: '以标签、资质或宣传问题为由索要金钱', weight: 0.6 },
  evidenceMoney: { id: 'combination.evidence-money', label: '声称已保全证据并要求赔偿', weight: 0.6 },
  bulkMoney: { id: 'combination.bulk-money', label: '大量购买后要求赔偿', weight: 0.55 },
  threatDeadline: { id: 'combination.threat-deadline', label: '限期答复并以举报相威胁', weight: 0.4 },
  refusalPretext: { id: 'combination.refusal-pretext', label: '拒绝退款退货，并以商品问题施压', weight: 0.5 },
  extortion: { id: 'combination.extortion', label: '以威胁索要 2000 元以上（已达敲诈勒索“数额较大”的起点，建议保留聊天记录等证据，必要时报警）', weight: 0.95 },
} as const;

/** Signals read from numbers rather than phrases. */
export const NUMBER_SIGNALS = {
  multiplier: { id: 'multiplier.number', group: 'multiplier', label: '要求按价款倍数赔偿', weight: 0.45 },
  bulk: { id: 'bulk.quantity', group: 'bulk', label: '购买同一商品多件', weight: 0.2, bigWeight: 0.3, min: 5, big: 10 },
  deadline: { id: 'settlement.deadline', group: 'settlement', label: '设定期限施压', weight: 0.15 },
  phone: { id: 'off-platform.number', group: 'off-platform', label: '留下平台外的联系号码', weight: 0.3 },
  amount: { id: 'amount.demanded', group: 'amount', weight: 0.25, atLeast500: 0.35, atLeast2000: 0.45 },
} as const;

export const EXTORTION_THRESHOLD_YUAN = 2000;

export const CONTEXT_SIGNALS = {
  manyOrders: { id: 'context.same-item-orders', label: '同一商品多次下单', weight: 0.2, min: 3 },
  flaggedBefore: { id: 'context.flagged-before', label: '此前已有消息被标记', weight: 0.2 },
  fastClaim: { id: 'context.fast-claim', label: '签收后很快即引用法条索赔', weight: 0.1, hours: 2 },
  singleOrderFactor: 0.9,
} as const;

/** Refund or exchange words and no money demand: the message reads as an ordinary complaint. */
export const ORDINARY_REQUEST_FACTOR = 0.6;

export const LEVEL_THRESHOLDS = { low: 0.2, medium: 0.45, high: 0.7 } as const;

/**
 * The buyer's own approval of what was tried ("尝了，感觉很不错", "吃着挺好"): read by the conversation only, never
 * alone. A label or licence pretext raised after it, with a refund or money asked, is the claimant's order — try, praise,
 * then find the technicality — not a defect the buyer met. A verdict word after what was tried or how it is; or the
 * praise as one word. "感觉不好", "感觉好像…" are no approval: each verdict says so outright.
 */
export const APPROVAL = {
  aspects: ['感觉', '味道', '口感', '效果', '质量', '吃着', '用着', '喝着', '穿着', '吃起来', '用起来', '喝起来'],
  verdicts: ['不错', '还不错', '很不错', '挺不错', '蛮不错', '真不错', '很好', '挺好', '蛮好', '非常好', '真好', '特别好', '很满意', '挺满意', '非常满意', '很棒', '挺棒'],
  words: ['很好吃', '挺好吃', '真好吃', '非常好吃', '特别好吃', '好好吃', '很好用', '挺好用', '非常好用', '很好喝', '挺好喝', '非常好喝'],
} as const;
