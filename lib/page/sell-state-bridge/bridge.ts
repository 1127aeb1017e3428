// The Tmall form keeps its live model in the page's own world (window.__SELL_STATE__),
// which an isolated content script cannot see. A small page-world script answers
// requests for it by window messages. Anything on the page can read and send these
// messages: a reply is only the page's own form values, read as data (never run, never
// written back), capped in size, and matched to the request by a random id.
const REQUEST = 'seller-shield:sell-state-request';
const REPLY = 'seller-shield:sell-state';
const READY = 'seller-shield:sell-state-ready';
/** The same cap as lib/listing's sellStateFields (a test holds them equal); kept here so the page-world script imports nothing else. */
export const SELL_STATE_MAX_CHARS = 4_000_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object';
const call = (o: unknown, name: string): unknown => (isObj(o) && typeof o[name] === 'function' ? (o[name] as () => unknown).call(o) : undefined);

/** The form values the page's state holds now, as JSON, or null when it has none (research §1b: getState().engine.getModels().formValues). */
export function readSellState(win: Window): string | null {
  try {
    const models = call((call((win as unknown as Obj).__SELL_STATE__, 'getState') as Obj | undefined)?.engine, 'getModels');
    const values = isObj(models) ? models.formValues : undefined;
    if (!isObj(values)) return null;
    const json = JSON.stringify(values);
    return json.length <= SELL_STATE_MAX_CHARS ? json : null;
  } catch {
    return null; // a getter that throws, a cycle: the inline model stays the source
  }
}

/** Page-world side: answer every request with the state as it is now; say once that it is listening. */
export function answerSellState(win: Window): () => void {
  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (!isObj(data) || data.type !== REQUEST || typeof data.id !== 'string') return;
    win.postMessage({ type: REPLY, id: data.id, json: readSellState(win) }, win.location.origin);
  };
  win.addEventListener('message', onMessage);
  win.postMessage({ type: READY }, win.location.origin);
  return () => win.removeEventListener('message', onMessage);
}

/** Isolated side: the live state as JSON, or null when no answer comes in time (no bridge, no state). */
export function askSellState(win: Window, timeoutMs: number): Promise<string | null> {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve) => {
    const done = (json: string | null) => {
      clearTimeout(timer);
      win.removeEventListener('message', onMessage);
      resolve(json);
    };
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (!isObj(data) || data.type !== REPLY || data.id !== id) return;
      done(typeof data.json === 'string' && data.json.length <= SELL_STATE_MAX_CHARS ? data.json : null);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    win.addEventListener('message', onMessage);
    win.postMessage({ type: REQUEST, id }, win.location.origin);
  });
}

/** Isolated side: call back when the page-world bridge starts (it may start after the first check). */
export function onSellStateReady(win: Window, callback: () => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (isObj(event.data) && event.data.type === READY) callback();
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
