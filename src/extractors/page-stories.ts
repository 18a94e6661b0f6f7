// The page's own story data -> PageStory records. Pure. The body comes from the page (its
// response to GET …/rooms/{roomId}/stories/simplified, research/upwork-pages.md §3.1), so it is
// hostile input: nothing in it is trusted until checked, a story of another room is never kept,
// and what is ignored is said in plain words for the capture's actions log.
// Shape: `{ cursor, stories: [...], total }` (§3.1 "Story JSON shape"; the type definitions
// behind it, ids 12060351740 and 55872222486, and the sync loop id 12260070689 all read
// `stories` at the top level, so no other wrapping is accepted).
import type { Attachment } from '../shared/model';
import { upworkUrl } from './story-attachments';

export interface PageStory {
  storyId: string;
  roomId: string;
  userId: string | null;
  /** Epoch milliseconds. */
  created: number;
  updated: number | null;
  userModifiedTimestamp: number | null;
  modified: boolean;
  deleted: boolean;
  isSystemStory: boolean;
  message: string;
  header: string | null;
  attachments: Attachment[];
}

export interface PageStoriesRead {
  /** False when the body was not JSON or held no list of stories: nothing in it was read. */
  accepted: boolean;
  stories: PageStory[];
  /** The cursor to older stories; null when the body has none (absent, null or ""). */
  cursor: string | null;
  /** Whether the body had a `cursor` field at all: an absent field says nothing about the end. */
  cursorField: boolean;
  /** Entries in the body's `stories` list, valid or not (a short page may mean the start of history). */
  received: number;
  problems: string[];
}

/** Far above the ~20 of a real page (§3.1): more is not a page of the Messages app. */
export const MAX_STORIES_PER_RESPONSE = 1000;

/**
 * Reads one response body of the stories endpoint. `now` bounds `created` (a story cannot be
 * sent more than a day in the future).
 */
export function parsePageStories(body: string, expectedRoomId: string, now: number = Date.now()): PageStoriesRead {
  const none = (problem: string): PageStoriesRead => ({ accepted: false, stories: [], cursor: null, cursorField: false, received: 0, problems: [problem] });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return none('ignored a response from the page that was not JSON');
  }
  if (!isRecord(data) || !Array.isArray(data.stories)) return none('ignored a response from the page that held no list of stories');

  const problems: string[] = [];
  const cursorField = Object.prototype.hasOwnProperty.call(data, 'cursor');
  let cursor: string | null = null;
  if (typeof data.cursor === 'string' && data.cursor !== '') cursor = data.cursor;
  else if (cursorField && data.cursor !== null && data.cursor !== '') {
    problems.push("ignored the paging cursor in the page's data: it was not text");
    return { ...read(data.stories, expectedRoomId, now, problems), cursor: null, cursorField: false };
  }
  return { ...read(data.stories, expectedRoomId, now, problems), cursor, cursorField };
}

function read(entries: unknown[], roomId: string, now: number, problems: string[]) {
  const stories: PageStory[] = [];
  const ignored = new Map<StoryIssue, number>();
  for (const entry of entries.slice(0, MAX_STORIES_PER_RESPONSE)) {
    const story = readStory(entry, roomId, now);
    if (typeof story === 'string') ignored.set(story, (ignored.get(story) ?? 0) + 1);
    else stories.push(story);
  }
  for (const [issue, n] of ignored) problems.push(`ignored ${n === 1 ? '1 story' : `${n} stories`} from the page's data: ${STORY_ISSUES[issue]}`);
  const extra = entries.length - MAX_STORIES_PER_RESPONSE;
  if (extra > 0) problems.push(`ignored ${extra} stories from the page's data beyond the first ${MAX_STORIES_PER_RESPONSE.toLocaleString('en-US')} of one response`);
  return { accepted: true, stories, received: entries.length, problems };
}

