// The history step's port (history/history-port.ts) on the live page: the story data the
// listener has gathered since document_start, and the observer's count of the page's requests.
import type { HistoryPort } from '../history/history-port';
import type { PageData } from '../history/page-data';
import { requestsStarted } from './page-activity';

export function pageWorldHistoryPort(win: Window, pageData: PageData): HistoryPort {
  return { pageData, requestsStarted: () => requestsStarted(win) };
}
