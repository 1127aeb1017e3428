import type { CDPSession, Locator, Page } from 'playwright-core';

/**
 * The extension's badges and banner live in closed shadow roots: the page's
 * script (and Playwright's locators, which run as the page) cannot see inside.
 * The tests reach inside through the DevTools protocol, as DevTools does, and
 * press buttons with the real mouse or keyboard (trusted events).
 */
type DomNode = {
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
};

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const next of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const hit = find(next, test);
    if (hit) return hit;
  }
  return undefined;
}

let picks = 0;

/** The closed shadow root of the (first) element `host` finds, as a DevTools object. */
async function shadowRootObject(host: Locator): Promise<{ session: CDPSession; objectId: string }> {
  const mark = `pick-${++picks}`;
  await host.first().evaluate((el, m) => el.setAttribute('data-e2e-pick', m), mark);
  const session = await cdp(host.page());
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found = find(root, (n) => {
      const attributes = n.attributes ?? [];
      const at = attributes.indexOf('data-e2e-pick');
      return at >= 0 && at % 2 === 0 && attributes[at + 1] === mark;
    });
    const shadow = found?.shadowRoots?.[0];
    if (!shadow) throw new Error('no shadow root on the element');
    const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    if (!object.objectId) throw new Error('shadow root not resolvable');
    return { session, objectId: object.objectId };
  } finally {
    await host.first().evaluate((el) => el.removeAttribute('data-e2e-pick')).catch(() => undefined);
  }
}

/** Runs `fn(root, arg)` in the page with the host's closed shadow root; returns its (serialisable) result. */
export async function inShadow<T, A = undefined>(host: Locator, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<Awaited<T>> {
  const { session, objectId } = await shadowRootObject(host);
  const reply = await session.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    arguments: [{ value: arg ?? null }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (reply.exceptionDetails) throw new Error(`inShadow: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
  return reply.result.value as Awaited<T>;
}

/** The text of everything in the host's closed shadow root (or of the element `selector` finds there). */
export function shadowText(host: Locator, selector?: string): Promise<string> {
  return inShadow(host, (root, s) => ((s ? root.querySelector(s) : root) as Node | null)?.textContent ?? '', selector ?? null);
}

/** A button inside the closed root whose text is `name` (a RegExp source when `name` is a RegExp). */
async function buttonObject(host: Locator, name: string | RegExp): Promise<{ session: CDPSession; objectId: string }> {
  const { session, objectId } = await shadowRootObject(host);
  const pattern = typeof name === 'string' ? { exact: name } : { source: name.source };
  const reply = await session.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: `function (p) {
      const match = (t) => (p.exact !== undefined ? t === p.exact : new RegExp(p.source).test(t));
      return [...this.querySelectorAll('button')].find((b) => match((b.textContent || '').trim()) && b.getClientRects().length > 0) || null;
    }`,
    arguments: [{ value: pattern }],
  });
  if (reply.result.subtype === 'null' || !reply.result.objectId) throw new Error(`no visible button ${String(name)} in the shadow root`);
  return { session, objectId: reply.result.objectId };
}

/** Presses a button inside the host's closed shadow root with the real mouse: a trusted click, as the seller's. */
export async function clickInShadow(host: Locator, name: string | RegExp): Promise<void> {
  const { session, objectId } = await buttonObject(host, name);
  await session.send('DOM.scrollIntoViewIfNeeded', { objectId });
  const { quads } = await session.send('DOM.getContentQuads', { objectId });
  const quad = quads[0];
  if (!quad) throw new Error(`button ${String(name)} has no box`);
  const x = (quad[0]! + quad[2]! + quad[4]! + quad[6]!) / 4;
  const y = (quad[1]! + quad[3]! + quad[5]! + quad[7]!) / 4;
  await host.page().mouse.click(x, y);
}

/** What the page's own script could do if it held the button: call `.click()` on it (an untrusted click). */
export async function scriptClickInShadow(host: Locator, name: string | RegExp): Promise<void> {
  const { session, objectId } = await buttonObject(host, name);
  await session.send('Runtime.callFunctionOn', { objectId, functionDeclaration: 'function () { this.click(); }' });
}

/** The centre, in the page's coordinates (frames included), of the element `selector` finds in the host's closed root. */
export async function centreInShadow(host: Locator, selector: string): Promise<{ x: number; y: number }> {
  const { session, objectId } = await shadowRootObject(host);
  const reply = await session.send('Runtime.callFunctionOn', { objectId, functionDeclaration: `function (s) { return this.querySelector(s); }`, arguments: [{ value: selector }] });
  if (!reply.result.objectId) throw new Error(`no ${selector} in the shadow root`);
  const { quads } = await session.send('DOM.getContentQuads', { objectId: reply.result.objectId });
  const quad = quads[0];
  if (!quad) throw new Error(`${selector} has no box`);
  return { x: (quad[0]! + quad[2]! + quad[4]! + quad[6]!) / 4, y: (quad[1]! + quad[3]! + quad[5]! + quad[7]!) / 4 };
}
