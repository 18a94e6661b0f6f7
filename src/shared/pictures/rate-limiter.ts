// Spaces calls to an API the browser rate-limits. captureVisibleTab allows
// MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND (2) per extension; a third within the second fails.

export const MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND = 2;

/**
 * Chromium counts the quota in one-second windows that open at the first call, measured in the
 * browser process: calls exactly 500 ms apart can land a millisecond early after messaging
 * jitter, so a small margin keeps the third call clear of the first one's window.
 */
export const CAPTURE_SPACING_MS = 1000 / MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND + 25;

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Runs calls one at a time, each starting at least `spacingMs` after the one before started. */
export function spacedCalls(spacingMs: number, clock: Clock = realClock): <T>(call: () => Promise<T>) => Promise<T> {
  let lastStart = Number.NEGATIVE_INFINITY;
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(call: () => Promise<T>) => {
    const result = tail.then(async () => {
      const wait = lastStart + spacingMs - clock.now();
      if (wait > 0) await clock.sleep(wait);
      lastStart = clock.now();
      return call();
    });
    tail = result.catch(() => undefined);
    return result;
  };
}
