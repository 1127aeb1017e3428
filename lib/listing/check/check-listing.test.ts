import { describe, expect, it } from 'vitest';
import { checkListing, checkListingInSlices, checkWith } from './check-listing';
import { compile } from './compile';
import { RULE_BASE } from './rule-base';
import type { Category } from './schema';

const AT = new Date('2026-06-01T04:00:00Z');
const AFTER_GB7718 = new Date('2027-03-16T00:00:00+08:00');
const titleOf = (text: string, category: Category = 'general', at = AT) => checkListing([{ field: 'title', label: '宝贝标题', text }], category, at);
const rulesIn = (text: string, category: Category = 'general', at = AT) => titleOf(text, category, at).findings.map((f) => f.ruleId);

/** One test per row: the title, listed in that category, raises that rule. */
function eachRaises(rows: ReadonlyArray<readonly [string, string, Category]>): void {
  it.each(rows)('%s → %s', (text, rule, category) => {
    expect(rulesIn(text, category)).toContain(rule);
  });
}

/** One test per row: the title, listed in that category, raises no rule. */
function eachQuiet(rows: ReadonlyArray<readonly [string, Category]>, title: string): void {
  it.each(rows)(title, (text, category) => {
    expect(rulesIn(text, category)).toEqual([]);
  });
}

describe('must flag', () => {
  eachRaises([
    ['全网最好的纯棉T恤', 'absolute-core', 'general'],
    ['国家级工艺 手工茶具', 'absolute-core', 'general'],
    ['顶级 羊绒大衣', 'absolute-core', 'general'],
    ['最舒服的枕头', 'absolute-context-zui', 'general'],
    ['销量第一 电饭煲', 'absolute-core', 'general'],
    ['行业唯一 无线吸尘器', 'absolute-context-first', 'general'],
    ['首选品牌 儿童座椅', 'absolute-core', 'general'],
    ['苦荞茶 降血糖 降血压', 'medical-disease', 'food'],
    ['灵芝孢子粉 抗癌', 'medical-disease', 'food'],
    ['艾草贴 治疗颈椎', 'medical-cure', 'general'],
    ['药妆 祛痘精华', 'cosmetics-medical', 'cosmetics'],
    ['代餐奶昔 减肥 燃脂', 'health-function', 'food'],
    ['正品保证 假一赔十', 'promise-fake-pays', 'general'],
    ['生发液 100%有效 无效退款', 'efficacy-guarantee', 'cosmetics'],
    ['人民大会堂特供 白酒', 'state-endorsement', 'food'],
    ['中国驰名商标 老字号酱油', 'well-known-mark', 'food'],
    ['专利产品 颈椎枕', 'patent-unnumbered', 'general'],
    ['纯天然 蜂蜜', 'natural-claim', 'food'],
    ['零添加 酱油', 'additive-free', 'food'],
    ['原装进口 红酒', 'origin-import', 'food'],
    ['韩国进口 面霜', 'origin-import', 'cosmetics'],
    ['艾草泡脚包 祛湿 活血化瘀', 'medical-tcm', 'general'],
    ['暖宫贴 缓解痛经', 'medical-tcm', 'general'],
    ['洗发水 去屑止痒', 'medical-symptom', 'cosmetics'],
    ['蒸汽眼罩 缓解眼疲劳', 'medical-symptom', 'general'],
    ['防近视 儿童玩具', 'medical-disease', 'general'],
    ['袜子 防脚气', 'medical-disease', 'general'],
    ['中药足浴包', 'medical-confusion', 'general'],
    ['药丸面膜', 'medical-dosage-form', 'cosmetics'],
    ['抑菌 洗面奶', 'cosmetics-antimicrobial', 'cosmetics'],
    ['红枣 补血 养颜', 'health-tcm', 'food'],
    ['胖大海 降火 润喉', 'health-tcm', 'food'],
    ['珍珠粉 美白 祛斑', 'health-beauty', 'food'],
    ['皮肤科医生推荐 面霜', 'professional-endorsement', 'cosmetics'],
    ['野生 黑木耳', 'natural-claim', 'food'],
  ]);

  it.each([
    ['最 好 的 面 膜', 'absolute-core'],
    ['ＴＯＰ１ 充电宝', 'absolute-core'],
    ['頂級 羊絨', 'absolute-core'],
    ['國家級 非遺', 'absolute-core'],
    ['降 血 糖 苦瓜片', 'medical-disease'],
  ])('written to dodge filters: %s → %s', (text, rule) => {
    expect(rulesIn(text, 'food')).toContain(rule);
  });
});

describe('must not flag', () => {
  it.each([
    ['国家电网 充电桩 适配器'],
    ['行业领先 工艺 羽绒服'],
    ['最近新款 连衣裙'],
    ['第一次 穿 汉服 套装'],
    ['首页推荐 新品 T恤'],
    ['坚果礼盒 最佳赏味期 90天'],
    ['货架 最大承重 200kg'],
    ['电热水壶 最高温度 100度'],
    ['第一代 蓝牙耳机 保护套'],
    ['首饰盒 收纳 便携'],
    ['唯一码 防伪 标签'],
    ['这款不是最便宜的 但很耐用'],
    ['并非第一 但很用心'],
    ['100%纯棉 四件套'],
    ['最后一天 清仓'],
    ['特级初榨 橄榄油'],
    ['首发 新品 卫衣'],
    ['第一时间发货 包邮'],
    ['耳机 原装正品 入耳式'],
    ['原装 数据线 苹果'],
    ['日本进口面料 衬衫'],
    ['天猫专供 洗衣液'],
    ['电商专供版 电饭煲'],
    ['抗菌 纯棉内裤'],
    ['除湿机 家用'],
    ['近视眼镜 框架'],
    ['驱寒 暖贴'],
    ['益智玩具 积木'],
  ])('%s', (text) => {
    expect(titleOf(text, 'general').findings).toEqual([]);
  });

  it('a registered device may name its treatment', () => {
    expect(rulesIn('颈椎治疗仪 理疗 家用', 'medical-device')).toEqual([]);
    expect(rulesIn('理疗 治疗 颈椎', 'medical-device')).toEqual([]);
    expect(rulesIn('理疗 治疗 颈椎', 'food')).toContain('medical-cure');
  });

  it('cosmetics may claim the efficacy categories they are filed or registered for', () => {
    expect(rulesIn('美白祛斑 面膜 抗皱 祛痘', 'cosmetics')).toEqual([]);
    expect(rulesIn('美白祛斑 面膜', 'food')).toContain('health-beauty');
  });

  it('杀菌 on milk is processing, 抗菌 on a towel a tested property: only cosmetics may not claim them', () => {
    expect(rulesIn('巴氏杀菌 鲜牛奶', 'food')).toEqual([]);
    expect(rulesIn('抗菌 毛巾', 'general')).toEqual([]);
  });

  it('a patent with its number is not flagged', () => {
    expect(rulesIn('专利产品 专利号ZL201820000000.1 颈椎枕')).toEqual([]);
  });

  it('the health-food warning sentence is not a treatment claim', () => {
    expect(rulesIn('本品不能代替药物治疗疾病', 'health-food')).toEqual([]);
  });
});

describe('what a finding tells the seller', () => {
  it('points at the words in the original text, through full-width and spaced forms', () => {
    const text = '新款 最 好 的 面膜';
    const [finding] = titleOf(text).findings;
    expect(finding).toMatchObject({ field: 'title', label: '宝贝标题', text: '最 好', start: 3, end: 6, ruleId: 'absolute-core' });
    expect(finding?.basis.article).toContain('第9条');
    expect(finding?.basis.penalty).toContain('20万–100万元');
    expect(finding?.rewrite.length).toBeGreaterThan(0);
  });

  it('names the exemption a sales fact may meet, and says when a hint is near', () => {
    const [finding] = titleOf('2025年天猫双11 保温杯类目销量第一').findings;
    expect(finding?.exemptions.find((e) => e.id === 'time-region-fact')?.hinted).toBe(true);
    const [bare] = titleOf('保温杯 销量第一').findings;
    expect(bare?.exemptions.find((e) => e.id === 'time-region-fact')?.hinted).toBe(false);
  });

  it('a term in the 品牌 attribute says the trademark exemption may apply', () => {
    const [brand] = checkListing([{ field: 'catProp:p-20000', label: '品牌', text: '顶级工坊' }], 'general', AT).findings;
    const [title] = titleOf('顶级 礼盒').findings;
    expect(brand?.exemptions.find((e) => e.id === 'trademark-name')?.hinted).toBe(true);
    expect(title?.exemptions.find((e) => e.id === 'trademark-name')?.hinted).toBe(false);
  });

  it('weighs a disease claim by category, citing the food law and its tenfold damages for food', () => {
    const food = titleOf('降血压 茶', 'food').findings[0];
    const general = titleOf('降血压 手环', 'general').findings[0];
    expect(food?.severity).toBe('high');
    expect(food?.basis.law).toBe('《食品安全法》');
    expect(food?.basis.penalty).toContain('十倍');
    expect(general?.severity).toBe('medium');
    expect(general?.basis.article).toContain('第17条');
  });

  it('additive-free claims become a GB 7718-2025 breach on 2027-03-16, Beijing time', () => {
    const before = titleOf('零添加 酱油', 'food', new Date('2027-03-15T15:59:59Z')).findings[0];
    const after = titleOf('零添加 酱油', 'food', new Date('2027-03-15T16:00:00Z')).findings[0];
    expect(before).toMatchObject({ severity: 'medium', note: expect.stringContaining('2027-03-16') });
    expect(before?.basis.law).toBe('《广告法》');
    expect(after).toMatchObject({ severity: 'high' });
    expect(after?.basis.law).toContain('GB 7718-2025');
    expect(titleOf('零添加 酱油', 'food', AFTER_GB7718).findings[0]?.severity).toBe('high');
  });

  it('reports every field it read, and the notice, even with no finding', () => {
    const check = checkListing([{ field: 'title', label: '宝贝标题', text: '纯棉T恤' }, { field: 'desc', label: '描述', text: '' }], 'general', AT);
    expect(check.findings).toEqual([]);
    expect(check.checked).toEqual([{ field: 'title', label: '宝贝标题', chars: 4 }, { field: 'desc', label: '描述', chars: 0 }]);
    expect(check.notice).toBe('机器提示，不构成违法认定');
  });
});

