import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Translate, type UiLanguage } from '@/lib/shared/i18n';

export const I18nContext = createContext<{ t: Translate; language: UiLanguage }>({ t: translator('zh_CN'), language: 'zh_CN' });
export const useI18n = () => useContext(I18nContext);
