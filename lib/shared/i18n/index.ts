export { translator, resolveLanguage, uiLanguages, type MessageKey, type Translate, type UiLanguage } from './translate';
