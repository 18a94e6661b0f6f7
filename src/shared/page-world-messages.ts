// The window messages between the MAIN-world story observer (src/page-world/) and the content
// script's listener (src/content/history/): their tags, shapes and the stories path. Here, so
// neither side imports the other. Dependency-free: the observer is built as one standalone file
// that runs before Upwork's own scripts.

/** Tag on every message the observer posts with a copy of a stories response. */
export const PAGE_STORIES_SOURCE = 'evidence-locker:page-stories';

/**
 * Tag of the listener's request to post again what the observer has already seen: the
 * observer starts at document_start, the content script later, and window messages posted
 * before a listener exists are lost.
 */
export const PAGE_STORIES_REPLAY = 'evidence-locker:page-stories-replay';

/**
 * The path of the Messages app's story pages, research/upwork-pages.md §3.1:
 * GET /api/v3/rooms/rooms/{roomId}/stories/simplified?limit=20&callerOrgId=…[&cursor=…].
 * Group 1 is the room id (`room_` + hex, §1 "ID formats").
 */
export const STORIES_PATH = /\/api\/v3\/rooms\/rooms\/(room_[0-9a-f]{1,64})\/stories\/simplified\/?$/;

/** What the observer posts. Every field is checked again on arrival: the page can post anything. */
export interface PageStoriesMessage {
  source: typeof PAGE_STORIES_SOURCE;
  roomId: string;
  url: string;
  status: number;
  body: string;
}

/**
 * Tag of the content script's question "how many requests has the page started so far?" and of
 * the observer's answer. Asked only during a capture, after it scrolls to the oldest end: a page
 * that starts no request and changes nothing there has nothing older to load (a saved page, a
 * short room), so the capture need not wait for pages that never come.
 */
export const PAGE_ACTIVITY_ASK = 'evidence-locker:page-activity-ask';
export const PAGE_ACTIVITY_SOURCE = 'evidence-locker:page-activity';

export interface PageActivityMessage {
  source: typeof PAGE_ACTIVITY_SOURCE;
  /** fetch and XMLHttpRequest calls the page has started since the observer was installed. */
  requestsStarted: number;
}