describe('imported and health food: a checklist, not a verdict', () => {
  it('asks about the Chinese label when an imported food is listed', () => {
    const check = checkListing([{ field: 'title', label: '宝贝标题', text: '澳洲进口 燕麦片' }], 'food', AT);
    expect(check.checklist.map((c) => c.id)).toEqual(['cn-label', 'inspection', 'cross-border']);
    expect(check.checklist[0]?.basis.article).toContain('第97条');
  });

  it('no checklist for a domestic food or for clothes', () => {
    expect(checkListing([{ field: 'title', label: '', text: '东北大米' }], 'food', AT).checklist).toEqual([]);
    expect(checkListing([{ field: 'title', label: '', text: '进口面料 西装' }], 'general', AT).checklist).toEqual([]);
  });

  it('says whether the warning sentence is there', () => {
    const without = checkListing([{ field: 'title', label: '', text: '鱼油软胶囊' }], 'health-food', AT).checklist;
    const withIt = checkListing([{ field: 'desc', label: '', text: '本品不能代替药物' }], 'health-food', AT).checklist;
    expect(without.find((c) => c.id === 'warning-sentence')?.done).toBe(false);
    expect(withIt.find((c) => c.id === 'warning-sentence')?.done).toBe(true);
  });
});

describe('terms from the cosmetics forbidden-word list, the health-food catalogue and the review rules', () => {
  eachRaises([
    ['防过敏 保湿面霜', 'medical-effect-narrow', 'cosmetics'],
    ['生长因子 修护精华', 'cosmetics-medical', 'cosmetics'],
    ['韩方 草本洗发水', 'medical-confusion', 'cosmetics'],
    ['祛湿除湿茶 红豆薏米', 'medical-effect-narrow', 'food'],
    ['鲫鱼汤料 下奶 催乳', 'health-catalogue', 'food'],
    ['高钙奶粉 增加骨密度', 'health-catalogue', 'food'],
    ['益生菌 调节肠道菌群', 'health-catalogue', 'food'],
    ['特效 祛痘膏', 'efficacy-absolute', 'cosmetics'],
    ['肌肤再生 精华液', 'cosmetics-exaggeration', 'cosmetics'],
    ['至高无上 帝王级 普洱茶', 'absolute-core', 'food'],
    ['鱼油 无毒副作用', 'efficacy-guarantee', 'health-food'],
  ]);

  eachQuiet([
    ['纯银防过敏耳钉 女', 'general'],
    ['家用除湿机 静音', 'general'],
    ['孕妇防辐射服 银纤维', 'general'],
    ['护士鞋 白色 软底', 'general'],
    ['特效 清洁剂 厨房', 'general'],
    ['再生纸 笔记本', 'general'],
    ['复古方框眼镜 男', 'general'],
    ['流量无上限 电话卡', 'general'],
    ['婴儿奶粉 含免疫球蛋白', 'food'],
  ], 'words that are plain on these goods stay quiet: %s (%s)');
});

describe('a listing with no category', () => {
  it('is weighed as a drug or device when it carries a registration number or is a device, so its indication is not a claim', () => {
    const check = titleOf('国药准字 止咳平喘 支气管炎 颗粒');
    expect(check.findings).toEqual([]);
    expect(check.inferred).toEqual({ category: 'medical-device', marker: '国药准字' });
    expect(rulesIn('电子血压计 高血压 家用')).toEqual([]);
  });

  it('still flags the same disease words on goods with no such marker, and never lifts a guarantee', () => {
    expect(rulesIn('止咳平喘 支气管炎 枇杷膏')).toContain('medical-disease');
    expect(rulesIn('械字号 敷料 100%有效')).toContain('efficacy-guarantee');
  });

  it('keeps a known category even when a marker word appears', () => {
    expect(rulesIn('蓝帽子同款 降血糖 苦瓜茶', 'food')).toContain('medical-disease');
    expect(titleOf('蓝帽子同款 苦瓜茶', 'food').inferred).toBeUndefined();
  });
});

describe('names that contain a term but claim nothing', () => {
  eachQuiet([
    ['古法黄金项链 万能链', 'general'],
    ['半永久 纹绣色料', 'cosmetics'],
    ['手冲咖啡秤 冲煮冠军比赛用', 'general'],
    ['人参修护眼精华霜', 'cosmetics'],
    ['安国中药材市场 红花 1000g', 'food'],
  ], '%s (%s)');
});

describe('imports bought abroad, beauty claims on food, safety assertions', () => {
  eachRaises([
    ['日本代购 清酒 720ml', 'origin-import', 'food'],
    ['香港代购 西洋参片 151g', 'origin-import', 'food'],
    ['澳洲直邮 婴儿奶粉 一段', 'origin-import', 'food'],
    ['韩国代购 洗面奶 150ml', 'origin-import', 'cosmetics'],
    ['胶原蛋白口服液 抗衰 抗糖', 'health-beauty', 'food'],
    ['乳清蛋白粉 促睾', 'health-function', 'food'],
    ['嫁接睫毛胶水 无刺激', 'safety-assertion', 'cosmetics'],
    ['手绘盖碗 超爱没有之一', 'absolute-context-extreme', 'general'],
  ]);

  eachQuiet([
    ['新疆阿克苏苹果 产地直邮', 'food'],
    ['赣南脐橙 果园直邮 10斤', 'food'],
    ['日本代购 打底裤', 'general'],
    ['抗衰老面霜 淡纹', 'cosmetics'],
    ['无刺激 洗衣液', 'general'],
  ], '%s (%s) stays quiet');
});

describe('drugs and devices: their medical words checked against the approval, as a question', () => {
  it('asks whether the indication matches the registration, and notes a registration number given', () => {
    const listed = titleOf('国药准字 止咳平喘 颗粒').checklist;
    expect(listed.map((c) => [c.id, c.done])).toEqual([['approved-scope', true]]);
    expect(titleOf('颈椎治疗仪 缓解疼痛', 'medical-device').checklist.map((c) => [c.id, c.done])).toEqual([['approved-scope', false]]);
  });

  it('asks nothing of general goods or cosmetics', () => {
    expect(titleOf('止咳 枇杷膏').checklist).toEqual([]);
    expect(titleOf('保湿面霜', 'cosmetics').checklist).toEqual([]);
  });
});

describe('disease words written to slip past filters, disease characters, procedures, more catalogue functions', () => {
  eachRaises([
    ['适合糖尿b人的 无蔗糖饼干', 'medical-disease', 'food'],
    ['祛白殿风 遮盖液', 'medical-disease', 'cosmetics'],
    ['牛皮鲜 草本软膏', 'medical-disease', 'general'],
    ['降xue压 苦荞茶', 'medical-disease', 'food'],
    ['寻麻疹 舒缓喷雾', 'medical-disease', 'cosmetics'],
    ['肺癌术后 营养粉', 'medical-disease', 'food'],
    ['子宫肌瘤 调理茶', 'medical-disease', 'food'],
    ['手足癣 泡脚粉', 'medical-disease', 'general'],
    ['电子烟 戒烟神器', 'medical-cure', 'general'],
    ['收腹裤 抽脂 塑形', 'medical-procedure', 'general'],
    ['水光针 精华液', 'medical-procedure', 'cosmetics'],
    ['止脚痒 足浴盐', 'medical-symptom', 'cosmetics'],
    ['益生菌冲剂 整肠', 'health-function', 'food'],
    ['玛卡片 补充精力', 'health-function', 'food'],
    ['玫瑰花茶 驻颜', 'health-beauty', 'food'],
    ['山楂荷叶茶 去油', 'health-fat', 'food'],
    ['100%纯 椰子水', 'composition-pure', 'food'],
    ['有机小米 5斤', 'organic-claim', 'food'],
    ['荷叶茶 减fei 刮油', 'health-function', 'food'],
    ['玛咖 壮yang 片', 'medical-disease', 'food'],
    ['除螨 洗面奶', 'cosmetics-antimicrobial', 'cosmetics'],
    ['牙膏 牙龈出血', 'medical-symptom', 'cosmetics'],
    ['儿童奶粉 免疫力', 'health-function', 'food'],
    ['山楂条 健胃消食', 'health-tcm', 'food'],
    ['除螨喷雾 7天见效', 'efficacy-guarantee', 'general'],
    ['全网最便宜 网红零食', 'absolute-core', 'food'],
    ['暖宝宝 姨妈痛 暖贴', 'medical-disease', 'general'],
    ['护臀膏 红屁屁', 'medical-symptom', 'cosmetics'],
    ['花露水 祛痱', 'medical-symptom', 'cosmetics'],
    ['猪蹄汤料 催奶', 'health-catalogue', 'food'],
    ['山楂条 积食 儿童零食', 'health-tcm', 'food'],
    ['私处护理液 缩阴', 'medical-procedure', 'cosmetics'],
    ['世界之最 工艺 紫砂壶', 'absolute-core', 'general'],
    ['代餐奶昔 瘦肚子', 'health-function', 'food'],
    ['婴儿按摩油 缓解肠绞痛', 'medical-disease', 'general'],
    ['筋膜枪 缓解肌肉酸痛', 'medical-symptom', 'general'],
    ['红豆薏米茶 去湿 湿气重', 'medical-tcm', 'food'],
  ]);

  eachQuiet([
    ['心脏b超 检查单 收纳夹', 'general'],
    ['白点风格 连衣裙', 'general'],
    ['十足鲜美 海鲜礼盒', 'food'],
    ['炎炎夏日 冰丝凉席', 'general'],
    ['氙气大灯 疝气灯泡', 'general'],
    ['树瘤 根雕 摆件', 'general'],
    ['有机玻璃 展示盒', 'general'],
    ['厨房湿巾 去油污', 'general'],
    ['控油去油 洗发水', 'cosmetics'],
    ['防干裂 润唇膏', 'cosmetics'],
    ['家用除螨仪 床铺', 'general'],
    ['防治b级 阻燃板材', 'general'],
    ['批发奶粉 罐装', 'food'],
    ['坚果礼盒 买就有机会抽奖', 'food'],
    ['民宿 交通便利 早餐', 'food'],
    ['久站不酸痛 工装鞋', 'general'],
    ['去湿 除湿机 衣柜', 'general'],
    ['不晕车 儿童安全座椅', 'general'],
  ], '%s (%s) stays quiet');

  it('says which word a disguised form stands for, and marks the disguised text itself', () => {
    const [finding] = titleOf('适合糖尿b人的饼干', 'food').findings;
    expect(finding).toMatchObject({ text: '糖尿b', ruleId: 'medical-disease' });
    expect(finding?.note).toContain('糖尿病');
  });
});

