// Subscribes a component to a storage read: Dexie's liveQuery re-runs the query whenever a
// table it read from changes (in this page or another extension page), so tags set in the
// popup show up in an open dashboard without a reload.
import { useLayoutEffect, useState } from 'preact/hooks';
import { liveQuery } from '../../storage';

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  // Wrapped in an object so a T that is itself a function is never mistaken for an updater.
  const [state, setState] = useState<{ value: T | undefined }>({ value: undefined });
  // Subscribed as the component is put in the page, not after its first paint (when useEffect
  // runs): the reads start a frame sooner, and a page's first content waits on them.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value }),
      // A failed read keeps the last good value on screen rather than blanking the page.
      error: (error: unknown) => console.error('Evidence Locker: a storage read failed', error),
    });
    return () => subscription.unsubscribe();
    // The caller's deps decide when the query is a different query, as with useLayoutEffect.
  }, deps);
  return state.value;
}
