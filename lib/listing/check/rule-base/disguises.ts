import type { Disguise } from '../schema';

// How disease words are written to slip past platform keyword filters: the 疒 character that
// the filters key on swapped for a homophone, or a character written in pinyin. A medical or
// health term is matched with one such swap (see ../disguise.ts; two-character terms only in
// pinyin); the finding says which word it stands for. Homophones are the ones these characters are
// read as (癜 diàn, 癣 xuǎn, 疹 zhěn, 荨 xún/qián, 痤 cuó, 瘤 liú).
export const DISGUISES: Disguise[] = [
  { char: '病', as: ['b', 'bing'], notBefore: ['超'], why: '拼音或首字母代"病"（糖尿b人、心脏bing）；b超是检查' },
  { char: '癜', as: ['点', '殿', '颠', '淀', 'dian'], notBefore: ['格'], why: '同音字代"癜"（白点风、白殿风）' },
  { char: '癣', as: ['鲜', '藓', '选', 'xuan'], why: '同音字代"癣"（牛皮鲜）' },
  { char: '疹', as: ['诊', '珍', 'zhen'], why: '同音字代"疹"（荨麻诊）' },
  { char: '荨', as: ['寻'], why: '荨麻疹常写作"寻麻疹"' },
  { char: '痤', as: ['挫', '座', 'cuo'], why: '同音字代"痤"' },
  { char: '瘤', as: ['留', '流', 'liu'], why: '同音字代"瘤"' },
  { char: '癌', as: ['ai'], why: '拼音代"癌"' },
  { char: '炎', as: ['yan'], why: '拼音代"炎"（关节yan）' },
  { char: '血', as: ['xue'], why: '拼音代"血"（降xue压、降xue糖）' },
  { char: '压', as: ['ya'], why: '拼音代"压"' },
  { char: '糖', as: ['tang'], why: '拼音代"糖"' },
  { char: '脂', as: ['zhi'], why: '拼音代"脂"' },
  { char: '尿', as: ['niao'], why: '拼音代"尿"（糖niao病）' },
  { char: '毒', as: ['du'], why: '拼音代"毒"（清热解du）' },
  { char: '药', as: ['yao'], why: '拼音代"药"（中yao）' },
  { char: '肥', as: ['fei'], why: '拼音代"肥"（减fei）' },
  { char: '胸', as: ['xiong'], why: '拼音代"胸"（丰xiong）' },
  { char: '阳', as: ['yang'], why: '拼音代"阳"（壮yang）' },
  { char: '肾', as: ['shen'], why: '拼音代"肾"（补shen）' },
  { char: '瘦', as: ['shou'], why: '拼音代"瘦"（shou身）' },
  { char: '疗', as: ['liao'], why: '拼音代"疗"（治liao）' },
  { char: '治', as: ['zhi'], why: '拼音代"治"（zhi疗）' },
  { char: '痛', as: ['tong'], why: '拼音代"痛"（止tong）' },
];