describe('absolute terms in pinyin and digits, rankings, and the allow-list they keep', () => {
  eachRaises([
    ['这款保温杯zui好用', 'absolute-core', 'general'],
    ['办公室下午茶zui佳搭档', 'absolute-core', 'general'],
    ['同价位zuigao配置 台灯', 'absolute-context-zui', 'general'],
    ['学生党首xuan 书包', 'absolute-core', 'general'],
    ['露营装备的不二之选', 'absolute-core', 'general'],
    ['连续三年人气榜首 拖鞋', 'absolute-core', 'general'],
    ['国产扫地机第1品牌', 'absolute-context-first', 'general'],
    ['辣条界的王中王', 'absolute-context-extreme', 'food'],
  ]);
  eachQuiet([
    ['zui近上新 针织衫', 'general'],
    ['zui大承重150kg 折叠凳', 'general'],
    ['第1次用 就会的 相机', 'general'],
    ['第1代 保护壳', 'general'],
    ['第15天 发货 预售', 'general'],
    ['最新款 第一批 现货', 'general'],
    ['首页 首单立减 首件包邮', 'general'],
    ['质量第一 顾客至上 五金工具', 'general'],
    ['完美日记 眼影盘', 'cosmetics'],
    ['酷冷至尊 机箱风扇', 'general'],
    ['双汇王中王 火腿肠', 'food'],
    ['nas天然疗法 犬猫海藻粉', 'general'],
    ['万能套 沙发罩 弹力', 'general'],
    ['经典款 永不过时 小白鞋', 'general'],
  ], 'quiet: %s (%s)');
});

describe('efficacy and safety assertions, money-back promises, endorsers of health food', () => {
  eachRaises([
    ['氨糖钙片 有效增加骨密度', 'efficacy-assertion', 'health-food'],
    ['维C片 有效抗氧化', 'efficacy-assertion', 'health-food'],
    ['精华液 有效改善暗沉', 'efficacy-assertion', 'cosmetics'],
    ['宝宝面霜 安全低敏', 'safety-assertion', 'cosmetics'],
    ['润唇膏 安全可靠', 'safety-assertion', 'cosmetics'],
    ['磨砂膏 不伤肤', 'safety-assertion', 'cosmetics'],
    ['眼霜 用完重返18岁', 'cosmetics-exaggeration', 'cosmetics'],
    ['精油按摩 快速增大', 'efficacy-guarantee', 'cosmetics'],
    ['脐橙 不甜不要钱', 'promise-money-back', 'food'],
    ['某某明星代言 鱼油软胶囊', 'health-endorser', 'health-food'],
  ]);
  eachQuiet([
    ['防滑垫 有效防滑', 'general'],
    ['浴室地垫 有效预防滑倒', 'general'],
    ['不伤手 洗洁精', 'general'],
    ['明星代言 运动鞋', 'general'],
    ['不满意包退 帆布鞋', 'general'],
  ], 'quiet: %s (%s)');
  it('does not read 有效期 as an efficacy assertion', () => {
    expect(rulesIn('维生素片 有效期至2027年', 'health-food')).toEqual([]);
  });
});

describe('more disease words, the 缺氧 and fat functions on food, country-of-origin 原装', () => {
  eachRaises([
    ['中链奶粉 适用于胆道闭锁', 'medical-disease', 'food'],
    ['护腰带 缓解腰肌劳损', 'medical-disease', 'general'],
    ['身体乳 改善毛周角化', 'medical-disease', 'cosmetics'],
    ['果酸身体乳 去鸡皮', 'medical-disease', 'cosmetics'],
    ['孕妇复合维生素 缓解疲劳乏力', 'health-function', 'health-food'],
    ['红景天 抗缺氧 防高反', 'health-catalogue', 'food'],
    ['坚果零食 好吃不胖', 'health-fat', 'food'],
    ['意大利原装 橄榄油', 'origin-import', 'food'],
    ['日本原装 卸妆油', 'origin-import', 'cosmetics'],
    ['便携氧气瓶 缓解高原反应', 'medical-disease', 'general'],
    ['精华水 逆生长', 'cosmetics-exaggeration', 'cosmetics'],
  ]);
  eachQuiet([
    ['鸡皮 鸡爪 卤味', 'food'],
    ['胖大海 菊花 茶包', 'food'],
    ['显瘦 不显胖 阔腿裤', 'general'],
    ['德国原装 机芯 手表', 'general'],
    ['原装正品 面霜 专柜', 'cosmetics'],
    ['高原 牦牛肉干 西藏', 'food'],
    ['年轻人 都爱的 面霜', 'cosmetics'],
  ], 'quiet: %s (%s)');
});

describe('words that name something else: brands, appliances, wearers, trade terms', () => {
  eachQuiet([
    ['天然保湿因子 补水面霜', 'cosmetics'],
    ['薰衣草复方精油 香薰', 'cosmetics'],
    ['全自动煎中药壶 养生', 'general'],
    ['老年痴呆防走失手环 定位', 'general'],
    ['纸巾 无添加 本色', 'general'],
    ['滴眼液 无防腐剂', 'medical-device'],
  ], 'quiet: %s (%s)');
  it('still flags the medical senses of the same words', () => {
    expect(rulesIn('生长因子 修复精华', 'cosmetics')).toContain('cosmetics-medical');
    expect(rulesIn('复方祛痘膏', 'cosmetics')).toContain('medical-confusion');
    expect(rulesIn('中药泡脚包', 'general')).toContain('medical-confusion');
    expect(rulesIn('预防老年痴呆 核桃粉', 'food')).toContain('medical-disease');
    expect(rulesIn('零添加 酱油', 'food')).toContain('additive-free');
  });
});

describe('pet goods', () => {
  it('are weighed as general goods: cure and symptom words count, human-food health functions do not', () => {
    expect(rulesIn('宠物沐浴露 止痒 除臭', 'general')).toContain('medical-symptom');
    expect(rulesIn('犬猫药浴液', 'general')).toContain('medical-confusion');
    expect(rulesIn('猫咪营养膏 调理肠胃 补钙', 'general')).toEqual([]);
  });
  it('a veterinary drug with its 兽药字 number may name its indication', () => {
    const r = titleOf('犬用驱虫药 兽药字(2024)123456 治疗皮肤病');
    expect(r.inferred?.category).toBe('medical-device');
    expect(r.findings.map((f) => f.group)).not.toContain('medical');
  });
});

describe('drug forms as cosmetic nicknames, therapy words, figure words and after-sales terms', () => {
  eachRaises([
    ['玻尿酸针剂面膜 补水', 'medical-dosage-form', 'cosmetics'],
    ['精华注射剂 安瓶原液', 'medical-dosage-form', 'cosmetics'],
    ['磁疗护腰带 加热', 'medical-cure', 'general'],
    ['理疗按摩仪式暖贴', 'medical-cure', 'general'],
    ['去火凉茶 清热泻火 金银花', 'medical-tcm', 'food'],
    ['菊花茶 吃完火锅来一杯败火', 'medical-tcm', 'food'],
    ['滋阴水乳套装', 'medical-tcm', 'cosmetics'],
    ['胶原再生 修护面霜', 'cosmetics-medical', 'cosmetics'],
    ['修复痘坑 精华液', 'medical-disease', 'cosmetics'],
    ['暖宫贴腹带 姨妈来了也不痛', 'medical-symptom', 'general'],
    ['婴儿奶粉 防胀气 一段', 'medical-effect-narrow', 'food'],
    ['氨糖钙片 维骨力 中老年', 'medical-confusion', 'health-food'],
    ['Ding级 鸽血红 项链', 'absolute-core', 'general'],
    ['绝品 陨石手串', 'absolute-core', 'general'],
  ]);
  eachQuiet([
    ['防胀气奶瓶 宽口径', 'general'],
    ['美容院按摩理疗床罩 可定做', 'general'],
    ['修身毛呢大衣 凸显完美身材', 'general'],
    ['独家手绘纹身贴 组合版', 'general'],
    ['独家定制手链 五行', 'general'],
    ['含烟酰胺因子 亮肤沐浴露', 'cosmetics'],
    ['保湿隔离霜 过敏包退', 'cosmetics'],
  ], 'quiet: %s (%s)');
  it('the same words in their medical or ranking sense still raise', () => {
    expect(rulesIn('独家秘方 祛痘膏', 'cosmetics')).toContain('medical-confusion');
    expect(rulesIn('过敏肌专用 修护霜', 'cosmetics')).toContain('cosmetics-medical-term');
    expect(rulesIn('完美品质 羊绒衫', 'general')).toContain('absolute-context-extreme');
  });
});

