// What the history step needs from outside the page's DOM. It asks nothing of the background:
// its news comes from the page's own world (the story observer, src/page-world/), through the
// page's story data and the observer's count of the requests the page started. The one
// implementation is ports/page-world-port.ts; tests pass a fake.
import type { PageData } from './page-data';

export interface HistoryPort {
  /** The page's own story data for the rooms it loaded. */
  pageData: PageData;
  /** Requests the page has started so far, or null when the observer does not answer. */
  requestsStarted(): Promise<number | null>;
}
