/** The platform's report entry (体检中心 › 职业索赔联合治理 › 遇到职业投诉人-我要举报), without tracking parameters. */
export const REPORT_ENTRY_URL = 'https://seller110.taobao.com/';
