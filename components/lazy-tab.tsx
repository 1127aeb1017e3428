import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A tab whose code loads the first time it is shown, so the panel's first
 * chunk carries only what its first render needs (issue 6: first render
 * ≤ 100 ms). The module is fetched once and kept for every later render.
 */
export function lazyTab(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return function LazyTab() {
    const [Tab, setTab] = useState<ComponentType | undefined>(() => loaded);
    useEffect(() => {
      if (Tab) return;
      let mounted = true;
      void start().then((component) => mounted && setTab(() => component));
      return () => {
        mounted = false;
      };
    }, []);
    return Tab ? <Tab /> : <p class="aside" aria-busy="true" />;
  };
}