describe('procedures, sales kings, personal imports, fruit wax, state organs, timed whitening', () => {
  eachRaises([
    ['液玛吉 紧致精华 母液', 'medical-procedure', 'cosmetics'],
    ['童颜针同款 胶原面霜', 'medical-procedure', 'cosmetics'],
    ['断货王 指甲油 两瓶装', 'absolute-core', 'cosmetics'],
    ['现货 韩国购回 洗发水', 'origin-import', 'cosmetics'],
    ['韩国免税店版 补水喷雾', 'origin-import', 'cosmetics'],
    ['美版现货 精华30ml', 'origin-import', 'cosmetics'],
    ['法国空运 全麦饼干', 'origin-import', 'food'],
    ['原装韩国 染发膏', 'origin-import', 'cosmetics'],
    ['俄罗斯进全脂酸奶', 'origin-import', 'food'],
    ['赣南脐橙 不打蜡 不浸泡药水', 'additive-free', 'food'],
    ['党徽 中组部监制 别针式', 'state-endorsement', 'general'],
    ['管道疏通剂 无效退全款', 'efficacy-guarantee', 'general'],
    ['婚纱身体乳 3秒白', 'cosmetics-exaggeration', 'cosmetics'],
    ['三秒瞬间美白 身体乳', 'cosmetics-exaggeration', 'cosmetics'],
    ['阿胶糕 玫瑰美容型 500g', 'health-beauty', 'food'],
  ]);
  eachQuiet([
    ['发烧级音响 电源滤波器', 'general'],
    ['铁棍山药包邮 新鲜蔬菜', 'food'],
    ['黄花梨瘿子瘤手串 20mm', 'general'],
    ['珍稀野生动物纪念币 全套', 'general'],
    ['芳香疗法大百科 精油图鉴 书籍', 'general'],
    ['完美版 补水面膜', 'cosmetics'],
    ['韩国购回 手提包', 'general'],
    ['打蜡海绵 汽车美容', 'general'],
    ['美白身体乳 提亮肤色', 'cosmetics'],
    ['美容院收银台 简约', 'general'],
    ['美容仪 家用', 'cosmetics'],
  ], 'quiet: %s (%s)');
  it('the same words in their claim sense still raise', () => {
    expect(rulesIn('发烧退烧贴 儿童', 'general')).toContain('medical-disease');
    expect(rulesIn('野生蜂蜜 500g', 'food')).toContain('natural-claim');
    expect(rulesIn('抗衰老 胶原再生 精华', 'cosmetics')).toContain('cosmetics-medical');
  });
});

describe('disease claims on massagers and heated pads, device-type names, drug forms on wine', () => {
  eachRaises([
    ['电加热护腰带 腰间盘突出 热敷', 'medical-disease', 'general'],
    ['脊柱侧弯矫正器 家用牵引', 'medical-disease', 'general'],
    ['眼部按摩仪 保护视力 视力疲劳恢复', 'medical-disease', 'general'],
    ['足浴盆 太极针灸熏蒸款', 'medical-cure', 'general'],
    ['瘦脸绷带 下巴术后矫正带', 'medical-cure', 'general'],
    ['五加皮酒 保健酒礼盒 黄酒药酒', 'medical-dosage-form', 'health-food'],
    // A device name is no registration: the disease it names still counts on goods of no known category.
    ['护膝理疗仪 保暖 关节炎 风湿 老寒腿', 'medical-disease', 'general'],
  ]);
  eachQuiet([
    ['空气波压力足疗理疗器仪 腿部按摩器', 'general'],
    ['家用按摩椅 零重力 理疗椅', 'general'],
    ['膝关节理疗仪 艾灸 热敷', 'general'],
    ['全自动煎药壶 中药砂锅 5L', 'general'],
    ['商用中药研磨机 五谷杂粮磨粉机', 'general'],
    ['避光针剂盒 2ml 5支装', 'general'],
    ['果蔬清洗机 去除农药激素 解毒机', 'general'],
    ['南美白虾仁 冷冻 250g', 'food'],
    ['颗粒药酒米 野钓打窝料', 'general'],
  ], 'quiet: %s (%s)');
  it('a registration mark still makes the indication the approved one', () => {
    expect(titleOf('护膝理疗仪 械字号 关节炎', 'general').inferred?.category).toBe('medical-device');
  });
});

describe('disease names from the public lexicon (THUOCL, selected by scripts/gen-disease-lexicon.mjs), and conditions after a treatment verb', () => {
  eachRaises([
    // Named diseases and the pain of a body part: a claim wherever they stand, as the hand list's are.
    ['硅胶后跟垫 足跟痛 男女鞋垫', 'medical-disease-lexicon', 'general'],
    ['护腕鼠标垫 腕管综合征 办公室', 'medical-disease-lexicon', 'general'],
    ['益生菌固体饮料 肠易激综合征 成人', 'medical-disease-lexicon', 'food'],
    ['电动足部按摩器 足跟痛 家用', 'medical-disease-lexicon', 'general'],
    // Conditions with everyday senses count after a prevention or treatment verb, a few characters on.
    ['止鼾器 防打鼾神器 男女通用', 'medical-condition-claim', 'general'],
    ['加热护腰带 缓解腰部疼痛', 'medical-condition-claim', 'general'],
    ['玫瑰花茶 调理内分泌失调', 'medical-condition-claim', 'food'],
    ['婴儿指甲剪 防止二次感染', 'medical-condition-claim', 'general'],
    ['晕车贴 改善头晕 呕吐', 'medical-condition-claim', 'general'],
  ]);
  eachQuiet([
    // The same words without a claim: a garment's lift, eyewear, a book's appeal, access ramps, a bare symptom.
    ['聚拢防下垂 无钢圈文胸', 'general'],
    ['近视眼镜 超轻钛架', 'general'],
    ['护眼台灯 学生宿舍', 'general'],
    ['防晒霜 SPF50 清爽', 'cosmetics'],
    ['感染力超强的绘本 3-6岁', 'general'],
    ['无障碍坡道板 轮椅台阶', 'general'],
    // A verb in an earlier phrase claims nothing about the condition after the space.
    ['儿童防摔护膝 红肿', 'general'],
    // A registered device's indication is its label.
    ['腰椎牵引器 腰腿痛', 'medical-device'],
  ], 'quiet: %s (%s)');
  it('counts a condition only with the verb at most four characters before it, in the same phrase', () => {
    const claim = RULE_BASE.rules.find((r) => r.id === 'medical-condition-claim');
    const only = compile({ ...RULE_BASE, rules: claim ? [{ ...claim, terms: ['感染'] }] : [] });
    const found = (text: string) => checkWith(only, [{ field: 'title', label: '宝贝标题', text }], 'general', AT).findings.length;
    expect([found('防感染'), found('防止伤口感染'), found('预防宝宝脐部感染')]).toEqual([1, 1, 1]);
    expect([found('防摔手机保护壳感染'), found('防摔 感染'), found('感染')]).toEqual([0, 0, 0]);
  });

  it('says which condition the verb claims to treat', () => {
    const [finding] = titleOf('改善内分泌失调 玫瑰花茶', 'food').findings;
    expect(finding).toMatchObject({ text: '内分泌失调', ruleId: 'medical-condition-claim', severity: 'high' });
    expect(finding?.basis.law).toBe('《食品安全法》');
  });
});

describe('checked in slices (the publish form gives the page its thread back between them)', () => {
  const fields = [
    { field: 'title', label: '宝贝标题', text: '全网最好 苦荞茶 國家級 假一赔十' },
    { field: 'desc', label: '描述', text: '最近天气转凉。降 血 糖，纯天然零添加。'.repeat(200) },
    { field: 'catProp:p-1', label: '品牌', text: '荞乡人' },
  ];
  it('finds exactly what one pass finds, pausing between the slices', async () => {
    let pauses = 0;
    const sliced = await checkListingInSlices(fields, 'food', AT, { pause: async () => { pauses++; }, sliceMs: 0 });
    expect(sliced).toEqual(checkListing(fields, 'food', AT));
    expect(sliced.findings.length).toBeGreaterThan(600);
    // Three steps a field (folding, the matcher's pass, judging the hits): a pause between each two.
    expect(pauses).toBe(2 * fields.length);
  });
  it('runs within one slice when the slices are long enough', async () => {
    let pauses = 0;
    await checkListingInSlices(fields, 'food', AT, { pause: async () => { pauses++; }, sliceMs: 60_000 });
    expect(pauses).toBe(0);
  });
});

describe('thread lifts and acupuncture named on devices, dosage forms as shapes, antibacterial soap', () => {
  eachRaises([
    // A procedure's or therapy's name borrowed by a home device claims its effect.
    ['射频导入仪 家用 线雕提拉 紧致脸部', 'medical-procedure', 'general'],
    ['电动足浴桶 加热 针刺按摩滚轮 恒温', 'medical-cure', 'general'],
    // A dosage form is still a drug word on what is applied or swallowed.
    ['蓝色药丸睡眠面膜 补水', 'medical-dosage-form', 'cosmetics'],
    ['鹿茸人参药酒 保健酒', 'medical-dosage-form', 'health-food'],
    // The catalogue's bar on antimicrobial claims still reaches cosmetics other than soap.
    ['茶树抑菌洗面奶 控油', 'cosmetics-antimicrobial', 'cosmetics'],
  ]);
  eachQuiet([
    // The same letters as a figure, a carving, a felt and a prickly feeling.
    ['高腰收腹裤 曲线雕塑 无痕', 'general'],
    ['木质相框 金线雕刻 复古', 'general'],
    ['针刺棉 填充棉 加厚 30米', 'general'],
    ['粗纺呢料 略有针刺感 介意慎拍', 'general'],
    // A dosage form as a shape or what a box holds, on general goods.
    ['药丸造型 迷你蓝牙耳机 半入耳', 'general'],
    ['一周七格药丸盒 便携 分装', 'general'],
    ['泡药酒专用玻璃瓶 带龙头 10斤', 'general'],
    // 香皂不适用化妆品条例 (第77条): a soap's 除菌 is its washing.
    ['硫磺除菌香皂 清爽型 3块装', 'cosmetics'],
    ['草本抑菌皂 洗手洗澡', 'cosmetics'],
  ], 'quiet: %s (%s)');
});

