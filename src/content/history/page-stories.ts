// Isolated-world side of the story observer (src/page-world/story-observer.ts): receives copies
// of the Messages app's story responses and keeps the stories per room. Any script on the page can
// post window messages, so each one is hostile input: only this window, its origin and our tag
// are accepted, the envelope is checked field by field, and the body goes through the parser.
import { MAX_STORIES_PER_RESPONSE, parsePageStories, type PageStoriesRead, type PageStory } from '../../extractors/page-stories';
import { PAGE_STORIES_REPLAY, PAGE_STORIES_SOURCE, STORIES_PATH } from '../../shared/page-world-messages';

export interface PageStoriesEvent {
  roomId: string;
  /** Valid stories in this response. */
  stories: number;
  historyStartReached: boolean;
}

export interface PageStoryLog {
  /** A copy: the stories seen for the room, by story id. */
  storiesFor(roomId: string): Map<string, PageStory>;
  /** Plain-word lines for the capture's actions log (each repeated problem said once, with a count). */
  problems(roomId: string): string[];
  historyStartReached(roomId: string): boolean;
  /** Distinct responses accepted for the room. */
  responseCount(roomId: string): number;
  /** The rooms whose responses held this story. */
  roomsHolding(storyId: string): string[];
  /** The room whose stories the page loaded last: a workroom's Messages tab names its room only there. */
  lastRoomId(): string | null;
  /** Called after each accepted response; returns an unsubscribe. */
  onStories(listener: (event: PageStoriesEvent) => void): () => void;
  stop(): void;
}

interface Room {
  stories: Map<string, PageStory>;
  problems: Map<string, number>;
  lastPages: LastPage[];
  responses: number;
}

/** A response that said "no older stories" (see startReached). */
interface LastPage {
  /** `created` of the oldest valid story it held; null when it held none. */
  oldest: number | null;
  /** Its address asked for stories older than some point (`cursor` or `olderThan`). */
  askedOlder: boolean;
}

const ROOM_ID = /^room_[0-9a-f]{1,64}$/;
/** Far above a page of ~20 stories (research/upwork-pages.md §3.1). */
const MAX_BODY_CHARS = 16_000_000;
const MAX_STORIES_PER_ROOM = 100_000;
const MAX_PROBLEMS = 50;
const MAX_LAST_PAGES = 100;

