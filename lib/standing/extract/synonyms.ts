/**
 * Every word the reader recognises, in one place: column headers, category
 * names, status words, totals and shop labels. Words are written in Simplified
 * Chinese; Traditional text is folded onto them first (see `./traditional`), so
 * 處罰編號 and 处罚编号 are the same header.
 */
import type { Category, RecordStatus } from '@/lib/shared/schema';

export type Field =
  | 'id'
  | 'category'
  | 'kind'
  | 'reason'
  | 'points'
  | 'time'
  | 'status'
  | 'measures'
  | 'appeal'
  | 'action';

/**
 * Header words per field, most specific first: a column whose header matches an
 * earlier word wins when two columns carry the same field. Fields are tried in
 * this order, so 是否申诉 is the appeal column before 状态 could claim it, and
 * 处罚编号 is a number before 处罚 could make it anything else. A word starting
 * with "=" must be the whole header (编号 yes, 订单编号 no).
 */
export const headerWords: ReadonlyArray<readonly [Field, readonly string[]]> = [
  ['appeal', ['是否申诉', '可否申诉', '能否申诉', '是否可申诉', '申诉入口']],
  ['action', ['操作']],
  ['id', ['处罚编号', '违规编号', '处罚单号', '违规单号', '处罚id', '违规id', 'punishid', '记录编号', '=编号', '=单号', '=id', '记录号']],
  ['time', ['违规时间', '处罚时间', '违规日期', '处罚日期', '扣分时间', '发生时间', '处理时间', '日期', '时间']],
  ['points', ['扣分值', '扣分', '扣除分数', '处罚分值', '分值', '分数']],
  ['status', ['处理状态', '处罚状态', '当前状态', '违规状态', '记录状态', '状态', '处理结果', '处罚结果', '结果']],
  ['category', ['违规类型', '违规类别', '违规分类', '处罚类型', '扣分类型', '扣分类别', '=类型', '=类别', '=分类']],
  ['kind', ['违规行为', '违规名称', '违规场景', '违规项', '违规事项', '违规内容', '违规信息', '规则名称', '处罚名称', '违规规则', '=行为', '=名称']],
  ['reason', ['违规原因', '处罚原因', '处罚理由', '违规描述', '原因', '理由', '描述', '说明']],
  ['measures', ['处罚影响', '处罚措施', '违规影响', '处理措施', '影响', '措施']],
];

/** Words of a record's measures (处罚影响): what the platform does besides deducting points. */
export const measureWords = /下架|删除|屏蔽|降权|扣款|警告|公示|限制|冻结|关闭|监管|整改|扣除保证金|支付违约金/;

/** Header text that marks a table as being about violations, not orders or metrics. */
export const violationMarkers = ['违规', '处罚', '扣分'] as const;

/** Category names as pages show them (columns, tabs, headings). */
export const categoryWords: ReadonlyArray<readonly [Category, RegExp]> = [
  ['C', /售假|假冒|(?:^|[^a-z])c类/i],
  ['B', /严重违规|^严重$|(?:^|[^a-z])b类/i],
  ['A', /一般违规|^一般$|(?:^|[^a-z])a类/i],
];

/**
 * Status words, checked in this order: a failed appeal is still in force, a
 * successful one is revoked, then appeals under way, then plain "in force".
 */
export const statusWords: ReadonlyArray<readonly [RecordStatus, readonly string[]]> = [
  ['active', ['未撤销', '不可撤销', '申诉失败', '申诉驳回', '申诉不通过', '已驳回', '驳回']],
  ['revoked', ['申诉成功', '申诉通过', '已撤销', '撤销', '已撤回', '撤回', '已取消', '取消处罚', '已失效', '失效', '已作废', '作废', '无效']],
  ['appealing', ['申诉中', '申诉处理中', '申诉审核中', '申诉受理中', '已申诉', '审核中', '复核中', '覆核中', '待审核']],
  ['active', ['生效中', '已生效', '生效', '处罚中', '有效', '已处罚', '执行中', '待处理', '已扣分', '已处理', '未申诉']],
];

/** Cell or row text that means the data has not arrived yet. */
export const loadingPattern = /加载中|正在加载|载入中|loading/i;

/** A lone cell saying there is nothing to show. */
export const emptyStatePattern = /^(?:暂无数据|暂无记录|暂无违规记录|没有数据|无数据|暂无|没有违规记录|nodata)$/i;

/** Points cells that mean "no points deducted". */
export const noPointsWords = ['不扣分', '无需扣分', '免扣分', '无', '暂无', '零分'] as const;

/** Lines inside a behaviour cell that are not the behaviour's name. */
export const notKindLine =
  /^(?:子?订单(?:号|编号)?|商品(?:id|编号)|宝贝(?:id|编号)?|链接)[:\d]|^(?:查看\S{0,4}|详情|我要申诉|去申诉|申诉|更多|复制)$|^\d{6,}$/;

/** Words that make a points label a running total rather than one record's points. */
export const totalMarkers = /(?:累计|总计|合计|当前|总)扣分|扣分(?:累计|总计|合计)/;

/** Labels of page-level totals (一般违规累计扣分, 售假违规扣分：14分), compared with the sum of records read. */
export const totalLabel = /(?:累计|总计|合计|当前|总)扣分|扣分(?:累计|总计|合计)|违规扣分|假冒商品扣分/;

/** Labels under which a page names the shop or the seller's nick, most specific first. */
// 帳號 and 暱稱, as Taiwan writes them, fold to 帐号 and 暱称 (帐 is Simplified too; 暱 has no other form in OpenCC's table).
export const shopLabels = [
  '店铺名称', '店铺名', '掌柜名', '掌柜', '卖家昵称', '卖家暱称', '卖家', '旺旺', '当前账号', '当前帐号', '登录账号', '登录帐号', '账号', '帐号', '昵称', '暱称', '店铺',
] as const;
