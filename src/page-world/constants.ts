// Shared by the MAIN-world story observer and the content script's listener. Dependency-free:
// the observer is built as one standalone file that runs before Upwork's own scripts.

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
