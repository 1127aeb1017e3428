import zhCN from '@/assets/locales/zh_CN.json';
import zhTW from '@/assets/locales/zh_TW.json';
import en from '@/assets/locales/en.json';
import type { Language } from '@/lib/shared/schema';

/**
 * The same files @wxt-dev/i18n turns into _locales for the manifest; the UI
 * reads them directly so the seller can pick a language other than the
 * browser's (chrome.i18n cannot switch at run time).
 */
export type MessageKey = keyof typeof zhCN;
export type UiLanguage = Exclude<Language, 'auto'>;

const dictionaries: Record<UiLanguage, Record<MessageKey, string>> = { zh_CN: zhCN, zh_TW: zhTW, en };

export const uiLanguages = Object.keys(dictionaries) as UiLanguage[];

/** 'auto' follows the browser: Traditional for zh-TW/HK/MO, Simplified for other Chinese, English otherwise. */
export function resolveLanguage(setting: Language, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  const tag = browserLanguage.toLowerCase();
  if (/^zh[-_](tw|hk|mo|hant)/.test(tag)) return 'zh_TW';
  if (tag.startsWith('zh')) return 'zh_CN';
  return 'en';
}

export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

export function translator(language: UiLanguage): Translate {
  const dictionary = dictionaries[language];
  return (key, ...substitutions) =>
    (dictionary[key] ?? zhCN[key]).replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}
