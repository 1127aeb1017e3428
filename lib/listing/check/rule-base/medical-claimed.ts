import type { Rule } from '../schema';
import { everywhere } from './severity';

// From the verb × condition audit (issue 19): things sellers name that are no disease word alone, claimed by a verb
// of cure. 广告法第17条; food 食品安全法第71、73条; cosmetics 化妆品监督管理条例第37条.
const FOOD = { food: 'food-71', 'health-food': 'food-71', cosmetics: 'cosmetics-label-19' } as const;
const SEVERITY = everywhere('high', { general: 'medium', 'medical-device': 'none' });
const REWRITE = '删去"治/修复/告别+部位或问题"的说法，只写商品本身的材质、用法和可证明的特点';

export const CLAIMED_RULES: Rule[] = [
  {
    // The spine or an organ named as what the goods repair or cure (修复颈椎, 告别腰椎, 颈椎克星, 修复肝脏, 恢复肾功能):
    // 颈椎病, 腰椎间盘突出 or an organ's disease treated in other words (the pillow and brace cases punished under 第17条;
    // 肝细胞损伤 as medical-disease has it). A pillow that supports (护颈椎) or eases the neck's load (缓解颈椎压力), and
    // an organ looked after (保护肝脏, a catalogue function), describe themselves: 护, 保护, 缓解 and 改善 are left out here.
    id: 'medical-organ-claimed', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true, disguised: false,
    terms: ['颈椎', '腰椎', '脊椎', '胸椎', '颈腰椎', '肝脏', '肝功能', '肾脏', '肾功能', '血管', '神经', '胰岛', '半月板', '滑膜'],
    claimedBy: { words: ['治', '修复', '矫正', '逆转', '恢复', '调理', '告别', '远离', '摆脱', '根除', '解决'], gap: 2, after: ['克星', '断根', '去根', '除根', '复发', '一贴见效', '好了', '患者', '福音'] },
    reason: '说商品能治、修复、矫正颈椎腰椎，能修复、恢复肝肾、血管、神经，或是"颈椎克星"，就是宣称治疗颈椎病、腰椎间盘突出或脏器疾病；非医疗器械、药品不得这样写。',
    rewrite: REWRITE, exemptions: ['registered-product'], severity: SEVERITY,
  },
  {
    // Hair loss, grey hair, acne, spots and body odour are what cosmetics may address in catalogued words (防脱发 and 祛斑 with
    // a special-cosmetic registration, 祛痘, 除臭); "治" them, or promise they never return, is a drug's claim (条例第37条).
    id: 'medical-cosmetic-cure', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true, disguised: false,
    terms: ['脱发', '掉发', '白发', '少白头', '痘痘', '粉刺', '色斑', '雀斑', '狐臭', '腋臭', '体臭', '脚臭', '汗脚', '黑眼圈', '落发', '秃头', '青春痘'],
    claimedBy: { words: ['治', '治疗', '医治'], gap: 1, after: ['断根', '去根', '除根', '不复发', '不再复发', '永不复发'] },
    reason: '化妆品可按备案或注册的功效写防脱、祛斑、祛痘、除臭；说"治"脱发、痘痘、狐臭，或保证"断根、不复发"，是药品的治疗宣称。',
    rewrite: '改用化妆品分类目录的功效原文（如"防脱发（国妆特字）""祛痘""除臭"），不写治、断根、不复发',
    exemptions: ['registered-product'], severity: SEVERITY,
  },
];
