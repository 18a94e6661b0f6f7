// What the popup needs from the browser, as an interface so the containers can be tested with
// a fake tab and the real one (browser-tab.ts) stays a thin adapter.
import type { CaptureOutcome } from '../../shared/messages';
import type { PageKind } from '../../shared/model';

export interface PageInfo {
  pageKind: PageKind | null;
  capturing: boolean;
}

export interface ActiveTab {
  /** null when the tab has no content script to answer: not an Upwork page. */
  pageInfo(): Promise<PageInfo | null>;
  capture(): Promise<CaptureOutcome>;
  /** The tab's address, or null when the browser does not tell it. */
  url(): Promise<string | null>;
}

export interface PopupNavigation {
  /** Opens the dashboard in a new tab. */
  openDashboard(): void;
}
