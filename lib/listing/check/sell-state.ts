import { formFields } from './form-fields';
import type { FormRead } from './form-model';

/** Longer than any real form's values: a reply past it is not read at all. */
export const SELL_STATE_MAX_CHARS = 4_000_000;

/**
 * The fields of the Tmall form's live model (`__SELL_STATE__`'s formValues, as the
 * page-world bridge serialised it). The text comes from the page and is read as
 * data only: parsed as JSON, strings picked out by the same reader as the inline
 * model. Null when it is not a JSON object of form values.
 */
export function sellStateFields(json: string): FormRead | null {
  if (json.length > SELL_STATE_MAX_CHARS) return null;
  let values: unknown;
  try {
    values = JSON.parse(json);
  } catch {
    return null;
  }
  if (values === null || typeof values !== 'object' || Array.isArray(values)) return null;
  return formFields({ formValues: values });
}