describe('certification marks on food', () => {
  eachRaises([
    ['五常大米 地理标志产品 稻花香 5kg', 'certified-mark-claim', 'food'],
    ['绿色食品 散养土鸡蛋 30枚', 'certified-mark-claim', 'food'],
  ]);
  eachQuiet([
    // Marks granted to food: on tape or a road sign 地标 is a floor marking, and 绿色 alone is a colour.
    ['地标贴 警示线 黄黑斑马纹', 'general'],
    ['绿色食品级硅胶 保鲜盒', 'general'],
    ['绿色包装 纯牛奶 250ml', 'food'],
  ], 'quiet: %s (%s)');
  it('offers the certificate as the exemption, hinted when a number is given', () => {
    const [finding] = titleOf('绿色食品 证书编号LB-15-1234 苹果', 'food').findings;
    expect(finding?.exemptions).toEqual([expect.objectContaining({ id: 'certified-mark', hinted: true })]);
  });
});

describe('a brand, series or model the listing declares (执法指南 exemption 4)', () => {
  const nameHint = (title: string, brand: string) =>
    checkListing([{ field: 'title', label: '宝贝标题', text: title }, { field: 'catProp:p-20000', label: '品牌', text: brand }], 'general', AT)
      .findings.filter((f) => f.field === 'title')
      .map((f) => `${f.text}:${f.exemptions.find((e) => e.id === 'trademark-name')?.hinted ?? '-'}`);
  it('says the exemption may apply to a term inside the declared name where the title repeats it', () => {
    expect(nameHint('厨之王 商用蒸汽开水器 奶茶店', '厨之王')).toEqual(['之王:true']);
    expect(nameHint('顶级工坊 桑蚕丝围巾', '顶级工坊')).toEqual(['顶级:true']);
  });
  it('gives no hint to the same word outside the name, or when the declared name is another', () => {
    expect(nameHint('厨之王 开水器之王 商用', '厨之王')).toEqual(['之王:true', '之王:false']);
    expect(nameHint('厨之王 商用蒸汽开水器', '美的')).toEqual(['之王:false']);
  });
  it('still reports the finding: the exemption needs a registered mark the seller can show', () => {
    expect(nameHint('厨之王 商用蒸汽开水器', '厨之王')).toHaveLength(1);
  });
});

describe('bought abroad, with words between the place and the buying', () => {
  eachRaises([
    ['日本药妆店正品购入 洗面奶 120g', 'origin-bought-abroad', 'cosmetics'],
    ['泰国曼谷超市采购 榴莲干 200g', 'origin-bought-abroad', 'food'],
  ]);
  eachQuiet([
    // The verb without a place abroad, a place in another phrase, and a domestic place.
    ['工厂直接采购 坚果礼盒 1kg', 'food'],
    ['日本设计 国内采购 保湿乳液', 'cosmetics'],
    ['云南大理采购 鲜花饼 10枚', 'food'],
  ], 'quiet: %s (%s)');
});

describe('特供 naming a sale edition, not a state organ (广告法第9条第2项)', () => {
  eachRaises([
    ['政府特供礼盒 普洱茶', 'state-endorsement', 'food'],
    ['军队特供款 战术手电', 'state-endorsement', 'general'],
    ['特供 有机大米', 'state-endorsement', 'food'],
  ]);
  eachQuiet([
    // A sale event's or a pack's edition.
    ['【双12特供】保湿面霜 50ml', 'cosmetics'],
    ['年货节特供 坚果礼盒', 'food'],
    ['爽肤水 特供礼盒 两件套', 'cosmetics'],
  ], 'quiet: %s (%s)');
});

describe('the catalogue functions of the skin and of rays: health functions when eaten, not on a cosmetic', () => {
  eachRaises([
    ['螺旋藻片 抗辐射 上班族', 'health-catalogue-skin', 'food'],
    ['胶原蛋白饮 改善皮肤水份', 'health-catalogue-skin', 'food'],
  ]);
  eachQuiet([
    ['素颜霜 抗辐射 提亮', 'cosmetics'],
    ['妆前乳 防辐射 隔离', 'cosmetics'],
  ], 'quiet: %s (%s)');
});

describe('a cosmetic saying what its formula leaves out is no food-additive claim (GB 7718 is a food standard)', () => {
  eachRaises([['无香精 原味酸奶', 'additive-free', 'food']]);
  eachQuiet([['卸妆水 无香精 无色素', 'cosmetics']], 'quiet: %s (%s)');
});

describe('scars: named as what a concealer covers, or as what a cream treats', () => {
  eachRaises([
    ['疤痕膏 身体乳', 'medical-scar', 'cosmetics'],
    ['遮瑕笔 修复疤痕', 'medical-symptom', 'cosmetics'],
    ['粉底液 遮盖 白斑 胎记', 'medical-disease', 'cosmetics'],
  ]);
  eachQuiet([
    ['遮盖霜 痘印 疤痕 纹身 雀斑', 'cosmetics'],
    ['斑马纹 黑白斑 毛毯', 'general'],
  ], 'quiet: %s (%s)');
});

describe('a condition soothed, and chapped skin kept away rather than healed', () => {
  eachRaises([
    // 舒缓 is 缓解 in a cosmetic's words: soothing a named condition is relieving it.
    ['眼霜 舒缓水肿 眼袋', 'medical-condition-claim', 'cosmetics'],
    ['晒后凝胶 舒缓红肿', 'medical-condition-claim', 'cosmetics'],
    ['甘油 皲裂膏', 'medical-symptom', 'cosmetics'],
  ]);
  eachQuiet([
    ['羊毛脂 护手霜 防止皲裂', 'cosmetics'],
    ['润唇膏 秋冬 预防皲裂', 'cosmetics'],
    // 舒缓 of the skin itself, the catalogue's own efficacy.
    ['舒缓喷雾 泛红 干燥肌 补水', 'cosmetics'],
  ], 'quiet: %s (%s)');
});

describe('防脱发: a special-cosmetic efficacy on a shampoo, a health function on food', () => {
  eachRaises([['黑芝麻丸 防脱发', 'health-beauty', 'food']]);
  eachQuiet([['何首乌洗发露 防脱发 固发', 'cosmetics']], 'quiet: %s (%s)');
});

describe('lash and brow growth: no cosmetic efficacy (化妆品分类目录; NMPA 2021)', () => {
  eachRaises([
    ['浓密纤长 睫毛生长精华 5ml', 'cosmetics-lash-growth', 'cosmetics'],
    ['眉毛增长液 眉粉 套装', 'cosmetics-lash-growth', 'cosmetics'],
    ['滋养睫毛 促进睫毛浓密', 'cosmetics-lash-growth', 'cosmetics'],
  ]);
  eachQuiet([
    // what a mascara does to the lash as it is
    ['纤长卷翘 睫毛膏 防水不晕染', 'cosmetics'],
    ['睫毛滋养液 温和 卸妆易清洁', 'cosmetics'],
  ], 'quiet: %s (%s)');
});

describe('淡/淡化 before a named condition is relieving it; fading lines and spots stays a cosmetic efficacy', () => {
  eachRaises([
    ['眼部精华 淡化浮肿水肿', 'medical-condition-claim', 'cosmetics'],
    ['冰感眼贴 淡水肿 提亮', 'medical-condition-claim', 'cosmetics'],
  ]);
  eachQuiet([
    ['眼霜 淡化细纹 淡化黑眼圈', 'cosmetics'],
    ['精华液 淡斑 提亮肤色', 'cosmetics'],
  ], 'quiet: %s (%s)');
});

describe('专供 and 特供 naming a channel or a sale edition, not a state organ (广告法第9条第2项)', () => {
  eachRaises([
    ['机关专供 白酒 礼盒', 'state-endorsement', 'food'],
    ['专供 高山茶叶', 'state-endorsement', 'food'],
  ]);
  eachQuiet([
    ['JD专供 洗面奶 两支装', 'cosmetics'],
    ['【预售专供】面霜 礼盒', 'cosmetics'],
    ['保湿三件套 礼盒 特供', 'cosmetics'],
  ], 'quiet: %s (%s)');
});

describe('独家 and 王牌 of an edition or of the brand\'s own star, not a ranking against others', () => {
  eachRaises([
    ['独家 全网效果最强', 'absolute-context-extreme', 'general'],
    ['王牌品牌 护肤 套装', 'absolute-context-extreme', 'cosmetics'],
  ]);
  eachQuiet([
    ['独家限量 圣诞礼盒 口红', 'cosmetics'],
    ['品牌王牌精华 小棕瓶 30ml', 'cosmetics'],
  ], 'quiet: %s (%s)');
});

describe('整肤 is a rebuilding claim; 调整肤色 reads across the word', () => {
  eachRaises([['整肤精华 焕活', 'cosmetics-exaggeration', 'cosmetics']]);
  eachQuiet([
    ['妆前乳 调整肤色不均', 'cosmetics'],
    ['隔离霜 平整肤质 毛孔', 'cosmetics'],
  ], 'quiet: %s (%s)');
});

