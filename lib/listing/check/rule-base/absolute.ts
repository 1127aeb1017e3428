import type { Rule } from '../schema';
import { everywhere } from './severity';

const ABSOLUTE_REWRITE = '删去最高级，改写为可证明的具体事实（如"采用××面料""2025年天猫××类目销量前列（数据来源：××）"）';
const ABSOLUTE_EXEMPTIONS = ['self-comparison', 'trademark-name', 'award', 'time-region-fact', 'not-about-goods'];

// 最 written in pinyin (zui好, zuigao) to slip past keyword filters: the same claim as the character.
// The core 最… terms keep their tier (zui好 = 最好), a bare zui is the context tier (zuigao性价比).
const ZUI_CORE = ['最佳', '最好', '最优', '最强', '最先进', '最高端', '最顶级', '最便宜', '最低价', '最高级', '最畅销', '最高档'];
const pinyinZui = (terms: readonly string[]) => terms.map((t) => `zui${t.slice(1)}`);

// 广告法第9条第3项: "国家级""最高级""最佳"等 — an open list. The core tier is
// superlative in any context; the context tier (最…/第一/首…/唯一) is judged with
// the allow-list in allow.ts and negation.
export const ABSOLUTE_RULES: Rule[] = [
  {
    id: 'absolute-core', group: 'absolute-core', basis: 'ad-9-3', negatable: true,
    terms: ['国家级', '世界级', '最高级', '最佳', '最好', '最优', '最强', '最先进', '最高端', '最顶级', '顶级', '极品', '顶尖', '终极', '至尊',
      '绝无仅有', '史无前例', '独一无二', '万能', '全网第一', '全国第一', '最便宜', '之最', '顶奢', 'no1', '全球第一', '世界第一', '行业第一', '销量第一', '排名第一',
      '第一品牌', '全网最低', '全网最低价', '史上最低', '最低价', 'no.1', 'top1', 'top.1', '世界top', '全球top', '行业top', 'top级', '全网首发', '全球首发', '全国首发', '首选品牌',
      '魁首', '霸主', '鼻祖', '最高档', '最畅销', '独占鳌头', '首屈一指', '无与伦比', '空前绝后', '登峰造极',
      // Same meaning as 最高级/最佳 (工商广字〔1997〕第207号: 极品 "与上述用语含义相同")
      '无上', '至高无上', '举世无双', '天下第一', '宇宙第一', '前所未有', '无人能及', '巅峰',
      // 首选 has no sense that is not a ranking (research §6 puts it in the core list with 唯一); 不二之选 is
      // "the only choice"; 榜首 is 排名第一 (销量榜首). Pinyin forms of the 最 terms and of 首选.
      '首选', '不二之选', '唯一之选', '榜首', ...pinyinZui(ZUI_CORE), 'zuihao', 'zuijia', '首xuan', 'shou选', 'shouxuan',
      // 顶级 in pinyin (as zui好 for 最好); 绝品 is 极品 (工商广字〔1997〕第207号).
      'ding级', 'dingji', '绝品',
      // "The king of sales" is 销量第一 in other words (a rank among all sellers, 广告法第9条第3项).
      '断货王', '销量王',
      // Audit: NO.1 written with the numero sign, spaced after its point (No. 1) or with a zero for the O (N0.1).
      '№1', '№.1', 'no. 1', 'n0.1'],
    reason: '属于广告法明文列举或同类的绝对化用语（"最高级""最佳"等），商品页面即广告，被投诉时按第57条处罚；职业索赔人专门检索这类词。',
    rewrite: ABSOLUTE_REWRITE, exemptions: ABSOLUTE_EXEMPTIONS, severity: everywhere('high'),
  },
  {
    id: 'absolute-context-zui', group: 'absolute-context', basis: 'ad-9-3', negatable: true,
    terms: ['最', 'zui'],
    reason: '"最＋形容词"是最高级表述；若只表示时间、顺序或规格（最近、最大承重），不属绝对化用语。',
    rewrite: ABSOLUTE_REWRITE, exemptions: ['usage-hint', ...ABSOLUTE_EXEMPTIONS], severity: everywhere('medium'),
  },
  {
    id: 'absolute-context-first', group: 'absolute-context', basis: 'ad-9-3', negatable: true,
    // 第1 as 第一 (A股童装第1股); 第10–第19 and the 第1次-type order words are in allow.ts.
    terms: ['第一', '第1', '首家', '首个', '首款', '首创', '全国首', '全球首', '世界首', '唯一'],
    reason: '"第一""首…""唯一"用于比较商品时是绝对化用语；表示次序、时间或编号（第一次、首页、唯一码）不是。',
    rewrite: ABSOLUTE_REWRITE, exemptions: ABSOLUTE_EXEMPTIONS, severity: everywhere('medium'),
  },
  {
    id: 'absolute-context-extreme', group: 'absolute-context', basis: 'ad-9-3', negatable: true,
    terms: ['极致', '完美', '王牌', '冠军', '领袖品牌', '遥遥领先', '领导品牌', '全球领先', '世界领先', '国际领先', '独家', '之王', '王中王', '销冠', '没有之一',
      // 极佳 is 最佳 with 极 (as 极品 is 最高级, 工商广字〔1997〕第207号); said of a taste or a feel it is judged in context.
      '极佳'],
    reason: '常被执法认定为变相的最高级或无法证明的比较；是否违法看语境与证据。',
    rewrite: ABSOLUTE_REWRITE, exemptions: ABSOLUTE_EXEMPTIONS, severity: everywhere('low'),
  },
];
