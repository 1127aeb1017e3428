import { folding } from '@/lib/shared/traditional';
import { hashedRecordId, type HashedFields } from '@/lib/standing/extract';

// Until schema version 6 the reader folded Traditional text by this hand list, not
// by the project's table (lib/shared/traditional), and hashed record ids over that
// fold. Kept only to recognise those ids: FROM[i] folded to TO[i].
const FROM = '違規編號單類別為稱場處罰時間狀態結當銷訴嚴賣貨響載請記錄積計鋪櫃賬帳開關審駁無執經發實際項細詳節虛偽僞諾應遲濫資訊寶買產數額總這個進與從後價種費評條專廣權標營業證據認準確聯問題說碼達點級騙盜戶擾亂謀註冊競惡騷訂檢測線圖顯頁選擇設讀導備舊內週歷復覆駐廢刪剛務爭議暫沒絕緒鍵區員啟來擁極監詢範錯誤戲雙麼義製圍將則敗過説暱複貝鏈稅贈攜';
const TO = '违规编号单类别为称场处罚时间状态结当销诉严卖货响载请记录积计铺柜账账开关审驳无执经发实际项细详节虚伪伪诺应迟滥资讯宝买产数额总这个进与从后价种费评条专广权标营业证据认准确联问题说码达点级骗盗户扰乱谋注册竞恶骚订检测线图显页选择设读导备旧内周历复复驻废删刚务争议暂没绝绪键区员启来拥极监询范错误戏双么义制围将则败过说昵复贝链税赠携';
const foldedThen = folding(FROM, TO);
const hashed = /^(h[0-9a-z]+)(-\d+)?$/;

/**
 * The id a record the reader hashed before schema version 6 has now (a page's
 * -2, -3 kept), or null when its id is no such hash: the record number a page showed.
 */
export function recordIdNow(record: HashedFields & { id: string }): string | null {
  const [, base, repeat = ''] = hashed.exec(record.id) ?? [];
  if (base === undefined || base !== hashedRecordId(record, foldedThen)) return null;
  return hashedRecordId(record) + repeat;
}