describe('特供/专供 before or after a travel or trial size: the sale\'s edition, as 特供装 (广告法第9条第2项)', () => {
  eachRaises([
    // a state form keeps its finding whatever pack follows
    ['部队特供 便携装 压缩饼干', 'state-endorsement', 'food'],
    ['内部专供 试用装 白茶', 'state-endorsement', 'food'],
  ]);
  eachQuiet([
    ['【特供便携装】保湿喷雾 30ml*2', 'cosmetics'],
    ['精华液 小样 专供 7ml', 'cosmetics'],
  ], 'quiet: %s (%s)');
});

describe('an epidemic\'s virus named, or a virus kept out: disease prevention (食品安全法第73条, 广告法第17条)', () => {
  eachRaises([
    ['空气净化器 有效防病毒 除甲醛', 'medical-disease', 'general'],
    ['益生菌固体饮料 抵御病毒入侵', 'medical-disease', 'food'],
    ['新冠病毒克星 喷雾', 'medical-disease', 'general'],
    ['护腰带 腰突 久坐', 'medical-disease', 'general'],
    ['艾草坐垫 气血不通 手脚凉', 'medical-tcm', 'general'],
    ['暖宝宝 缓解经期不适', 'medical-symptom', 'general'],
    ['蓝莓叶黄素软糖 修复视网膜', 'medical-condition-claim', 'food'],
    ['退烧贴 缩短病程', 'medical-cure', 'general'],
  ]);
  eachQuiet([
    // a computer's virus, a display's name, words across a boundary, a subject of study
    ['正版防病毒软件 一年授权', 'general'],
    ['病毒学 教材 第九版', 'general'],
    ['平板电脑 视网膜屏 防蓝光', 'general'],
    ['全新冠军同款 羽毛球拍', 'general'],
    ['收腰 突显曲线 连衣裙', 'general'],
    ['卫生巾 经期专用 日用', 'general'],
    // stains, not the macula
    ['美白牙贴 去除牙齿黄斑', 'cosmetics'],
    // a caution, a dress's waist, a salon
    ['精油按摩膏 孕期经期不适用', 'general'],
    ['收腰突出曲线 连衣裙', 'general'],
    ['洗衣液 去除衣领黄斑', 'general'],
  ], 'quiet: %s (%s)');
});

describe('recommended by medical staff or a hospital, safety asserted, a stomach function', () => {
  eachRaises([
    ['护目镜 医护推荐款', 'professional-endorsement', 'general'],
    ['祛痘精华 研究院推荐', 'professional-endorsement', 'cosmetics'],
    ['儿童牙膏 误吞无害', 'safety-assertion', 'cosmetics'],
    ['益生菌粉 改善肠胃', 'health-function', 'food'],
  ]);
  eachQuiet([
    ['店长推荐 保温杯 500ml', 'general'],
    ['美容院推荐 补水面膜', 'cosmetics'],
    ['山药粉 肠胃功能较弱者少食', 'food'],
    ['儿童牙膏 草莓味 60g', 'cosmetics'],
  ], 'quiet: %s (%s)');
});

describe('an allergy kept away, erection, germs in the body, a spine\'s curve restored, a black lung: medical claims (广告法第17条, 食品安全法第73条)', () => {
  eachRaises([
    ['婴儿配方奶粉 预防过敏 1段', 'medical-effect-narrow', 'food'],
    ['黄精玛咖压片 助勃起', 'medical-effect-narrow', 'food'],
    ['苹果醋饮料 杀灭肠道病菌', 'medical-effect-narrow', 'food'],
    ['荞麦颈椎枕 恢复生理曲度', 'medical-disease', 'general'],
    ['午睡枕 告别颈椎问题', 'medical-disease', 'general'],
    ['罗汉果茶 老烟民黑肺克星', 'medical-disease', 'food'],
    ['薄荷含片 去除口臭', 'medical-breath', 'food'],
  ]);
  eachQuiet([
    // an earring's metal, a pet's dental chew, what a pillow supports, a monitor's curve
    ['纯银耳钉 防过敏 简约', 'general'],
    ['猫咪洁齿饼干 去口臭 鸡肉味', 'general'],
    ['护颈 颈椎枕 记忆棉', 'general'],
    ['曲面显示器 1800R曲度 27英寸', 'general'],
  ], 'quiet: %s (%s)');
});

describe('stretch marks of pregnancy, liver lesions, sexual function and testosterone, safety guaranteed', () => {
  eachRaises([
    ['橄榄按摩油 孕期淡化孕纹', 'medical-symptom', 'cosmetics'],
    ['枳椇子饮 修复肝细胞损伤', 'medical-disease', 'food'],
    ['牡蛎肽片 提高性功能 男士', 'medical-effect-narrow', 'food'],
    ['刺蒺藜粉 促进睾酮分泌', 'medical-effect-narrow', 'food'],
    ['婴儿面霜 专业检测 安全保证', 'safety-assertion', 'cosmetics'],
  ]);
  eachQuiet([
    // a maternity skin cream that names no mark, a liver dish, an energy drink for men, a car seat's guarantee
    ['孕妇护肤霜 温和保湿 孕期可用', 'cosmetics'],
    ['法式鹅肝酱 细腻顺滑 100g', 'food'],
    ['男性功能性饮料 牛磺酸 维生素', 'food'],
    ['儿童安全座椅 安全保证 3C认证', 'general'],
  ], 'quiet: %s (%s)');
});

describe('officials named as visiting or praising, FDA "certification": endorsement (广告法第9条第2项, 第28条)', () => {
  eachRaises([
    ['高山云雾茶 市委领导视察时品尝', 'state-endorsement', 'food'],
    ['老字号酱油 省委调研指定', 'state-endorsement', 'food'],
    ['深海鱼油软糖 通过FDA认证', 'fda-certification-claim', 'food'],
  ]);
  eachQuiet([
    ['欢迎莅临本店 明前龙井 250g', 'food'],
    ['城市委托加工 手工挂面', 'food'],
  ], 'quiet: %s (%s)');
});

describe('a work\'s number, a game\'s name, a price floor, a therapy bed\'s cover: no comparison (执法指南)', () => {
  eachQuiet([
    ['贝多芬第一交响曲 黑胶唱片', 'general'],
    ['完美国际 元宝 自动充值', 'general'],
    ['发夹 批发 最低3元一个', 'general'],
    ['理疗按摩床罩 美容院专用', 'general'],
  ], 'quiet: %s (%s)');
  eachRaises([['手机壳 全网最低价', 'absolute-core', 'general']]);
});

describe('liver enzymes and the stomach germ, developmental disorders, a condition named as who the goods are for, digestion improved', () => {
  eachRaises([
    ['蒲公英根茶 转氨酶偏高的人适合喝', 'medical-disease', 'food'],
    ['猴头菇饼干 抑制幽门菌 养胃', 'medical-disease', 'food'],
    ['儿童营养米粉 改善发育迟缓', 'medical-disease', 'food'],
    ['藻油DHA软糖 注意缺陷儿童专用', 'medical-disease', 'health-food'],
    ['维C泡腾片 易患呼吸道感染人群', 'medical-condition-claim', 'food'],
    ['山楂麦芽饮 改善消化功能', 'health-function', 'food'],
  ]);
  eachQuiet([
    // a meat tenderiser's enzyme, a jasmine tea's scent, a girl's first bra, rice cereal that is easy to digest
    ['木瓜蛋白酶嫩肉粉 100g', 'food'],
    ['幽香茉莉花茶 250g 罐装', 'food'],
    ['女童发育期内衣 纯棉小背心', 'general'],
    ['易消化 婴儿原味米粉', 'food'],
  ], 'quiet: %s (%s)');
});

describe('a drug approval on food, military goods, a state gift, certified "by the state", edible cosmetics, 极佳', () => {
  eachRaises([
    ['灵芝孢子粉胶囊 国药准字 正品', 'drug-approval-claim', 'health-food'],
    ['迷彩双肩包 正宗军品 户外', 'state-endorsement', 'general'],
    ['景德镇青花茶具 国礼瓷', 'state-endorsement', 'general'],
    ['东北长粒香大米 国家推荐放心粮', 'state-endorsement', 'food'],
    ['宝宝润唇膏 可食用配方', 'cosmetics-edible', 'cosmetics'],
    ['桑蚕丝枕套 手感极佳', 'absolute-context-extreme', 'general'],
  ]);
  eachQuiet([
    // a registered drug's own number, a racket's "champion quality", a tea gift box, the certification body's name,
    // food-grade silicone on a spoon and on a food's inner bag, 积极 on a bookmark
    ['布洛芬缓释胶囊 国药准字H 24粒', 'medical-device'],
    ['羽毛球拍 冠军品质 碳纤维', 'general'],
    ['中国礼盒 安溪铁观音 送长辈', 'food'],
    ['检测机构经国家认证认可监督管理委员会批准 坚果', 'food'],
    ['食品级硅胶 宝宝辅食勺', 'general'],
    ['每日坚果 食品级内袋 独立包装', 'food'],
    ['积极向上 励志书签', 'general'],
  ], 'quiet: %s (%s)');
});

describe('a drug replaced, an effect timed, free if not as described, honours that cannot be had, celebrities as users', () => {
  eachRaises([
    ['苦瓜肽胶囊 可以代替药物 控糖', 'medical-cure', 'health-food'],
    ['桑叶茶 喝了不用吃药', 'medical-cure', 'food'],
    ['祛痘精华 15天见效', 'efficacy-guarantee', 'cosmetics'],
    ['代餐奶昔 瘦了不反弹', 'efficacy-absolute', 'food'],
    ['羊毛围巾 假的白送', 'promise-free-if-not', 'general'],
    ['手工红糖 不正宗全额免单', 'promise-free-if-not', 'food'],
    ['不锈钢炒锅 消协推荐产品', 'void-honour-claim', 'general'],
    ['老牌酱油 中国名牌', 'void-honour-claim', 'food'],
    ['蛋白粉 明星都在喝', 'health-endorser', 'health-food'],
  ]);
  eachQuiet([
    // a health food's required warning, a bouquet for a confession, a buy-two-get-one deal, a cancelled contract,
    // a famous tea's name, a fashion line's celebrities
    ['鱼油软胶囊 本品不能代替药物', 'health-food'],
    ['表白送女友 永生花礼盒', 'general'],
    ['买二白送一 抽纸', 'general'],
    ['随时取消协议 健身月卡', 'general'],
    ['中国名茶 西湖龙井 明前', 'food'],
    ['小香风链条包 明星都在用', 'general'],
  ], 'quiet: %s (%s)');
});