export function listenForPageStories(win: Window): PageStoryLog {
  const rooms = new Map<string, Room>();
  const seen = new Set<string>();
  const listeners = new Set<(event: PageStoriesEvent) => void>();
  let unnamed = 0;
  let lastRoom: string | null = null;

  const room = (id: string): Room => {
    let r = rooms.get(id);
    if (!r) rooms.set(id, (r = { stories: new Map(), problems: new Map(), lastPages: [], responses: 0 }));
    return r;
  };
  const problem = (r: Room, text: string): void => {
    if (r.problems.has(text) || r.problems.size < MAX_PROBLEMS) r.problems.set(text, (r.problems.get(text) ?? 0) + 1);
  };

  function receive(event: MessageEvent): void {
    if (event.source !== win || event.origin !== win.location.origin) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as { source?: unknown }).source !== PAGE_STORIES_SOURCE) return;
    const { roomId, url, status, body } = data as Record<string, unknown>;
    if (typeof roomId !== 'string' || !ROOM_ID.test(roomId)) {
      unnamed++;
      return;
    }
    const r = room(roomId);
    const address = typeof url === 'string' ? parseUrl(url, win.location.href) : null;
    if (address === null || STORIES_PATH.exec(address.pathname)?.[1] !== roomId) return problem(r, 'ignored a response from the page whose address was not the story list of this room');
    if (status !== 200) return problem(r, 'ignored a response from the page that was not a success (status 200)');
    if (typeof body !== 'string') return problem(r, 'ignored a response from the page that had no text');
    if (body.length > MAX_BODY_CHARS) return problem(r, 'ignored a response from the page larger than 16 million characters');
    const key = `${address.href}\n${body.length}\n${fnv1a(body)}`;
    if (seen.has(key)) return; // the observer's replay of a response already taken
    seen.add(key);
    const read = parsePageStories(body, roomId);
    for (const text of read.problems) problem(r, text);
    if (!read.accepted) return;
    r.responses++;
    lastRoom = roomId;
    for (const story of read.stories) keep(r, story);
    if (isLastPage(read, address) && r.lastPages.length < MAX_LAST_PAGES) r.lastPages.push({ oldest: oldest(read.stories), askedOlder: askedForOlder(address) });
    const out: PageStoriesEvent = { roomId, stories: read.stories.length, historyStartReached: startReached(r) };
    for (const listener of [...listeners]) {
      try {
        listener(out);
      } catch {
        // One failing listener must not stop the others or the log.
      }
    }
  }

  const keep = (r: Room, story: PageStory): void => {
    const old = r.stories.get(story.storyId);
    if (!old && r.stories.size >= MAX_STORIES_PER_ROOM) return problem(r, `ignored stories from the page's data beyond ${MAX_STORIES_PER_ROOM.toLocaleString('en-US')} in one room`);
    // A later copy replaces an earlier one only if it is as new or newer: responses can arrive out of order.
    if (!old || (story.updated ?? story.created) >= (old.updated ?? old.created)) r.stories.set(story.storyId, story);
  };

  // Whatever a page posts, nothing of ours is thrown back into it.
  const onMessage = (event: MessageEvent): void => {
    try {
      receive(event);
    } catch {
      // Hostile input we could not even read: ignored, like any message that is not ours.
    }
  };
  win.addEventListener('message', onMessage);
  // Ask the observer for what it posted before this listener existed (it started at document_start).
  win.postMessage({ source: PAGE_STORIES_REPLAY }, win.location.origin);

  return {
    storiesFor: (id) => new Map(rooms.get(id)?.stories),
    problems: (id) => {
      const lines = [...(rooms.get(id)?.problems ?? [])].map(([text, n]) => (n === 1 ? text : `${text} (${n} times)`));
      if (unnamed > 0) lines.push(`ignored ${unnamed === 1 ? 'a message' : `${unnamed} messages`} from the page that named no valid room`);
      return lines;
    },
    historyStartReached: (id) => {
      const r = rooms.get(id);
      return r !== undefined && startReached(r);
    },
    responseCount: (id) => rooms.get(id)?.responses ?? 0,
    roomsHolding: (storyId) => [...rooms].filter(([, r]) => r.stories.has(storyId)).map(([id]) => id),
    lastRoomId: () => lastRoom,
    onStories: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    stop: () => {
      win.removeEventListener('message', onMessage);
      listeners.clear();
    },
  };
}

/**
 * Whether the room's history start has been seen. The rule, and why (research §3.1: pages of
 * `limit` stories, default 20, newest first; older pages by `cursor` or `olderThan`):
 * - A response says "no older stories" when its `cursor` field is present but null or "", or it
 *   holds fewer entries than its address's `limit` (an empty page included). An absent `cursor`
 *   field proves nothing: a response shape without one would otherwise end every history.
 * - Such a response proves the start only if it holds the oldest story known for the room, so a
 *   short page of only new stories (if the app ever asks for those) does not count; this is
 *   judged when asked, as older pages may arrive later.
 * - An empty one proves it if its address asked for older stories, or no story is known at all.
 * Uncertain: no live response was seen (§0), so whether the last page has a null cursor, and
 * whether the server drops deleted stories from a page (which would make a full page look
 * short), are unknown. The sync loop of id 12260070689 stops at an empty page. The type
 * definitions also name a `total` (id 12060351740), but not what it counts, so it is not used.
 */
function startReached(r: Room): boolean {
  let oldestKnown = Infinity;
  for (const story of r.stories.values()) oldestKnown = Math.min(oldestKnown, story.created);
  return r.lastPages.some((p) => (p.oldest === null ? p.askedOlder || r.stories.size === 0 : p.oldest <= oldestKnown));
}

function isLastPage(read: PageStoriesRead, address: URL): boolean {
  if (read.cursorField && read.cursor === null) return true;
  const limit = address.searchParams.get('limit');
  const max = limit !== null && /^\d{1,4}$/.test(limit) ? Math.min(Number(limit), MAX_STORIES_PER_RESPONSE) : 0;
  return read.received === 0 || (max > 0 && read.received < max);
}

function askedForOlder(address: URL): boolean {
  return Boolean(address.searchParams.get('cursor') || address.searchParams.get('olderThan'));
}

function oldest(stories: readonly PageStory[]): number | null {
  if (stories.length === 0) return null;
  let min = Infinity;
  for (const s of stories) min = Math.min(min, s.created);
  return min;
}

function parseUrl(url: string, base: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/** A cheap fingerprint of a body, to tell a replayed response from a new one. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}
