export { checkListing, NOTICE, rulesPerBasis } from './check-listing';
export { RULE_BASE } from './rule-base';
export type { Category, ChecklistItem, Finding, FindingExemption, LegalBasis, ListingCheck, ListingField, Rule } from './schema';
export { formFields } from './form-fields';
export { formModelScript, parseFormModel, type FormRead, type ModelParse } from './form-model';
export { htmlText } from './html-text';
export { detailPageFields } from './detail-page';
export { visibleFormFields, type PageField } from './form-dom';
