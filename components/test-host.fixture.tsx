import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/**
 * Where a component test renders: `mount` puts the component in a fresh host
 * in the document (rendered, effects run); `unmount` (in afterEach) takes it out again.
 */
export function createTestHost() {
  let host: HTMLElement | null = null;
  return {
    async mount(node: ComponentChild): Promise<HTMLElement> {
      const element = document.createElement('div');
      host = element;
      document.body.append(element);
      await act(async () => render(node, element));
      return element;
    },
    unmount(): void {
      if (!host) return;
      render(null, host);
      host.remove();
      host = null;
    },
  };
}
