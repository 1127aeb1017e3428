/** The current violation list in the 千牛 web app (店铺 › 店铺体检 › 违规管理), on its 全部违规 tab. */
export const VIOLATION_LIST_URL = 'https://qn.taobao.com/home.htm/ysb-new-ksr-q/violation/VIOLATION?tab=ALL';
