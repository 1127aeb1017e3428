// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { guardStartedEvent } from '@/lib/page/page-watch';

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