describe('standards, accreditation and testing by the state, a mattress that keeps its shape, 免单 without a promise: quiet', () => {
  eachQuiet([
    // a recommended national standard, a CNAS-accredited lab and the body's name, a compulsory-certification mark, a
    // state-designated test body, a mattress's springiness, an apology and a holiday offer
    ['执行标准：GB/T 22864 国家推荐性标准 纯棉毛巾', 'general'],
    ['CNAS国家认可实验室检测 儿童餐具', 'general'],
    ['中国合格评定国家认可委员会认可的检测报告 羊奶粉', 'food'],
    ['CCC国家强制性认证 插线板', 'general'],
    ['国家指定检测机构检测合格 电动车头盔', 'general'],
    ['乳胶床垫 弹力好不反弹', 'general'],
    ['不好意思，免单活动已结束 手机壳', 'general'],
    ['暑假免单活动 儿童绘本', 'general'],
  ], 'quiet: %s (%s)');
  eachRaises([
    ['苹果醋 国家认可品牌', 'state-endorsement', 'food'],
    ['蜂蜜 不好吃全额免单', 'promise-free-if-not', 'food'],
  ]);
});

describe('state media as endorsers, an unnamed state body\'s approval, vision raised, a wound healed, a condition\'s risk lowered, joints and height', () => {
  eachRaises([
    // 广告法第28条第2款第2项, 第9条第2项
    ['新华社推荐 手工阿胶糕 500g', 'state-media-endorsement', 'food'],
    ['中央电视台指定 保温杯 大容量', 'state-media-endorsement', 'general'],
    ['经国家有关部门批准 纪念金币 限量', 'state-endorsement', 'general'],
    // 广告法第17条
    ['蓝莓叶黄素 提高视力 学生', 'medical-disease', 'food'],
    ['热敷眼罩 延缓老花 中老年', 'medical-disease', 'general'],
    ['修护精华 加速伤口恢复', 'medical-symptom', 'cosmetics'],
    // 保健功能目录
    ['氨糖软骨素 饮品 润滑关节', 'health-catalogue', 'food'],
    ['儿童牛奶 助力孩子身高', 'health-catalogue-claimed', 'food'],
    ['果蔬纤维粉 缓解排便不畅', 'health-catalogue-claimed', 'food'],
    ['酵素 加快新陈代谢', 'health-catalogue-claimed', 'food'],
    // 食品安全法第73条, 广告法第17条: a condition's chance lowered, with the words between
    ['孕妇奶粉 降低宝宝患湿疹的几率', 'medical-risk-lowered', 'food'],
    ['燕麦片 减少心血管疾病风险', 'medical-risk-lowered', 'food'],
  ]);
  eachQuiet([
    // the paper or a programme sold as goods, compliance wording, glasses and an eye chart, a dressing that covers,
    // a knee brace, a snack of cartilage, a size chart, a sleep tracker
    ['人民日报出版社 正版图书 2025新版', 'general'],
    ['央视纪录片 高清DVD 珍藏版', 'general'],
    ['包装符合国家有关部门规定 月饼礼盒', 'food'],
    ['老花镜 防蓝光 高清 男女', 'general'],
    ['防水敷贴 贴住伤口 洗澡不沾水', 'general'],
    ['运动护膝 保护关节 篮球跑步', 'general'],
    ['香辣鸡软骨 500g 休闲零食', 'food'],
    ['儿童睡衣 适合身高110cm', 'general'],
    ['学生高钙奶 适合身高120cm以上饮用', 'food'],
    ['智能手环 睡眠质量监测 心率', 'general'],
    ['冷链配送 降低变质风险 鲜牛奶', 'food'],
    ['先买小样 降低踩雷风险 精华液', 'cosmetics'],
    ['加厚手机壳 降低摔碎几率', 'general'],
  ], 'quiet: %s (%s)');
});

describe('audit against whole lists: the 禁用语清单, the health-function catalogue, 中医 syndromes treated, state organs and bodies named', () => {
  eachRaises([
    // 化妆品标签禁用语 (条例第37条, 标签管理办法)
    ['修护霜 涂抹于患处', 'cosmetics-medical', 'cosmetics'],
    ['焕肤精华 激活细胞 阻断黑色素', 'cosmetics-medical', 'cosmetics'],
    ['按摩霜 让乳房丰满挺拔', 'health-function', 'cosmetics'],
    ['精油 卵巢保养 女士', 'medical-effect-narrow', 'cosmetics'],
    // 保健功能目录 in sellers' words, organ tonics (广告法第18条, 食品标识管理规定)
    ['苦荞茶 平稳血糖 中老年', 'health-catalogue', 'food'],
    ['电解质饮料 缓解运动疲劳', 'health-catalogue', 'food'],
    ['大豆异黄酮 延缓更年期', 'health-catalogue-claimed', 'food'],
    ['黑豆枸杞茶 养肾 男士', 'health-catalogue', 'food'],
    // 广告法第17条: vessels cleared, 中医 syndromes and children's conditions treated
    ['纳豆 清理血管 通畅', 'medical-disease', 'food'],
    ['山药粉 调理脾虚 儿童', 'medical-condition-claim', 'food'],
    ['小米粥 改善厌食 宝宝', 'medical-condition-claim', 'food'],
    ['草本茶 清除体内毒素', 'medical-tcm', 'food'],
    // 广告法第9条第2项, 第28条, 第16、18条
    ['卫健委推荐 低钠盐', 'state-endorsement', 'food'],
    ['WHO推荐 净水器', 'void-honour-claim', 'general'],
    ['院士推荐 鱼油软胶囊', 'professional-endorsement', 'health-food'],
    ['益生菌固体饮料 纳入医保', 'drug-approval-claim', 'food'],
  ]);
  eachQuiet([
    // a dietary guide's constitution type, a depilatory, a dryer, a bra, a GI product's registration, a filing,
    // a book list, exfoliation, a meat cut
    ['气虚体质食疗 菜谱书', 'general'],
    ['脱毛膏 温和 抑制毛发生长', 'cosmetics'],
    ['除湿热泵烘干机 家用', 'general'],
    ['聚拢文胸 防下垂 无钢圈', 'general'],
    ['国家质检总局地理标志保护产品 五常大米', 'general'],
    ['国家药监局备案 保湿面霜', 'cosmetics'],
    ['教育部推荐书目 四年级 课外书', 'general'],
    ['磨砂膏 去角质 身体', 'cosmetics'],
    ['猪护心肉 烧烤食材 500g', 'food'],
    ['更年期女性 羊奶粉 高钙', 'food'],
  ], 'quiet: %s (%s)');
});

describe('the army\'s commands and the police named, fatigue driven off (rg, by kind)', () => {
  eachRaises([
    ['东部战区纪念款 保温杯', 'state-endorsement', 'general'],
    ['警方推荐 防盗门锁', 'state-endorsement', 'general'],
    ['人参片 赶走疲劳 上班族', 'health-function', 'food'],
  ]);
  eachQuiet([
    ['使命召唤战区 游戏鼠标垫 加厚', 'general'],
    ['运动后疲劳 筋膜枪 配件', 'general'],
  ], 'quiet: %s (%s)');
});

