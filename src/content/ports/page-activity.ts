// Asks the page-world observer how many requests the page has started (see PAGE_ACTIVITY_ASK).
// Any script on the page could answer too; the worst a forged answer does is end history loading
// early, which the page could cause anyway by not loading its history.
import { PAGE_ACTIVITY_ASK, PAGE_ACTIVITY_SOURCE } from '../../shared/page-world-messages';

/** Without an answer in this time the observer is not there: the count is unknown. */
const ANSWER_MS = 150;

/** Requests the page has started so far, or null when nobody answers. */
export function requestsStarted(win: Window): Promise<number | null> {
  return new Promise((resolve) => {
    const done = (value: number | null) => {
      clearTimeout(timer);
      win.removeEventListener('message', onMessage);
      resolve(value);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== win || event.origin !== win.location.origin) return;
      const data: unknown = event.data;
      if (typeof data !== 'object' || data === null || (data as { source?: unknown }).source !== PAGE_ACTIVITY_SOURCE) return;
      const n = (data as { requestsStarted?: unknown }).requestsStarted;
      if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) done(n);
    };
    const timer = setTimeout(() => done(null), ANSWER_MS);
    win.addEventListener('message', onMessage);
    win.postMessage({ source: PAGE_ACTIVITY_ASK }, win.location.origin);
  });
}
