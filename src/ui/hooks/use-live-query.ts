// Subscribes a component to a storage read: Dexie's liveQuery re-runs the query whenever a
// table it read from changes, in this page or in any other context of the extension's origin
// (Dexie posts each change on a BroadcastChannel that the service worker and every extension
// page share). So tags set in the popup, and captures the service worker stores, show up in an
// open dashboard and popup without a reload; tests/e2e/live-updates.test.ts checks it.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { liveQuery } from '../../storage';
import { firstFrameDrawn } from './page-opening/first-view';

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial?: T): T | undefined {
  // Wrapped in an object so a T that is itself a function is never mistaken for an updater.
  const [state, setState] = useState<{ value: T | undefined }>(() => ({ value: initial }));
  const shown = useRef(state);
  shown.current = state;
  // Subscribed as the component is put in the page, not after its first paint (when useEffect
  // runs): the reads start a frame sooner. A page drawing its first frame from its first read
  // (first-view.ts) has what that frame shows already: its reads start once the frame is drawn.
  useLayoutEffect(() => {
    let first = true;
    let subscription: { unsubscribe(): void } | undefined;
    let ended = false;
    const subscribe = () => {
      if (ended) return;
      subscription = liveQuery(query).subscribe({
        next: (value) => {
          // A caller that knows the likely answer (the page's first read, first-view.ts; what a query
          // that is off answers) gives it as `initial`: a first answer the same as what is shown
          // keeps the objects on screen, and nothing is drawn again.
          const same = first && initial !== undefined && JSON.stringify(shown.current.value) === JSON.stringify(value);
          first = false;
          // The same value (undefined again, from a query that is not ready) draws nothing again.
          if (!same) setState((now) => (now.value === value ? now : { value }));
        },
        // A failed read keeps the last good value on screen rather than blanking the page.
        error: (error: unknown) => console.error('Evidence Locker: a storage read failed', error),
      });
    };
    const drawn = firstFrameDrawn();
    if (drawn) void drawn.then(subscribe);
    else subscribe();
    return () => {
      ended = true;
      subscription?.unsubscribe();
    };
    // The caller's deps decide when the query is a different query, as with useLayoutEffect.
  }, deps);
  return state.value;
}