describe('verb × condition and absolute-term audit (issue 19): the forms that were silent, by kind', () => {
  eachRaises([
    // an emoji or a pictograph inside the word, circled and cheque numerals, NO.1 with the numero sign or spaced
    ['降🔥血糖 苦荞茶', 'medical-disease', 'food'],
    ['最✨好用的拖把', 'absolute-core', 'general'],
    ['顶⭐级 羊绒围巾', 'absolute-core', 'general'],
    ['行业第① 扫地机', 'absolute-context-first', 'general'],
    ['第壹品牌 电饭煲', 'absolute-core', 'general'],
    ['№1 电动牙刷', 'absolute-core', 'general'],
    ['No. 1 防晒霜', 'absolute-core', 'cosmetics'],
    // the claim written after the condition (克星, 一贴见效), and 摆脱 before it (广告法第17条)
    ['咳嗽克星 枇杷膏', 'medical-condition-claim', 'food'],
    ['打鼾一贴见效 止鼾贴', 'medical-condition-claim', 'general'],
    ['摆脱头晕 天麻粉', 'medical-condition-claim', 'food'],
    // conditions that are no disease word alone, with a verb or a word after
    ['桑叶茶 改善血糖 中老年', 'medical-condition-claim', 'food'],
    ['护眼台灯 远离近视', 'medical-condition-claim', 'general'],
    ['钙片 告别抽筋 中老年', 'medical-condition-claim', 'food'],
    ['儿童零食 预防肥胖', 'medical-condition-claim', 'food'],
    ['男士 减少夜尿 玛咖', 'medical-condition-claim', 'food'],
    ['纳豆 血脂克星', 'medical-condition-claim', 'food'],
    // the spine repaired or cured; hair loss and acne "治" or promised never to return
    ['记忆棉枕头 修复颈椎', 'medical-organ-claimed', 'general'],
    ['腰椎克星 护腰带', 'medical-organ-claimed', 'general'],
    ['洗发水 专治脱发', 'medical-cosmetic-cure', 'cosmetics'],
    ['祛痘膏 痘痘断根', 'medical-cosmetic-cure', 'cosmetics'],
    ['止汗露 狐臭不复发', 'medical-cosmetic-cure', 'cosmetics'],
    // lay names of conditions, pain of a body part, an allergy eased
    ['飞蚊症 眼贴', 'medical-disease', 'general'],
    ['老年斑 淡化霜', 'medical-disease', 'cosmetics'],
    ['膝盖痛 热敷贴', 'medical-symptom', 'general'],
    ['枇杷膏 喉咙痛', 'medical-symptom', 'food'],
    ['空气净化器 缓解过敏', 'medical-disease', 'general'],
  ]);
  eachQuiet([
    // the brief's everyday look-alikes: protection, cooling, disinfectant and mite goods, odour, slang, governance,
    // a cosmetic's repair cream and its catalogued efficacies, a sleeping room
    ['防水 运动手表', 'general'],
    ['抗皱 紧致 面霜', 'cosmetics'],
    ['降温 冰丝凉席', 'general'],
    ['84消毒液 消毒 家用', 'general'],
    ['除螨仪 家用 床上', 'general'],
    ['车载 祛味 竹炭包', 'general'],
    ['痛快 冰爽 啤酒', 'food'],
    ['血拼 购物袋 大容量', 'general'],
    ['水污染治理 技术书籍', 'general'],
    ['修复霜 保湿 修护', 'cosmetics'],
    ['改善睡眠环境 遮光窗帘', 'general'],
    ['防脱发 洗发水 国妆特字', 'cosmetics'],
    ['祛痘 精华 水杨酸', 'cosmetics'],
    // the new conditions named without a claim: a monitor, glasses, a pillow that supports, a wrist rest, slang, a warmer
    ['电子血压计 家用 上臂式', 'general'],
    ['血糖仪 试纸 免调码', 'general'],
    ['近视眼镜 防蓝光 超轻', 'general'],
    ['缓解颈椎压力 记忆棉枕头', 'general'],
    ['护颈椎 办公室 靠枕', 'general'],
    ['鼠标手托 护腕', 'general'],
    ['告别身材焦虑 显瘦 连衣裙', 'general'],
    ['暖脚宝 告别手脚冰凉', 'general'],
    // emoji around words, a circled digit in an order word, a brand with the cheque numeral, 治 in other words
    ['✨新款✨ 连衣裙 显瘦', 'general'],
    ['第①件半价 T恤', 'general'],
    ['壹号土猪 猪肉', 'food'],
    ['政治 书籍 考研', 'general'],
  ], 'quiet: %s (%s)');
});

describe('audit, second pass: measures held steady, lay disease names, organs repaired, disease kept away', () => {
  eachRaises([
    // 2023 保健功能目录: 有助于维持血糖/血压/血脂健康水平 in other verbs
    ['苦瓜片 控制血糖 中老年', 'health-catalogue', 'food'],
    ['菊苣栀子茶 调节尿酸', 'health-catalogue', 'food'],
    // 广告法第17条, 食品安全法第73条: 高血压 by its lay name, a clot dissolved, conception helped, organs repaired
    ['燕麦片 血压偏高人群 适用', 'medical-disease', 'food'],
    ['纳豆激酶 溶栓', 'medical-disease', 'food'],
    ['玛卡 助孕 女士', 'medical-disease', 'food'],
    ['儿童益生菌 少生病', 'medical-disease', 'food'],
    ['足浴盆 远离病痛', 'medical-disease', 'general'],
    ['奶蓟草 修复肝脏', 'medical-organ-claimed', 'food'],
    ['黄芪茶 恢复肾功能', 'medical-organ-claimed', 'food'],
    ['苦瓜肽 修复胰岛', 'medical-organ-claimed', 'food'],
  ]);
  eachQuiet([
    // a monitor's readings, the ceramide ingredient, an insulin cooler, an organ looked after (a catalogue function,
    // weighed on food only), two diseases listed side by side
    ['电子血压计 显示血压高低 语音', 'general'],
    ['神经酰胺修复霜 保湿', 'cosmetics'],
    ['胰岛素冷藏盒 便携', 'general'],
    ['测血糖 采血针 100支', 'general'],
  ], 'quiet: %s (%s)');
});

describe('audit, third pass: conditions by the names that only ever name them, and who the goods are for', () => {
  eachRaises([
    // 广告法第17条, 食品安全法第73条
    ['苦荞茶 消渴 中老年', 'medical-disease', 'food'],
    ['猴头菇饼干 烧心反酸', 'medical-disease', 'food'],
    ['葛根粉 解酒 酒精肝', 'medical-disease', 'food'],
    ['热敷颈枕 落枕 家用', 'medical-disease', 'general'],
    ['妇科凝胶 抗HPV', 'medical-disease', 'general'],
    ['营养粉 放化疗 人群', 'medical-disease', 'food'],
    ['清除血管垃圾 纳豆', 'medical-disease', 'food'],
    // the condition as who the goods are for (患者, 福音), after it
    ['止鼾贴 打鼾人士的福音', 'medical-condition-claim', 'general'],
    ['和打鼾说拜拜 止鼾枕', 'medical-condition-claim', 'general'],
    ['对咳嗽说不 雪梨膏', 'medical-condition-claim', 'food'],
    ['记忆棉护颈枕 颈椎患者 必备', 'medical-organ-claimed', 'general'],
    ['红枣 缓解心慌 气短', 'medical-condition-claim', 'food'],
    // serious diseases by their common names, a knee's meniscus repaired, fluid on a joint drained
    ['灵芝孢子粉 尿毒症 肾衰', 'medical-disease', 'food'],
    ['脑出血 偏瘫 康复 按摩器', 'medical-disease', 'general'],
    ['修复半月板 护膝 老人', 'medical-organ-claimed', 'general'],
    ['消积液 膏药 膝盖', 'medical-condition-claim', 'general'],
  ]);
  eachQuiet([
    // a child's headphones keeping the volume down, hearing protected, a bitter first taste, thirst quenched, an ankle
    // brace and an oven glove, a humid season
    ['儿童耳机 防止听力下降 限音', 'general'],
    ['保护听力 降噪耳机', 'general'],
    ['入口苦 回甘 绿茶', 'food'],
    ['解渴 柠檬饮料', 'food'],
    ['护踝 防扭伤 篮球', 'general'],
    ['防烫 硅胶手套', 'general'],
    ['潮热天气 除湿机', 'general'],
    ['运动护膝 保护半月板 篮球', 'general'],
    ['深度透析 考研政治 真题', 'general'],
  ], 'quiet: %s (%s)');
});

describe('Taiwan and Hong Kong words for the same conditions, in Traditional script', () => {
  eachRaises([
    ['攝護腺 保健 南瓜籽', 'medical-disease', 'food'],
    ['香港腳 專用 襪子', 'medical-disease', 'general'],
    ['富貴手 護手霜', 'medical-disease', 'cosmetics'],
    ['黑糖薑茶 生理痛 女生', 'medical-disease', 'food'],
    ['坐骨神經痛 熱敷包', 'medical-disease', 'general'],
    ['治落髮 洗髮精', 'medical-cosmetic-cure', 'cosmetics'],
    ['菊花茶 退火 降火', 'health-tcm', 'food'],
    ['纖體 酵素飲', 'health-function', 'food'],
    ['枇杷膏 改善氣喘', 'medical-condition-claim', 'food'],
  ]);
  eachQuiet([
    // annealing, a sleeping mask's night, out of breath on the stairs, looking after the family's appetite, a tracker
    ['不鏽鋼 退火工藝 鍋具', 'general'],
    ['免洗睡眠面膜 舒緩安眠', 'cosmetics'],
    ['爬樓不氣喘 運動鞋', 'general'],
    ['照顾全家胃口 零食大礼包', 'food'],
    ['老人痴呆防走失 定位手环', 'general'],
  ], 'quiet: %s (%s)');
});

describe('an inflammation by any name, a bracketed qualifier inside a claim, health restored', () => {
  eachRaises([
    // 炎 after a claim verb names a disease the lexicon need not list (a pet's paw, the corner of the mouth)
    ['宠物爪垫膏 预防爪间炎', 'medical-condition-claim', 'general'],
    ['改善嘴角炎 润唇膏', 'medical-condition-claim', 'cosmetics'],
    ['耳道炎克星 狗狗洗耳液', 'medical-condition-claim', 'general'],
    // a qualifier in brackets does not end the phrase, in either width, before or after the condition
    ['苦瓜片 降（饭后）血糖', 'medical-condition-claim', 'food'],
    ['护腰带 修复(老人)腰椎', 'medical-organ-claimed', 'general'],
    ['尿酸（偏高）克星 樱桃汁', 'medical-condition-claim', 'food'],
    // health regained is a sick body cured (康复 in other words)
    ['羊奶粉 病后喝了重获健康', 'medical-recovery', 'food'],
    ['猫咪营养膏 吃了很快找回健康', 'medical-recovery', 'general'],
  ]);
  eachQuiet([
    // hot weather and a place, a name; a shampoo's repair, a fertiliser's plant, a sleep routine; glasses for the
    // short-sighted, whatever else they keep off
    ['炎炎夏日 冰丝凉席', 'general'],
    ['防晒炎夏必备 冰袖', 'general'],
    ['炎陵黄桃罐头', 'food'],
    ['受损秀发恢复健康光泽 护发素', 'cosmetics'],
    ['缓释肥料 让绿植恢复健康', 'general'],
    ['恢复健康作息 智能闹钟', 'general'],
    ['防蓝光近视眼镜 男', 'general'],
    ['防雾近视泳镜 (高清)', 'general'],
    ['防水(ip68) 运动手表', 'general'],
  ], 'quiet: %s (%s)');
});
