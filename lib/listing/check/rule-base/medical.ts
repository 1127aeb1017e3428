import type { Rule } from '../schema';
import { everywhere } from './severity';

// 广告法第17条: goods other than medical care, drugs and devices may not claim to treat
// disease, use medical terms, or use words that make them look like a drug or device.
// Food: 食品安全法第71条（标签）、第73条（广告）— no disease prevention or treatment.
// Cosmetics: 化妆品监督管理条例第37条, 化妆品标签管理办法第19条 — no medical terms or effects.
// On a registered device the words are its business, but 第16条 still bars guarantees
// (see guarantee.ts). The term lists follow the laws' own categories (disease names,
// symptoms relieved, medical and pharmacy terms, 中医 therapeutic terms), not any listing.
const FOOD = { food: 'food-71', 'health-food': 'food-71', cosmetics: 'cosmetics-label-19' } as const;
const CURE_REWRITE = '删去治疗、疾病和医疗用语，只描述商品本身（成分、规格、口感、使用感受）';

export const MEDICAL_RULES: Rule[] = [
  {
    id: 'medical-cure', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['治疗', '治愈', '根治', '疗效', '药效', '医治', '治病', '包治', '药到病除', '对症下药', '标本兼治', '处方', '疗程', '主治', '病愈', '康复',
      '疗法', '特效药', '神药', '灵丹妙药', '临床验证', '临床证明', '临床试验', '临床实验', '临床效果', '临床研究', '临床观察', '疗愈',
      // Ending a dependence is treating one (烟草依赖、药物依赖 are diagnoses; 戒烟 aids are drugs).
      '戒烟', '戒毒',
      // Physical therapy is a medical treatment (康复医学): a bra pad or massager is not a 理疗 device.
      '磁疗', '理疗',
      // Acupuncture is a 中医 treatment (针刺 is its needling, 针灸 the whole); "after surgery" names a medical
      // use (a post-operative brace or dressing).
      '针灸', '针刺', '术后',
      // Shortening the course of an illness (病程) is what a drug does to it.
      '缩短病程',
      // Goods said to replace or outdo a drug claim its treating power (广告法第18条第1款第4项 bars comparing a health food
      // with drugs; 第17条); the health food's own required warning, 本品不能代替药物, is allowed (allow.ts).
      '代替药物', '替代药物', '取代药物', '代替药品', '替代药品', '胜过药物', '比药还好', '不用吃药', '告别吃药', '告别药物', '摆脱药物'],
    reason: '非医疗、药品、医疗器械商品不得宣称治疗功能或使用医疗用语；食品、化妆品被投诉时还可能被索赔十倍。',
    rewrite: CURE_REWRITE,
    exemptions: ['registered-product'],
    severity: everywhere('high', { general: 'medium', 'medical-device': 'none' }),
  },
  {
    // 康复 is 恢复健康 (现代汉语词典), and medical-cure has it: health restored, regained or got back is a sick body cured in
    // other words (广告法第17条; 食品安全法第71、73条). A cosmetic that returns hair or skin to health (秀发恢复健康) says what
    // its catalogued 修护 does, and a fertiliser a plant's: quiet there.
    id: 'medical-recovery', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['恢复健康', '重获健康', '重拾健康', '找回健康', '重返健康', '回复健康', '恢复身体健康', '恢复身体的健康'],
    unlessField: ['植物', '绿植', '花卉', '草坪', '多肉', '肥料', '花肥', '盆栽'],
    reason: '说吃了、用了就能"恢复健康""重获健康"，等于说能让病人康复，是治疗功能的宣称；非药品、医疗器械不得这样写。',
    rewrite: CURE_REWRITE,
    exemptions: ['registered-product'],
    severity: everywhere('high', { general: 'medium', cosmetics: 'none', 'medical-device': 'none' }),
  },
  {
    id: 'medical-disease', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['抗癌', '防癌', '治癌', '癌症', '肿瘤', '降血压', '降压', '降血糖', '降糖', '降血脂', '降脂', '降三高', '三高', '高血压', '高血糖', '高血脂',
      '溶血栓', '血栓', '软化血管', '动脉硬化', '心脑血管', '冠心病', '心脏病', '中风', '脑梗', '肺结节', '乳腺结节', '甲状腺结节', '乳腺增生', '骨质增生', '骨质疏松', '乳腺', '胎停', '着床', '输卵管',
      '糖尿病', '痛风', '降尿酸', '抗病毒', '消炎', '抗炎', '发炎', '炎症', '预防近视', '防近视', '治近视', '缓解近视', '近视防控', '恢复视力', '弱视', '白内障', '青光眼', '干眼症',
      '壮阳', '阳痿', '早泄', '前列腺', '不孕', '不育', '妇科病', '妇科炎症', '阴道炎', '宫颈炎', '盆腔炎', '宫寒', '痛经', '月经不调', '更年期综合征',
      '治失眠', '失眠症', '抑郁症', '焦虑症', '老年痴呆', '帕金森', '止咳', '平喘', '哮喘', '支气管炎', '咽炎', '鼻炎', '扁桃体炎', '口腔溃疡', '牙周炎',
      '关节炎', '风湿', '颈椎病', '腰椎间盘', '肩周炎', '腰肌劳损', '静脉曲张', '痔疮', '便秘', '腹泻', '胃炎', '胃溃疡', '肠炎', '脂肪肝', '肝炎', '肝硬化', '护肝', '养肝护肝',
      '肾结石', '胆结石', '结石', '甲亢', '贫血', '感冒', '流感', '发烧', '退烧', '退热', '脚气', '足癣', '灰指甲', '牛皮癣', '银屑病', '白癜风', '荨麻疹', '皮炎', '痤疮', '斑秃', '冻疮',
      // Characters that only ever name a disease or lesion (癌、瘤、癣、疹、疮、痔、疣…): one term each
      // catches every disease named with them (肺癌, 肌瘤, 体癣, 湿疹, 口疮). 疝 is left out: 疝气 is a
      // common miswriting of 氙气 lamps; 炎 too (炎热, 炎陵): its diseases are listed by name.
      '癌', '瘤', '癣', '疹', '疮', '痔', '疣', '癜', '疸', '痫', '疖', '痈', '瘊', '疱', '瘘', '痢', '疟', '痨', '疳',
      '中耳炎', '结膜炎', '角膜炎', '毛囊炎', '甲沟炎', '肾炎', '乳腺炎', '尿道炎', '膀胱炎', '附件炎', '鼻窦炎', '腱鞘炎', '滑膜炎', '牙龈炎', '肺炎', '腮腺炎',
      '胆囊炎', '胰腺炎', '筋膜炎', '溃疡', '结节', '囊肿', '黄褐斑', '失眠', '偏头痛', '头痛', '牙痛', '耳鸣', '眩晕', '心悸', '心绞痛', '心梗', '心肌梗塞', '脑血栓', '脑萎缩',
      '肾虚', '肾亏', '肥胖症', '高尿酸', '高胆固醇', '低血糖', '低血压', '尿频', '尿急', '尿失禁', '骨刺', '宫颈糜烂', '多囊', '卵巢早衰', '肺气肿', '慢阻肺', '结核',
      '乙肝', '自闭症', '多动症', '抽动症', '鸡眼', '老寒腿', '姨妈痛', '肠绞痛', '手足口',
      // The indications of 特殊医学用途配方食品 (食品安全法第80条: registered, advertised as drugs are) named on
      // ordinary formula, strain injuries, a skin condition, altitude sickness.
      '胆道闭锁', '胆管闭锁', '乳糜胸', '乳糜腹', '乳糜泻', '苯丙酮尿症', '劳损', '毛周角化', '毛囊角化', '鸡皮肤', '去鸡皮', '高原反应',
      // Atrophic acne scars are scars (瘢痕), as 疤痕 is.
      '痘坑',
      // 白斑 is the lesion of 白癜风 and the name of mucosal leukoplakia (口腔白斑, 外阴白斑).
      '白斑',
      // Spine conditions as sellers write them (腰间盘 for 腰椎间盘), and vision protection (a disease-prevention claim, as 预防近视).
      '椎间盘突出', '腰间盘突出', '间盘突出', '脊柱侧弯', '脊椎侧弯', '保护视力', '视力保护',
      // 腰突 is how patients and live streams name 腰椎间盘突出. An epidemic's virus named is its disease (新冠肺炎), and a
      // virus kept out is infection prevented (the 2020 SAMR and local releases punished food, cosmetics and purifiers
      // sold so, under 广告法第17条, 第28条); killing one (杀灭病毒) is a disinfectant's claim, left to its registration.
      '腰突', '冠状病毒', '新冠病毒', '新冠', '防病毒', '抵御病毒', '抵抗病毒', '抵制病毒', '对抗病毒', '阻断病毒', '阻隔病毒', '阻止病毒', '消减病毒',
      // A straightened or reversed cervical curve (颈椎曲度变直、反弓) is a 颈椎病 finding on an X-ray: restoring the curve, or
      // "颈椎烦恼/问题" kept away, is treating or preventing it (the pillow and traction cases punished under 第17条).
      // 护颈 and 颈椎枕 stay quiet: they say what the pillow supports.
      '颈椎曲度', '生理曲度', '曲度变直', '曲度反弓', '曲度健康', '颈椎烦恼', '颈椎问题',
      // 黑肺 is the lay name of a smoker's or miner's damaged lungs (尘肺); 洗肺 is the lavage that treats 尘肺.
      '黑肺', '洗肺',
      // Fatty degeneration of liver cells is the lesion of 脂肪肝, and liver tissue or cell damage repaired is a liver
      // disease treated (the catalogue's health function is worded 化学性肝损伤, left to its registration).
      '脂肪变性', '肝组织损伤', '肝细胞损伤',
      // A liver enzyme brought back to normal is liver damage treated (转氨酶 is the test of hepatitis and fatty liver); 幽门
      // on goods is 幽门螺杆菌, the stomach infection (幽门克星, 抑制幽门菌): a gastric disease and its cause named.
      '转氨酶', '幽门',
      // Developmental disorders named as what a child's food or supplement is for (全面发育迟缓, 注意缺陷多动障碍 are
      // diagnoses; 味觉障碍 is zinc deficiency's symptom); 促进生长发育, a catalogue function, stays in health-food.ts.
      '发育迟缓', '发育不良', '多动障碍', '注意缺陷', '味觉障碍', '智力低下',
      // Vision raised (a refractive error corrected) and presbyopia kept off or delayed are an eye condition treated or
      // prevented, as 恢复视力 and 预防近视 are; the catalogue's function is only 缓解视觉疲劳. 老花镜, 视力表 stay quiet.
      '提升视力', '提高视力', '增强视力', '增进视力', '视力恢复', '延缓老花', '预防老花', '改善老花', '缓解老花', '告别老花', '远离老花', '防老花眼',
      // Audit against the laws' own lists (广告法第17条; 食品安全法第71、73条): blood vessels cleared or blood thinned is
      // 动脉硬化/血栓 treated or prevented, as 软化血管 is; women's and children's conditions by their common names
      // (产后抑郁, 月子病/产后风, 白带异常; 佝偻病, 惊厥).
      '清血管', '清理血管', '疏通血管', '血管清道夫', '净化血液', '血液粘稠', '血液黏稠', '血粘稠', '血稠',
      '产后抑郁', '月子病', '产后风', '白带异常', '佝偻病', '惊厥',
      // Audit (verb × condition matrix): conditions by their lay names — vitreous floaters, the dowager's hump (富贵包), age
      // spots (seborrhoeic keratosis: 老年斑, 寿斑) — and an allergy treated, eased or got rid of. 防过敏 is left to
      // medical-effect-narrow (an earring's metal on general goods), and 过敏体质慎用 is a warning, so only the claim verbs.
      '飞蚊症', '富贵包', '老年斑', '寿斑', '治过敏', '缓解过敏', '改善过敏', '过敏克星', '告别过敏', '远离过敏', '调理过敏', '摆脱过敏', '消除过敏', '减轻过敏',
      // The lay names of 高血糖, 高血压, 高血脂, 高尿酸 (血压高的人, 尿酸偏高), a clot dissolved or vessels opened (溶栓, 通血管, as
      // 溶血栓), conception helped (助孕: 不孕 treated), and disease in general kept away (百病不侵, 少生病, 病痛; 包治百病 is 包治's).
      '血糖高', '血压高', '血脂高', '尿酸高', '血糖偏高', '血压偏高', '血脂偏高', '尿酸偏高', '溶栓', '通血管', '助孕', '受孕率', '提高受孕', '促排卵',
      '百病不侵', '百病不生', '百病消', '百病之源', '祛百病', '去百病', '除百病', '防百病', '少生病', '不生病', '病痛',
      // Audit, third pass: conditions by names that only ever name them — 消渴 (中医's diabetes), heartburn and reflux, a
      // macula's degeneration, deafness, an anal fissure, amenorrhoea, enuresis, neurasthenia, arrhythmia, hemiplegia,
      // hypothyroidism, alcoholic liver, a stiff neck slept on, bruises and sprains (跌打损伤), gray nails (灰甲), an
      // insufficient blood supply to the brain, chronic bronchitis (老慢支), blood in stool or urine, night sweats,
      // kidney markers (蛋白尿, 肌酐), stones dissolved (溶石), HPV (the 抗HPV gels), cancer treatment (放化疗), and
      // "rubbish" in the vessels (清除血管垃圾, as 血管清道夫). Hearing restored or raised, as 恢复视力.
      '消渴', '烧心', '反酸', '胃胀', '胃食管反流', '黄斑变性', '耳聋', '肛裂', '闭经', '性冷淡', '遗尿', '神经衰弱', '心律不齐', '心律失常', '早搏',
      '半身不遂', '甲减', '酒精肝', '落枕', '跌打损伤', '灰甲', '脑供血不足', '供血不足', '老慢支', '便血', '尿血', '尿不尽', '盗汗', '阴囊潮湿',
      '蛋白尿', '肌酐', '溶石', 'hpv', '放化疗', '化疗', '放疗', '血管垃圾', '富贵病', '恢复听力', '提高听力', '改善听力', '听力恢复',
      // …and the serious diseases sold to the elderly and the sick by their common names (脑出血, 心衰, 尿毒症, 肝腹水…).
      '脑出血', '心肌梗死', '心衰', '肺纤维化', '尘肺', '腹水', '视网膜病变', '眼底出血', '肾衰', '尿毒症', '精神分裂', '脑瘫', '小儿麻痹', '梅毒', '艾滋',
      '丙肝', '肝纤维化', '脱肛', '汗斑', '血小板减少', '阿尔兹海默',
      // Taiwan and Hong Kong words for the same conditions (a Traditional listing folds its characters, not its words):
      // 攝護腺 (前列腺), 香港腳 (脚气), 富貴手 (hand eczema), 經痛/生理痛 (痛经), 老人癡呆 (痴呆 alone), 顧肝 (护肝).
      '痴呆', '摄护腺', '香港脚', '富贵手', '经痛', '生理痛', '顾肝',
      // 神经痛 by hand, so that 经痛 inside it is not what a seller sees highlighted.
      '神经痛'],
    reason: '宣称预防或治疗疾病。普通食品、化妆品和一般商品都不得涉及（市场监管总局2025年典型案例即有普通食品宣称"降血糖""抗癌"被罚）。',
    rewrite: '删去疾病名称与功效，只写成分、产地、口味等事实',
    exemptions: ['registered-product'],
    // A registered drug or device names its approved indication: that is its label, not a claim.
    severity: everywhere('high', { general: 'medium', 'medical-device': 'none' }),
  },
  {
    id: 'medical-symptom', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['止痒', '止痛', '镇痛', '消肿', '止血', '止泻', '伤口愈合', '促进愈合', '祛疤', '去疤', '淡疤', '淡化疤痕', '修复疤痕', '疤痕修复', '改善疤痕', '妊娠纹', '缓解疼痛', '缓解头痛', '缓解症状', '缓解视疲劳', '缓解眼疲劳', '视疲劳', '眼疲劳', '视力疲劳', '鼻塞', '通鼻', '鼻通',
      // 孕纹 is how sellers shorten 妊娠纹 (striae gravidarum), which the bureaus call a medical term.
      '孕纹',
      // A wound healed or its healing sped (促进伤口好转): the 禁用语清单's 伤口愈合 in other words; a dressing that covers a
      // wound (贴住伤口) claims no healing.
      // 水肿 removed (去/排), and stretch marks by the names of weight and growth (膨胀纹, 肥胖纹), as 妊娠纹.
      '去水肿', '排水肿', '消除水肿', '肥胖纹', '膨胀纹',
      '伤口好转', '伤口恢复', '伤口修复', '修复伤口', '促进伤口', '加速伤口', '愈合伤口', '伤口感染', '伤口发炎', '创伤修复',
      '瘙痒', '搔痒', '皮肤痒', '脚痒', '除痒', '去痒', '解痒', '抗痒', '阴痒', '皲裂', '脚裂', '消化不良', '化痰', '祛痰', '牙龈出血', '牙龈肿痛', '牙龈萎缩',
      '祛痱', '去痱', '除痱', '防痱', '红屁屁', '晕车', '晕船', '防晕车', '除疤', '消疤',
      '酸痛', '腰酸背痛', '腰痛', '腰疼', '头疼', '关节痛', '关节疼',
      // Audit: pain of a body part as sellers write it (膝盖痛, 肩颈痛, 喉咙痛), as 腰痛 and 关节痛 are.
      '膝盖痛', '膝盖疼', '膝痛', '腿痛', '腿疼', '肩痛', '肩膀痛', '颈痛', '颈肩痛', '肩颈痛', '背痛', '背疼', '手腕痛', '胃疼', '牙疼', '嗓子疼', '喉咙痛', '喉咙疼', '脚跟痛', '脚后跟痛',
      // Period pain (痛经) claimed away by negation.
      '姨妈不痛', '姨妈也不痛', '来了也不痛', '经期不痛', '不痛经', '告别痛经', '经期不适'],
    reason: '宣称缓解病症（止痒、止痛、消肿、祛疤…）是医疗作用；化妆品标签管理办法把描述医疗作用和效果的词语、症状名称列为禁止标注。',
    rewrite: '删去病症用语；化妆品改用已评价的功效类别原文（如"舒缓""去屑""修护"）',
    exemptions: ['registered-product'],
    severity: everywhere('high', { general: 'medium', 'medical-device': 'none' }),
  },
  {
    // A scar named bare: on a cream that would treat it, a medical effect (化妆品标签禁用语清单 lists 疤痕; the
    // 化妆品分类目录's 修护 excludes scars). A concealer names the scar it covers: 美容修饰 (美化、修饰) is a
    // catalogued cosmetic efficacy, so where the field says it conceals, the bare name claims nothing. Removal
    // and fading verbs (祛疤, 去疤, 淡疤) stay in medical-symptom, whatever covers.
    id: 'medical-scar', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['疤痕', '瘢痕'],
    unlessField: ['遮瑕', '遮盖', '遮住', '遮挡', '掩盖'],
    reason: '化妆品、食品和一般商品写疤痕，易被理解为有祛疤、修复疤痕的医疗作用；化妆品标签禁用语清单列有"疤痕"。遮瑕类商品写明遮盖的疤痕不在此列。',
    rewrite: '删去疤痕用语；遮瑕产品写明"遮盖"（如"遮盖痘印、疤痕"），不写淡化、修复',
    exemptions: ['registered-product'],
    severity: everywhere('high', { general: 'medium', 'medical-device': 'none' }),
  },
  {
    // 口臭 (halitosis) is a disease name: a food, cosmetic or device-like goods that remove it claim a cure. A pet's
    // dental chew or toothpaste says it cleans an animal's teeth: no human disease, and the feed rules' bar (宠物饲料
    // 标签规定: no animal disease prevention or treatment) names diseases, not breath. So quiet where the field names a pet.
    id: 'medical-breath', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['口臭'],
    unlessField: ['宠物', '狗', '猫', '犬'],
    reason: '口臭是疾病名称；宣称去除、治疗口臭是医疗作用。宠物洁齿用品写明是给宠物用的不在此列。',
    rewrite: '改写为"清新口气"等日常用语，不写口臭',
    exemptions: ['registered-product'],
    severity: everywhere('high', { general: 'medium', 'medical-device': 'none' }),
  },
  {
    // The chance or risk of a condition lowered (降低患病风险, 减少过敏湿疹几率, in whatever words or masks stand between):
    // disease prevention claimed for food (食品安全法第71条, 第73条) or a cosmetic (条例第37条), 广告法第17条. Risks of
    // handling or of choosing (降低变质风险, 降低踩雷风险) are no condition: quiet where the field names one; general
    // goods (降低摔碎几率) quiet.
    id: 'medical-risk-lowered', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['几率', '概率', '机率', '风险', '发病率', '患病率'],
    claimedBy: { words: ['降低', '减少', '减小', '减低', '降'], gap: 8 },
    unlessField: ['变质', '破损', '损坏', '摔', '漏液', '漏气', '断货', '缺货', '延误', '丢件', '运输', '踩雷', '踩坑', '试错', '买错', '选错', '过期'],
    reason: '说商品能降低患病、发病的几率或风险，是疾病预防功能的宣称；普通食品、化妆品不得涉及，保健食品也不得声称预防疾病。',
    rewrite: CURE_REWRITE,
    exemptions: ['registered-product'],
    severity: everywhere('high', { general: 'none', 'health-food': 'medium', 'medical-device': 'none' }),
  },
  {
    // 中医 therapeutic terms are medical terms (化妆品标签禁用语清单 lists 活血、除湿、解毒、祛风、通脉…).
    id: 'medical-tcm', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['活血化瘀', '活血', '化瘀', '通经活络', '舒筋活络', '疏通经络', '通经络', '通络', '祛风', '祛湿', '去湿气', '祛湿气', '排湿气', '排湿毒', '祛寒湿', '驱寒湿',
      '清热解毒', '解毒', '排毒', '清肺', '暖宫', '调经', '排石', '湿气重', '体内湿气',
      // A 中医 pathogenesis named as what the goods address, as 湿气重 is (补气血, a tonic, stays in health-food.ts).
      '气血不畅', '气血不通', '气滞血瘀', '气血瘀滞',
      // 清热泻火 is a 中医 治法 (treating 火 as a pathogenic heat), as 清热解毒 is; 降火 stays a tonic term (health-food.ts).
      '泻火', '败火', '解火', '清热泻火',
      // 滋阴 is a 治法 too (滋阴降火, 滋阴潜阳 in drug indications); a cosmetics line sold here as 滋阴 was renamed 滋盈.
      '滋阴', '养阴', '滋阴补阳',
      // 化妆品标签禁用语 清除毒素 (排毒 in other words); 散结 is a 治法 (软坚散结: nodules dissolved).
      '清除毒素', '排出毒素', '排除毒素', '体内毒素', '软坚散结', '化痰散结', '活血散结', '散结消肿'],
    reason: '中医治法用语（活血化瘀、祛湿、清热解毒、暖宫…）属医疗用语，暗示调治病症；非药品不得使用。',
    rewrite: '删去中医功效用语，只写成分、用法和使用感受（如"温热""草本配方"）',
    exemptions: ['registered-product'],
    severity: everywhere('high', { general: 'medium', 'medical-device': 'none' }),
  },
  {
    // "易使推销的商品与药品、医疗器械相混淆的用语" (广告法第17条); 药品管理法第98条 counts a
    // non-drug passed off as a drug as 假药.
    id: 'medical-confusion', basisFor: { cosmetics: 'cosmetics-label-19' }, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['药用', '药物', '药膏', '中药', '中草药', '草药', '药包', '药浴', '药枕', '药方', '秘方', '偏方', '验方', '祖传秘方', '宫廷秘方', '汉方',
      // 化妆品标签禁用语清单"药方相关称谓" (藏方、维方、单方 left out: inside 收藏方便、思维方式、简单方便)
      // and 化妆品命名指南"医学名人的姓名"
      '韩方', '苗方', '蒙方', '古方', '祖方', '复方', '方剂', '扁鹊', '华佗', '张仲景', '李时珍',
      '老中医', '名医', '神医', '御医', '药监局认证', '新药', '妇科',
      // A drug's trade name on a supplement or food borrows the drug's standing (维骨力 is an OTC glucosamine drug).
      '维骨力', '中西医结合'],
    reason: '使商品与药品相混淆的用语（药、方、中医名号）。非药品这样写可被认定为医疗用语，甚至"以非药品冒充药品"。',
    rewrite: '删去"药""方""中医"类用语，写明商品的实际类别（如"草本足浴粉""植物成分面膜"）',
    exemptions: ['registered-product', 'trademark-name'],
    severity: everywhere('medium', { cosmetics: 'high', 'medical-device': 'none' }),
  },
  {
    // Drug dosage forms as the name of something applied or swallowed borrow the drug's standing (化妆品命名指南
    // bars drug terms; a 药酒 has a 国药准字 number). On general goods the same words name a shape, a container
    // or what the goods hold (药丸造型耳机, 药丸盒, 针剂盒, 泡药酒的瓶), which nobody takes for a drug.
    id: 'medical-dosage-form', basisFor: { cosmetics: 'cosmetics-label-19' }, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['药丸', '针剂', '注射剂', '药酒'],
    reason: '药品剂型名称（药丸、针剂、药酒）用在化妆品、食品上，易使商品与药品相混淆；化妆品命名不得使用药学用语。',
    rewrite: '删去剂型用语，写明商品的实际类别和形态（如"胶囊造型面膜""浸泡酒"）',
    exemptions: ['registered-product', 'trademark-name'],
    severity: everywhere('medium', { cosmetics: 'high', general: 'none', 'medical-device': 'none' }),
  },
  {
    // Medical-aesthetic procedures are medical care (《医疗美容服务管理办法》第2条: surgery, drugs, devices
    // that change the body's form); goods that borrow their names claim their effect (吸脂 shapewear,
    // 水光针 serum). 吸脂/溶脂 on food stay health-function claims (slimming).
    id: 'medical-procedure', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['抽脂', '吸脂', '溶脂针', '隆胸', '隆鼻', '割双眼皮', '医美', '水光针', '热玛吉', '超声刀', '光子嫩肤', '肉毒素', '瘦脸针', '玻尿酸注射', '埋线提升', '点痣', '祛痣', '去痣', '缩阴', '阴道紧致',
      // Injectables, energy-device and laser procedures (also medical care under 第2条); 液玛吉 is 热玛吉 "in a bottle".
      '液玛吉', '童颜针', '少女针', '热拉提', '超声炮', '点阵激光', '皮秒',
      // Thread lifting (线雕, 埋线提升) implants threads under the skin: a surgical procedure under 第2条.
      '线雕'],
    reason: '医疗美容项目名称（抽脂、水光针、热玛吉…）属医疗用语；非医疗商品借用即暗示有医疗美容效果。',
    rewrite: '删去医美项目名称，只写商品本身的材质、用法和可证明的效果（如"高腰收腹设计"）',
    exemptions: ['registered-product'],
    severity: everywhere('high', { general: 'medium', 'medical-device': 'none' }),
  },
  {
    id: 'cosmetics-medical', group: 'medical', basis: 'cosmetics-37', negatable: true,
    terms: ['药妆', '医学护肤', '医用级', '医疗级', '械字号面膜', '抗过敏', '抗敏', '防敏', '脱敏', '激素', '荷尔蒙', '抗生素', '皮肤病', '湿疹', '除螨虫', '干细胞', '生长因子', '换肤',
      // 化妆品标签禁用语清单: 适应症用语 and 其他医学用语
      '妊娠斑', '病理性脱发', '全秃', '普秃', '酒糟鼻', '止脱', '净斑', '斑立净', '毛细血管', '中枢神经', '干扰素', '细胞修复', '靶向',
      // Tissue regeneration is a medical effect (禁用语清单 lists 细胞再生 among 医学名词).
      '胶原再生', '细胞再生', '皮肤再生', '组织再生',
      // The 禁用语清单's remaining medical entries: 患处, microbes by name, cell proliferation and activation, melanocytes
      // destroyed or melanin blocked (抑制黑色素, the 美白 registrations' words, stays; 去除死细胞 is exfoliation, left out), 无斑, a device number on a cosmetic.
      '患处', '念珠菌', '厌氧菌', '糠秕孢子菌', '寄生虫', '细胞增殖', '细胞分化', '激活细胞', '细胞活化', '活化细胞',
      '黑色素细胞', '阻断黑色素', '阻碍黑色素', '无斑', '械字号', '二类械', '一类械', '妆械'],
    reason: '化妆品标签和宣传不得明示或暗示医疗作用、不得使用医疗术语（化妆品标签管理办法）。',
    rewrite: '改为化妆品可宣称的表述（如"舒缓""保湿"），并以功效评价资料为据',
    exemptions: ['registered-product'],
    severity: everywhere('medium', { cosmetics: 'high', 'medical-device': 'none' }),
  },
  {
    // 中医 effect terms the 化妆品标签禁用语清单 lists (明示或暗示医疗作用和效果的用语) that are
    // also ordinary words on general goods (除湿机), so weighed on food and cosmetics only.
    id: 'medical-effect-narrow', basisFor: FOOD, group: 'medical', basis: 'ad-17', negatable: true,
    terms: ['除湿', '去湿', '排湿', '通脉', '祛红', '调节内分泌', '内分泌', '吸附铅汞', '淋巴', '红血丝',
      // Bloating is a digestive symptom; on general goods 防胀气 is a baby bottle's valve, so food and cosmetics only.
      '胀气',
      // An allergy kept away is a disease prevented (婴幼儿配方 labels may not claim it either); on general goods 防过敏 says
      // an earring's metal or a plaster's glue does not irritate, so food and cosmetics only.
      '防过敏', '预防过敏',
      // Erection named on a food or cosmetic claims an effect on erectile dysfunction (a drug's indication: 他达拉非,
      // 西地那非); on adult goods (general) it describes the goods.
      '勃起',
      // Sexual function raised or restored, and serum testosterone raised, are drug effects (sexual dysfunction,
      // hypogonadism: the androgen is a prescription drug); 男性功能性饮料 stays quiet.
      '男性性功能', '女性性功能', '性功能障碍', '增强性功能', '提高性功能', '改善性功能', '恢复性功能', '睾酮',
      // Pathogenic germs inhibited or killed in the body is an anti-infective's effect; a cosmetic's antimicrobial
      // words are in cosmetics-antimicrobial.
      '病菌',
      // Ovaries or womb "maintained" (卵巢保养, 子宫保养): the salons' and oils' word for preventing 卵巢早衰 and 宫寒, on
      // food and cosmetics a gynaecological claim; on general goods quiet.
      '卵巢保养', '保养卵巢', '呵护卵巢', '养护卵巢', '子宫保养', '保养子宫', '调理子宫', '养护子宫'],
    reason: '暗示医疗作用的中医或医学用语（除湿、通脉、理气、调节内分泌…）。食品、化妆品不得使用；在一般商品（如除湿机）上常是普通用语。',
    rewrite: CURE_REWRITE,
    exemptions: ['registered-product'],
    severity: everywhere('high', { general: 'none', 'health-food': 'medium', 'medical-device': 'none' }),
  },
  {
    // 化妆品标签禁用语清单 and 化妆品命名指南: medical, pharmacy and professional terms. Outside
    // cosmetics they are often plain words (纯银防过敏耳钉, 护士鞋, 药品收纳盒, 免疫球蛋白 in milk).
    id: 'cosmetics-medical-term', group: 'medical', basis: 'cosmetics-naming', negatable: true,
    terms: ['过敏', '免疫', '基因', '因子', '病毒', '细菌', '真菌', '医疗', '专科', '愈合', '医生', '医师', '大夫', '中医', '军医', '药师', '郎中', '护士',
      '药品', '整形', '微整'],
    reason: '化妆品不得使用医疗术语、医学专业或药学用语（过敏、免疫、因子、医生…），这些词明示或暗示医疗作用。',
    rewrite: '改为化妆品可宣称的表述（如"温和""适合敏感肌使用（经测试）""修护"），并以功效评价资料为据',
    exemptions: ['registered-product'],
    severity: everywhere('none', { cosmetics: 'high' }),
  },
  {
    // 化妆品分类规则和分类目录 has no "促进睫毛生长" efficacy, and NMPA has approved no cosmetic claiming it (NMPA
    // 科普《警惕宣称"促进睫毛生长"的睫毛液》, 2021-09-16): a lash serum or mascara is a film and a colour. Claiming growth
    // is a drug's effect (the prostaglandin eye drops that grow lashes are prescription drugs; 条例第37条).
    id: 'cosmetics-lash-growth', group: 'medical', basis: 'cosmetics-catalogue', negatable: true,
    terms: ['睫毛增长', '睫毛生长', '促进睫毛', '眉毛增长', '眉毛生长', '促进眉毛', '生长液', '增长液'],
    reason: '化妆品分类目录没有"促进睫毛（眉毛）生长"的功效，药监局未批准任何宣称促进睫毛生长的化妆品；这样写是暗示药品作用。',
    rewrite: '删去"增长/生长"，写实际作用（如"纤长浓密（物理成膜，卸妆后复原）""滋养睫毛"）',
    exemptions: ['registered-product'],
    severity: everywhere('none', { cosmetics: 'high' }),
  },
  {
    // The catalogue's notes: products that kill or inhibit microbes are not cosmetics. On
    // textiles or disinfectants (消字号) 抗菌 is a tested property, and 杀菌 on milk is processing.
    id: 'cosmetics-antimicrobial', group: 'medical', basis: 'cosmetics-catalogue', negatable: true,
    // Mites are parasites: killing them is not a cosmetic function either (除螨 face wash).
    terms: ['抗菌', '抑菌', '杀菌', '除菌', '灭菌', '防菌', '消毒', '除螨', '杀螨', '抑螨', '去螨', '祛螨'],
    reason: '化妆品不得宣称杀菌、抑菌、抗菌、除螨（分类目录备注：这类产品不属于化妆品）。',
    rewrite: '删去杀菌、抑菌类用语；清洁类可写"清洁"，并以功效评价为据',
    exemptions: ['registered-product'],
    severity: everywhere('none', { cosmetics: 'high' }),
  },
];
