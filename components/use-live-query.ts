import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/** Re-renders whenever the tables the query read change (Dexie liveQuery). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  // Subscribed right after the commit, not after the next frame as useEffect would: the panel's first render waits for these reads.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error })),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return state;
}
