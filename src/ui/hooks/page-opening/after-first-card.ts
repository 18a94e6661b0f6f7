// Work that can wait for the page's first messages. The dashboard marks FIRST_MESSAGES once the
// frame showing its first messages (or saying there are none) has been drawn; what the reader does
// not need to see them (the settings panels, the signing code, the search index, the rooms and rows
// beyond the first screen) starts after it.
import { useEffect, useState } from 'preact/hooks';

export const FIRST_MESSAGES = 'first-messages';

/** True once the page's first messages are drawn (FIRST_MESSAGES is marked). */
export function firstMessagesMarked(): boolean {
  return typeof performance !== 'undefined' && typeof performance.getEntriesByName === 'function' && performance.getEntriesByName(FIRST_MESSAGES).length > 0;
}

/** Resolves once FIRST_MESSAGES is marked, or after `fallbackMs` (a page that never marks it). */
export function afterFirstCard(fallbackMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, fallbackMs);
    if (typeof PerformanceObserver === 'undefined') return;
    if (firstMessagesMarked()) return done();
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(FIRST_MESSAGES).length > 0) done();
    });
    observer.observe({ type: 'mark' });
  });
}

/**
 * Marks FIRST_MESSAGES once `shown` (the page has put its first messages, or its empty state, in
 * the page) and that render has been painted. An effect alone may run before the paint (Preact runs
 * a component's pending effects when it draws it again), so the mark waits for the next frame.
 */
export function useMarkFirstMessages(shown: boolean): void {
  useEffect(() => {
    if (!shown || firstMessagesMarked()) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!firstMessagesMarked()) performance.mark(FIRST_MESSAGES);
      }),
    );
  }, [shown]);
}

/** True once the first messages are drawn (FIRST_MESSAGES), or after `fallbackMs` on a page that never marks it. */
export function useFirstMessagesDrawn(fallbackMs = 2000): boolean {
  const [drawn, setDrawn] = useState(firstMessagesMarked);
  useEffect(() => {
    if (drawn) return;
    let live = true;
    void afterFirstCard(fallbackMs).then(() => live && setDrawn(true));
    return () => {
      live = false;
    };
  }, []);
  return drawn;
}

/**
 * The page's next idle moment (at most a second away), resolving with whether the work waiting
 * for it is still `wanted`; where the browser has no idle callback, after `fallbackMs`.
 */
export function idleMoment(wanted: () => boolean, fallbackMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in globalThis) requestIdleCallback(() => resolve(wanted()), { timeout: 1000 });
    else setTimeout(() => resolve(wanted()), fallbackMs);
  });
}
