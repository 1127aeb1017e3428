import { categoryOf, checkListingInSlices, detailPageFields, findingKey, formCategoryPath, formFields, formModelScript, itemKeyOf, mergeFields, parseFormModel, sellStateFields, visibleFormFields, type Finding, type ListingCheck, type ListingField, type PageField } from '@/lib/listing/check';
import type { Send } from '@/lib/protocol/messages';
import { createListingOverlay, OVERLAY_HOST_TAG, type OverlayTarget } from '@/lib/page/listing-overlay';
import { debounce, watchPage } from '@/lib/page/page-watch';
import { yieldToPage, type SliceOptions } from '@/lib/shared/slices';
import { checkedMessage, type ListingSource } from './checked-message';

export type { ListingSource } from './checked-message';

export interface ListingWatchOptions {
  source: ListingSource;
  send: Send;
  /** The page's address now (a single-page form may change it). */
  url: () => string;
  /** The time rules are judged at (GB 7718-2025 binds from 2027-03-16). */
  now: () => Date;
  /** The seller clicked a field's tag: open the side panel. */
  onOpen: () => void;
  /** Read once and keep the marks (the item page, read when the seller asks), or follow every change (the forms). */
  follow: boolean;
  /** The form's live model as JSON, where the page keeps one beyond its inline model (Tmall's __SELL_STATE__), or null. */
  liveModel?: () => Promise<string | null>;
  /** How the check gives the page its thread back between slices (tests pass their own). */
  slices?: SliceOptions;
}

type Model = { fields: ListingField[]; unread: string[]; raw: Record<string, unknown> | null };

// The inline model is the form as loaded: read once, as text, from the isolated world.
function readModel(doc: Document): Model {
  const script = formModelScript(doc);
  if (script === null) return { fields: [], unread: [], raw: null };
  const parsed = parseFormModel(script);
  if (!parsed.ok) return { fields: [], unread: ['window.Json'], raw: null };
  return { ...formFields(parsed.model), raw: parsed.model };
}

const plain = (f: ListingField): ListingField => ({ field: f.field, label: f.label, text: f.text });

/**
 * The listing self-check on a page: reads the fields (the form's inline model
 * first, then the fields as shown), checks them, marks the fields with findings
 * in place and sends the result to the background for the 商品自检 tab. Reads
 * only; the form is never written to.
 */
export function watchListing(doc: Document, options: ListingWatchOptions) {
  const model: Model = options.source === 'detail' ? { fields: [], unread: [], raw: null } : readModel(doc);
  const overlay = createListingOverlay(doc, options.onOpen);
  let dismissed = new Set<string>();
  let tag = '$1';
  let lastSent = '';
  let last: { shown: PageField[]; check: ListingCheck } | null = null;

  const slices = options.slices ?? {};
  const draw = async () => {
    if (last) await overlay.draw(overlayTargets(last, dismissed, tag), slices);
  };

  // The live model, when the page gives one, is the form now: it takes the inline model's place.
  const currentModel = async (): Promise<Pick<Model, 'fields' | 'unread'>> => {
    const json = options.liveModel ? await options.liveModel() : null;
    return (json === null ? null : sellStateFields(json)) ?? model;
  };

  const check = async (force = false) => {
    const base = options.source === 'detail' ? null : await currentModel();
    // Never in the task that asked for it (the script's start, a page change, a key press): the check is
    // a task of its own, in slices (the first one loads the rule base's tables), and so are the marks.
    await (slices.pause ?? yieldToPage)();
    const started = performance.now();
    const shown = options.source === 'detail' ? detailPageFields(doc) : visibleFormFields(doc);
    const fields = (base === null ? shown : mergeFields(base.fields, shown)).map(plain);
    const categoryPath = formCategoryPath(model.raw, doc);
    const result = await checkListingInSlices(fields, categoryOf(categoryPath), options.now(), slices);
    last = { shown, check: result };
    // Drawn once, after the background's answer when one is due: the seller's dismissals and the tag's
    // wording come with it, so a dismissed finding never flashes and a tag never shows a bare number.
    await tellBackground(fields, categoryPath, result, base?.unread ?? model.unread, force);
    await draw();
    timed(started);
  };
  const tellBackground = async (fields: ListingField[], categoryPath: string, result: ListingCheck, unread: Model['unread'], force: boolean) => {
    const url = options.url();
    const itemKey = itemKeyOf(url);
    if (itemKey === null) return;
    const message = checkedMessage({ itemKey, url, source: options.source, doc, fields, categoryPath, result, unread });
    const serialised = JSON.stringify(message);
    if (!force && serialised === lastSent) return;
    lastSent = serialised;
    const reply = await options.send(message);
    if (reply.ok) {
      dismissed = new Set(reply.data.dismissed);
      tag = reply.data.tag;
    }
  };
  const { run, settled } = oneCheckAtATime(check);

  run();
  if (!options.follow) return { settled, refreshDismissals: () => run(true), recheck: () => run(), stop: () => overlay.stop() };

  const stopFollowing = followChanges(doc, overlay.host, () => run());
  return {
    settled,
    refreshDismissals: () => run(true),
    recheck: () => run(),
    stop() {
      stopFollowing();
      overlay.stop();
    },
  };
}

