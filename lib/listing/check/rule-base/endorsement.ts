import type { Rule } from '../schema';
import { everywhere } from './severity';

// Countries and regions outside the customs border (台港澳 cosmetics are registered as imports too).
const ABROAD = ['法国', '日本', '韩国', '美国', '德国', '英国', '意大利', '西班牙', '荷兰', '瑞士', '比利时', '丹麦', '澳洲', '澳大利亚', '新西兰', '加拿大', '泰国', '俄罗斯', '马来西亚', '越南',
  '欧洲', '欧美', '日韩', '香港', '台湾', '澳门'];

export const ENDORSEMENT_RULES: Rule[] = [
  {
    id: 'state-endorsement', group: 'endorsement', basis: 'ad-9-2', negatable: true,
    terms: ['特供', '专供', '国宴', '国家机关推荐', '政府推荐', '机关专用', '部队专用', '军工品质', '军供', '国家领导人', '人民大会堂', '国家免检',
      // State organs by name (中组部监制 on a badge): 第9条第2项 bars their names as much as "国家机关推荐".
      '中组部', '中宣部', '国务院', '中央军委', '全国人大',
      // Party and state leaders named as visiting or praising the goods (省委领导调研时品尝并赞誉…): 变相使用国家机关
      // 工作人员的名义. 欢迎莅临 (a shop's welcome) stays quiet: only an official visit's formula is a term; 市委/县委 only with
      // 领导/书记, as 城市+委托 reads across a word boundary.
      '省委', '市委领导', '县委领导', '市委书记', '县委书记', '领导视察', '领导调研', '莅临视察', '莅临指导', '莅临考察', '一行莅临',
      // What the 特供/专供 clean-ups (工商总局等 2011; 市场监管总局 2020s) name: 特供/专供 said of state organs, the
      // army or "internal supply". Written out so that a sale-edition allow phrase (特供套装) cannot hide them.
      '机关特供', '机关专供', '政府特供', '政府专供', '军队特供', '军队专供', '部队特供', '军需特供', '内部特供', '内部专供',
      // Military supply (军品: 军服管理条例 bars military goods to the market) and a state gift (国礼, 作为国礼赠送) borrow
      // the army's or the state's name as 特供 does; a certification or recommendation "by the state" names no body that
      // gave it (国家认证品牌): 变相使用国家机关名义. 冠军品质, 中国礼盒 and the certification body's name are allowed (allow.ts).
      '军品', '军需品', '国礼', '国家认证', '国家认可', '国家推荐', '国家指定',
      // A state body left unnamed as the one that approved or specially released the goods (国家权威部门批准特别发行):
      // 变相使用国家机关名义, as 国家认证 is. 符合国家有关部门规定 (compliance) names no approval and stays quiet.
      '国家权威部门', '权威部门批准', '权威部门认证', '权威部门认可', '权威部门推荐', '国家有关部门批准', '国家有关部门认证', '国家有关部门推荐', '国家部门批准', '国家特批', '特批发行', '批准特别发行',
      // Audit: state organs by name as recommending, certifying or designating (卫健委认证, 农业部推荐, 体育总局指定): 第9条第2项
      // as 中组部 is. Left out where the organ's own licence or list is lawfully cited: 教育部 (推荐书目 on books), 工信部 (进网
      // 许可), 商务部 (中华老字号), 科技部 (高新技术企业), 药监局 (a drug's or device's approval); 批准 and 备案 (a registration).
      ...['卫生部', '卫健委', '卫计委', '质检总局', '市场监管总局', '农业部', '农业农村部', '体育总局'].flatMap((o) =>
        ['推荐', '认证', '认可', '指定', '监制'].map((v) => o + v)),
      // The army's commands by name (五大战区, 东部战区…) borrow the military's standing as 军品 does (第9条第2项); the game
      // 使命召唤战区 names no command. The police as endorsers (公安部推荐, 警方推荐) likewise.
      '五大战区', '东部战区', '南部战区', '西部战区', '北部战区', '中部战区', '公安部推荐', '公安部认证', '公安部指定', '公安局推荐', '公安局指定', '警方推荐', '警方指定'],
    reason: '使用或暗示国家机关、军队名义；"国家免检"早已取消。',
    rewrite: '删去，改写商品本身的品质事实',
    exemptions: [], severity: everywhere('high'),
  },
  {
    // State media named as recommending, certifying or showcasing the goods (人民日报推荐, CCTV展播品牌, 央视合作品牌): the
    // party paper and the state broadcaster grant no such title, and a paid advertising slot is no recommendation, so the
    // claim is an honour or endorsement not as stated (广告法第28条第2款第2项) that borrows the state's standing (第9条第2项).
    // The paper or a programme sold as goods (人民日报出版社图书, 央视纪录片DVD) and a listing on a ranking (入围…品牌榜,
    // a fact to prove) carry no such verb and stay quiet.
    // Matched as written (disguised: false): combinations, whose homophone and pinyin forms would cost the content
    // script's size budget more than the few sellers who would disguise a media name.
    id: 'state-media-endorsement', group: 'endorsement', basis: 'ad-28', negatable: true, disguised: false,
    terms: ['人民日报', '新华社', '央视', 'CCTV', '中央电视台', '新闻联播'].flatMap((m) =>
      ['推荐', '力荐', '认证', '认可', '指定', '展播', '合作品牌', '品牌计划', '上榜品牌'].map((v) => m + v)),
    reason: '官方媒体不为商品作推荐、认证或授予"展播品牌"；购买广告时段也不是推荐。写"人民日报推荐""CCTV展播品牌"无法证明的，属荣誉、推荐与实际不符，并借用国家名义。',
    rewrite: '删去媒体推荐、认证字样；确曾投放广告的，只写可证明的事实（如"20××年在××频道投放广告"）',
    exemptions: [], severity: everywhere('medium'),
  },
  {
    // 广告法第16条第1款第4项、第18条第1款第5项 (medical, drug, device and health-food ads may not
    // use endorsers); 化妆品标签管理办法第19条 (no recommendation in the name of medical bodies,
    // their staff or experts). On other goods such a recommendation is merely a claim to prove.
    id: 'professional-endorsement', group: 'endorsement', basis: 'ad-16', negatable: true,
    basisFor: { 'health-food': 'ad-18', cosmetics: 'cosmetics-label-19' },
    // 院推荐: a hospital, a research institute or an academy (16(1)(4): 医药科研单位、学术机构、医疗机构), by whatever name (九院推荐).
    // 院士, 教授, 营养师, 科学家 are the professionals of 16(1)(4) and 18(1)(5) by other titles.
    terms: ['院士推荐', '教授推荐', '营养师推荐', '科学家推荐', '中科院认证', '科学院认证', '医生推荐', '医师推荐', '专家推荐', '院推荐', '医院专用', '医院同款', '医生同款', '药师推荐', '皮肤科医生', '医学专家', '医护推荐', '医护建议', '护士推荐'],
    reason: '医疗器械、保健食品、化妆品不得利用医生、专家、医疗机构的名义作推荐或证明；其他商品写了也须能证明。',
    rewrite: '删去医生、专家、医院的推荐字样，改写商品本身的事实',
    exemptions: [], severity: everywhere('low', { 'medical-device': 'high', 'health-food': 'high', cosmetics: 'high', food: 'medium' }),
  },
  {
    id: 'well-known-mark', group: 'endorsement', basis: 'trademark-14', negatable: false,
    terms: ['驰名商标', '中国驰名商标'],
    reason: '商标法禁止把"驰名商标"字样用于商品、包装和广告宣传，即使确已认定。',
    rewrite: '删去"驰名商标"字样',
    exemptions: [], severity: everywhere('high'),
  },
  {
    id: 'patent-unnumbered', group: 'endorsement', basis: 'ad-12', negatable: false,
    terms: ['专利', '国家专利', '专利产品', '专利技术'],
    reason: '宣传专利须标明专利号和专利种类；申请中或已失效的专利不得宣传。',
    rewrite: '写明"专利号：ZL××××××××.×（发明/实用新型/外观设计）"，或删去',
    exemptions: ['patent-number'], severity: everywhere('medium'), unlessField: ['专利号', 'zl'],
  },
  {
    // Why only food and cosmetics: a true origin or import claim is lawful on any goods, and a
    // false one is a false advertisement (广告法第28条第2款第2项) that the listing's words cannot
    // show. Only for food (食品安全法第97条: an imported prepackaged food needs a Chinese label)
    // and cosmetics (化妆品监督管理条例第35条: Chinese label; 第17、19条: registration or filing)
    // does the claim itself create a duty that claimants test, so the finding is a reminder there.
    // 原装/正品 alone ("原装正品" earphones) claims an original or genuine article, not an import:
    // if false it is counterfeiting (商标法) or a quality issue, not a wording issue, so no rule.
    // 代购/直邮/海淘 (bought abroad and sent in) and 跨境/保税 are imports too: outside the
    // cross-border retail channel (商财发〔2018〕486号: goods under personal-use supervision, with the
    // seller's risk notice) such food or cosmetics falls under the same Chinese-label duty.
    id: 'origin-import', group: 'endorsement', basis: 'ad-28', negatable: false,
    basisFor: { food: 'food-97', 'health-food': 'food-97', cosmetics: 'cosmetics-35' },
    // 原装 after or before a country (法国原装, 原装韩国) is an import claim too.
    terms: ['进口', '原装进口', '进口原装', '原瓶进口', '海外直邮', '代购', '直邮', '海淘', '跨境', '保税',
      ...ABROAD.flatMap((c) => [`${c}原装`, `原装${c}`]),
      // Bought abroad and carried or shipped in (the 代购 claim in other words): a country with 采购/购/本土/空运/
      // 直送/官网 or the trade's 进 (俄罗斯进), a duty-free shop or edition, a foreign-market edition, 韩代/美代.
      ...ABROAD.flatMap((c) => [`${c}采购`, `${c}购`, `${c}本土`, `${c}空运`, `${c}直送`, `${c}官网`, `${c}进`]),
      '免税店', '免税版', '免税专柜', '韩免', '港免', '人肉背回', '人肉带回', '本土版', '美版', '日版', '港版', '欧版', '澳版', '美代', '韩代', '港代'],
    reason: '进口食品须有中文标签（载明原产地、境内代理商），进口化妆品须注册或备案并有中文标签；"代购""直邮"同属进口，只有经跨境电商零售进口渠道并作风险告知的才按个人物品监管。职业索赔人专找写着"进口""代购"却缺中文标签的食品、化妆品。产地声称不实另属虚假宣传。',
    rewrite: '保留时备好报关单、检验检疫证明和中文标签照片；无法证明的改为"××原料"等属实表述',
    exemptions: ['factual-origin'], severity: everywhere('none', { food: 'low', 'health-food': 'low', cosmetics: 'low' }),
  },
  {
    // The same 代购 claim with words between the place and the buying (韩国专柜正品采购, 香港某店购入): the
    // buying verb counts when a country or region outside the customs border stands a few characters
    // before it in the same phrase. Alone (集团采购, 购入即发) it says nothing of an import.
    id: 'origin-bought-abroad', group: 'endorsement', basis: 'ad-28', negatable: false,
    basisFor: { food: 'food-97', 'health-food': 'food-97', cosmetics: 'cosmetics-35' },
    terms: ['采购', '购入', '购回', '带回', '背回'],
    claimedBy: { words: ABROAD, gap: 6 },
    reason: '写明在境外购买后带回或寄回（代购），即进口：进口食品须有中文标签，进口化妆品须注册或备案并有中文标签；职业索赔人专找这类缺中文标签的商品。',
    rewrite: '保留时备好报关单、检验检疫证明和中文标签照片；无法证明的删去购买地点的说法',
    exemptions: ['factual-origin'], severity: everywhere('none', { food: 'low', 'health-food': 'low', cosmetics: 'low' }),
  },
  {
    id: 'natural-claim', group: 'endorsement', basis: 'ad-28', negatable: false,
    terms: ['纯天然', '100%天然', '全天然', '纯正天然', '天然野生', '野生'],
    reason: '"纯天然""野生"是职业索赔人最常检索的词之一（2019年两起敲诈案均以此为借口）；成分中只要有加工或添加、来源不是野生采集，就可被指为虚假宣传。',
    rewrite: '写具体事实（如"配料：仅××""产地：××"），野生须能说明采集来源',
    exemptions: ['factual-origin'], severity: everywhere('medium', { general: 'low' }),
  },
  {
    // A share of an ingredient is a 成分 claim (广告法第28条第2款第2项) and on a food label a content
    // declaration that must be true (食品安全法第71条). 100%纯棉 on a sheet is a fibre-content label
    // under its own standard (GB/T 29862), so general goods stay quiet.
    id: 'composition-pure', group: 'endorsement', basis: 'ad-28', negatable: false,
    basisFor: { food: 'food-71', 'health-food': 'food-71' },
    terms: ['100%纯', '百分百纯', '百分之百纯', '纯度100%', '100%原汁', '100%纯正'],
    reason: '"100%纯"是成分含量的声称：配料中只要另有一种成分（如巧克力里的乳化剂、果汁里的水），就可被指为虚假标注。',
    rewrite: '写配料表中的事实（如"可可液块含量100%，配料：可可液块"），并备好检测报告',
    exemptions: ['factual-origin'], severity: everywhere('none', { food: 'medium', 'health-food': 'medium', cosmetics: 'low' }),
  },
  {
    // 有机 is a certification mark: only a certified product may say it (有机产品认证管理办法). On
    // other goods it is chemistry (有机玻璃, 有机硅; allow.ts), so food only.
    id: 'organic-claim', group: 'endorsement', basis: 'organic-cert', negatable: false,
    terms: ['有机'],
    reason: '"有机"须取得有机产品认证并加施认证标志、标注认证机构；未认证的食品写"有机"即违规，职业索赔人会要求出示证书。',
    rewrite: '已认证的写明认证机构和证书编号；未认证的删去"有机"，改写种植方式的事实（如"不施化肥"须能证明）',
    exemptions: ['factual-origin'], severity: everywhere('none', { food: 'low', 'health-food': 'low' }),
  },
  {
    // 绿色食品 and 地理标志 are marks granted to a producer for a product (绿色食品标志使用许可; 地理标志产品
    // or 农产品地理标志 registration, with its special mark): saying them is a certification claim that
    // must be true (广告法第28条第2款第2项, 认证), and the first thing a claimant asks to see. As 有机, food only.
    id: 'certified-mark-claim', group: 'endorsement', basis: 'ad-28', negatable: false,
    terms: ['绿色食品', '地理标志', '地标产品'],
    reason: '"绿色食品""地理标志产品"是经许可或登记才能使用的标志；没有许可或登记而这样写，是认证情况与实际不符，职业索赔人会要求出示证书。',
    rewrite: '已取得的写明证书或登记编号（如绿色食品企业信息码、地理标志登记号）；没有的删去，改写产地的事实（如"镇江产"）',
    exemptions: ['certified-mark'], severity: everywhere('none', { food: 'low', 'health-food': 'low' }),
  },
  {
    // Honours and recommendations that cannot be had: a consumer association may not recommend goods (消费者权益保护法
    // 第38条), the state stopped naming 中国名牌 products and ended product 免检 in 2008. Claimed now, each is an honour or
    // a certification not as stated (广告法第28条第2款第2项; 产品质量法第31条, 冒用名优标志).
    id: 'void-honour-claim', group: 'endorsement', basis: 'ad-28', negatable: true,
    terms: ['消协推荐', '消费者协会推荐', '中消协推荐', '消协认证', '消协指定', '315推荐', '3.15推荐', '315指定', '3.15指定', '中国名牌', '免检产品', '质量免检',
      // The WHO and the UN recommend or certify no commercial goods.
      '世界卫生组织推荐', '世卫组织推荐', 'WHO推荐', 'WHO认证', '联合国推荐', '联合国认证', '联合国指定'],
    reason: '消费者协会依法不得向消费者推荐商品；"中国名牌"评价和产品免检制度都已于2008年停止。页面上这样写，是荣誉或认证与实际不符。',
    rewrite: '删去；写可查证的事实（如检测报告编号、现行有效的认证证书号）',
    exemptions: [], severity: everywhere('medium'),
  },
  {
    // A drug's approval number or OTC status claimed on a food, health food or cosmetic: none can hold one (药品管理法
    // 第24条), so the claim is an approval not as stated (广告法第28条第2款第2项) that also makes the goods look like a drug.
    // On a drug (medical-device here) or goods of unknown category it may be the label, so quiet there.
    id: 'drug-approval-claim', group: 'endorsement', basis: 'ad-28', negatable: true,
    // 医保 (the medical-insurance drug and device lists) on a food or cosmetic is a drug's standing claimed the same way.
    terms: ['国药准字', '药字号', 'OTC认证', '非处方药', '纳入医保', '医保产品', '医保目录', '医保报销', '医保定点'],
    reason: '食品、保健食品、化妆品不可能取得药品批准文号；写"国药准字""OTC"是许可情况与实际不符，又使商品与药品相混淆。',
    rewrite: '删去药品批准文号和OTC字样；保健食品写明"国食健注/卫食健字"等自己的批准文号，化妆品写备案或注册编号',
    exemptions: [], severity: everywhere('none', { food: 'medium', 'health-food': 'medium', cosmetics: 'medium' }),
  },
  {
    // The US FDA registers food facilities and clears some devices; it issues no "certification" of a food or cosmetic,
    // so 通过FDA认证 on one is a certification claim that is not as stated (广告法第28条第2款第2项, 认证).
    id: 'fda-certification-claim', group: 'endorsement', basis: 'ad-28', negatable: false,
    terms: ['FDA认证', 'FDA认可'],
    reason: '美国FDA不对食品、化妆品做"认证"，只有企业注册等程序；写"通过FDA认证"是认证情况与实际不符，职业索赔人会要求出示证书。',
    rewrite: '删去"FDA认证"；确有FDA注册的写明"FDA注册号××（企业注册，不是产品认证）"',
    exemptions: [], severity: everywhere('none', { food: 'low', 'health-food': 'low', cosmetics: 'low' }),
  },
];

