// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { guardStartedEvent, guardThisCopy, startedEventName } from '@/lib/page/page-watch';

const NAME = 'ext-id:banner:wxt:content-script-started';

describe('guardStartedEvent', () => {
  it('a started event the page dispatches never reaches the document listener while the extension runs', () => {
    const stopped = vi.fn();
    document.addEventListener(NAME, stopped);
    let running = true;
    const unguard = guardStartedEvent(window, NAME, () => running);
    document.dispatchEvent(new CustomEvent(NAME, { detail: { contentScriptName: 'banner', messageId: 'spoof' } }));
    expect(stopped).not.toHaveBeenCalled();
    // The extension was reloaded: this copy is orphaned, the newer copy's event goes through.
    running = false;
    document.dispatchEvent(new CustomEvent(NAME, { detail: { contentScriptName: 'banner', messageId: 'newer' } }));
    expect(stopped).toHaveBeenCalledTimes(1);
    unguard();
    document.removeEventListener(NAME, stopped);
  });
});

describe('guardThisCopy', () => {
  it("guards the script's own event while the extension's runtime has an id, and lets it through once the runtime is gone", () => {
    const name = startedEventName('ext-id', 'records');
    const reached = vi.fn();
    document.addEventListener(name, reached);
    const extension: { runtime?: { id?: string } } = { runtime: { id: 'ext-id' } };
    const unguard = guardThisCopy(window, extension, 'records');
    document.dispatchEvent(new CustomEvent(name));
    expect(reached).not.toHaveBeenCalled();
    extension.runtime = undefined;
    document.dispatchEvent(new CustomEvent(name));
    expect(reached).toHaveBeenCalledTimes(1);
    unguard();
    document.removeEventListener(name, reached);
  });
});