/** From the check's start to its marks drawn (the background's answer included), in the page's performance timeline (DevTools, and the long-task bench); one entry kept. */
export const CHECK_MEASURE = 'seller-shield:listing-check';
function timed(started: number): void {
  try {
    performance.clearMeasures(CHECK_MEASURE);
    performance.measure(CHECK_MEASURE, { start: started });
  } catch {
    // A page may have replaced performance: the timing is for measuring only.
  }
}

/** Re-checks on every page change but the overlay's own, and on the seller's typing (which no mutation shows). */
function followChanges(doc: Document, overlayHost: Element, recheck: () => void): () => void {
  const isOurs = (node: Node) => node === overlayHost || (node.nodeType === 1 && (node as Element).tagName.toLowerCase() === OVERLAY_HOST_TAG);
  const stopWatching = watchPage(doc.documentElement, recheck, { ignore: isOurs });
  const typed = debounce(recheck, 250, 1000);
  const onInput = (event: Event) => {
    if (event.isTrusted) typed();
  };
  doc.addEventListener('input', onInput, true);
  return () => {
    typed.cancel();
    stopWatching();
    doc.removeEventListener('input', onInput, true);
  };
}

/** The fields to outline: each shown field with findings not dismissed, its ranges and its tag (`$1` = how many). */
function overlayTargets(last: { shown: PageField[]; check: ListingCheck }, dismissed: ReadonlySet<string>, tag: string): OverlayTarget[] {
  const byField = new Map<string, Finding[]>();
  for (const f of last.check.findings) {
    if (dismissed.has(findingKey(f))) continue;
    byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
  }
  return last.shown.flatMap((field) => {
    const found = byField.get(field.field);
    if (!found) return [];
    return [{
      element: field.element,
      text: field.text,
      ranges: found.map((f) => ({ start: f.start, end: f.end })),
      high: found.some((f) => f.severity === 'high'),
      tag: tag.replace('$1', String(found.length)),
      tagTitle: [...new Set(found.map((f) => f.text))].join('、'),
    }];
  });
}

export type ListingWatch = ReturnType<typeof watchListing>;

/**
 * Checks run one after another; a check waiting to start covers every later call until it starts:
 * a page that posts the bridge's ready message (or changes) in a loop queues one check, not one per message.
 */
function oneCheckAtATime(check: (force: boolean) => Promise<void>) {
  let pending: Promise<void> = Promise.resolve();
  let waiting: { force: boolean } | null = null;
  const run = (force = false): Promise<void> => {
    if (waiting) {
      waiting.force ||= force;
      return pending;
    }
    const next = { force };
    waiting = next;
    pending = pending.then(() => {
      waiting = null;
      return check(next.force);
    }).catch(() => undefined);
    return pending;
  };
  return { run, settled: () => pending };
}