// Why a story was ignored, in words that follow "ignored 2 stories from the page's data: ".
const STORY_ISSUES = {
  shape: 'not a story record',
  id: 'no valid story id',
  room: 'not in this room',
  created: 'no valid time it was sent',
  times: 'an invalid edit time',
  flags: 'an invalid deleted, edited or system-event flag',
  message: 'a message that is not text',
  long: 'a message longer than 100,000 characters',
  header: 'a header that is not text',
  user: 'an invalid user id',
  attachments: 'invalid attachments',
} as const;
type StoryIssue = keyof typeof STORY_ISSUES;

const STORY_ID = /^story_[0-9A-Za-z_-]{1,64}$/;
const USER_ID = /^\d{1,30}$/;
const MAX_MESSAGE = 100_000;
/** Older than any Upwork (or oDesk) message; epoch seconds mistaken for milliseconds land in 1970, below it. */
const EARLIEST = Date.UTC(2008, 0, 1);
const DAY_MS = 86_400_000;

function readStory(entry: unknown, roomId: string, now: number): PageStory | StoryIssue {
  if (!isRecord(entry)) return 'shape';
  if (typeof entry.storyId !== 'string' || !STORY_ID.test(entry.storyId)) return 'id';
  if (entry.roomId !== roomId) return 'room';
  const time = (value: unknown): number | null | undefined =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= EARLIEST && value <= now + DAY_MS ? value : undefined;
  const created = time(entry.created);
  if (created == null) return 'created';
  const updated = entry.updated == null ? null : time(entry.updated);
  const userModified = entry.userModifiedTimestamp == null ? null : time(entry.userModifiedTimestamp);
  if (updated === undefined || userModified === undefined) return 'times';
  // The type definitions omit deleted and isSystemStory (§3.1): absent means 0.
  const modified = flag(entry.modified);
  const deleted = flag(entry.deleted);
  const isSystemStory = flag(entry.isSystemStory);
  if (modified === null || deleted === null || isSystemStory === null) return 'flags';
  // `message?: string` in one type definition, and one client reads `s.message || ""`.
  const message = entry.message ?? '';
  if (typeof message !== 'string') return 'message';
  if (message.length > MAX_MESSAGE) return 'long';
  const header = entry.header ?? null;
  if (header !== null && (typeof header !== 'string' || header.length > MAX_MESSAGE)) return 'header';
  const userId = entry.userId ?? null;
  if (userId !== null && (typeof userId !== 'string' || !USER_ID.test(userId))) return 'user';
  const attachments = readAttachments(entry.attachments);
  if (attachments === null) return 'attachments';
  return { storyId: entry.storyId, roomId, userId, created, updated, userModifiedTimestamp: userModified, modified, deleted, isSystemStory, message, header, attachments };
}

/** 0/1 or a boolean; null/absent is false; anything else is not a flag (null). */
function flag(value: unknown): boolean | null {
  if (value === undefined || value === null || value === 0 || value === false) return false;
  if (value === 1 || value === true) return true;
  return null;
}

/**
 * The Vue file props `fileName`, `objectUrl`, `metadata{mimeType,fileSize}` (§2.4, UCE v2.7); the
 * endpoint's own attachment shape is unknown (§3.1), so a size is read from either place.
 */
function readAttachments(value: unknown): Attachment[] | null {
  if (value == null) return [];
  if (!Array.isArray(value) || value.length > 100) return null;
  const out: Attachment[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.fileName !== 'string' || item.fileName.length > 1000) return null;
    if (item.objectUrl != null && typeof item.objectUrl !== 'string') return null;
    const meta = isRecord(item.metadata) ? item.metadata : {};
    const bytes = [item.fileSize, meta.fileSize].find((n) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0);
    out.push({ name: item.fileName, size: typeof bytes === 'number' ? sizeText(bytes) : null, url: upworkUrl(item.objectUrl ?? null) });
  }
  return out;
}

/** Bytes as the page shows a size ("412 KB" for 421,888 bytes; fixture messages-room.html). */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[unit]}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