// GB 7718-2025 bans "无/不含/零添加" additive claims from 2027-03-16; before it, such a
// claim must still be true (广告法第28条), and is a favourite claimant pretext.
export const ADDITIVE_RULES: Rule[] = [
  {
    id: 'additive-free', group: 'additive', basis: 'gb7718-2025', negatable: false,
    terms: ['零添加', '0添加', '无添加', '不添加', '无添加剂', '不含添加剂', '无防腐剂', '不含防腐剂', '零防腐', '无色素', '不含色素', '无香精',
      '不含香精', '无甜味剂', '无糖精',
      // Fruit wax is a coating agent (被膜剂) and post-harvest dips are preservatives that GB 2760 permits on
      // surface-treated fresh fruit: "not waxed / not dipped" is the same 无/不含 additive claim.
      '不打蜡', '无打蜡', '没打蜡', '未打蜡', '不上蜡', '无果蜡', '不泡药', '不泡药水', '不浸泡药水'],
    reason: 'GB 7718-2025 自2027-03-16起禁止在预包装食品上以"无""不含""零添加"声称不含添加剂。',
    rewrite: '删去"零添加/不含××"，改写配料表中的事实（如"配料：生牛乳"）',
    // GB 7718 binds prepackaged food only: 无添加 on tissues or eye drops is no food label, and a cosmetic's
    // 无酒精/无色素 states what its formula leaves out, which the cosmetics label rules ask only to be true
    // (化妆品监督管理条例第37条, 化妆品标签管理办法第19条): not a food-additive claim.
    exemptions: [], severity: everywhere('none', { food: 'high', 'health-food': 'high' }),
    from: {
      date: '2027-03-16',
      before: {
        severity: 'medium', basis: 'ad-28',
        note: '现行 GB 7718-2011 未明文禁止，但须属实；GB 7718-2025 于2027-03-16施行后即属违规，宜现在改。',
      },
    },
  },
];
