// Serves a lazily loading Upwork Messages room in a Playwright context: the page
// (tests/fixtures/lazy-room/room.html + lazy-room.js) and its stories/simplified API, paged
// newest first with a cursor, after a latency. Tests and benches never touch the real site.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { CALLER_ORG_ID, CLIENT, DEFAULT_ROOM_ID, FREELANCER, PEOPLE, ROOM_SUBTITLE, ROOM_TITLE, type SimplifiedStory } from '../../tests/fixtures/lazy-room/stories';
import type { ExtensionBrowser } from './extension-browser';

const FIXTURE_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/lazy-room');
const ORIGIN = 'https://www.upwork.com';
export const LAZY_ROOM_SCRIPT_PATH = '/__fixture__/lazy-room.js';

export type RoomLayout = 'column-reverse' | 'ordinary';
/** What the API does with requests for OLDER pages (those with a cursor). */
export type OlderPages = 'serve' | 'error' | 'hang';

export interface LazyRoomOptions {
  stories: readonly SimplifiedStory[];
  roomId?: string;
  /** Delay before each API page is answered. Default 100 ms. */
  latencyMs?: number;
  /** column-reverse: scrollTop 0 at the newest end, negative toward older (default). */
  layout?: RoomLayout;
  /** Keep only ~60 rows near the viewport in the DOM. Default true. */
  virtualize?: boolean;
  /** Stories per API page (the page's `limit`). Default 20. */
  pageSize?: number;
  /** How the page calls the API. Default fetch. */
  transport?: 'fetch' | 'xhr';
  olderPages?: OlderPages;
}

export interface ApiRequestRecord {
  cursor: string | null;
  limit: number;
  /** HTTP status sent, or null while the request hangs. */
  status: number | null;
  stories: number;
  at: number;
}

export interface LazyRoom {
  url: string;
  roomId: string;
  /** The stories served now, oldest first. */
  stories(): readonly SimplifiedStory[];
  /** Serve another version of the room (recapture); pages already shown keep their data. */
  replaceStories(next: readonly SimplifiedStory[]): void;
  setOlderPages(mode: OlderPages): void;
  apiRequests(): number;
  requests(): readonly ApiRequestRecord[];
  /** API pages a full load needs: ceil(stories / pageSize). */
  pageCount(): number;
}

/** What the site answers one request with; null when the request is not the room's. */
export interface LazyRoomAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** The room as a site any browser driver can serve: requests in, answers out (null: not ours; 'hang': never answered). */
export interface LazyRoomSite extends LazyRoom {
  answer(requestUrl: URL): Promise<LazyRoomAnswer | 'hang' | null>;
}

export function lazyRoomSite(options: LazyRoomOptions): LazyRoomSite {
  const roomId = options.roomId ?? DEFAULT_ROOM_ID;
  const pageSize = options.pageSize ?? 20;
  const latencyMs = options.latencyMs ?? 100;
  const roomPath = `/ab/messages/rooms/${roomId}`;
  const apiPath = `/api/v3/rooms/rooms/${roomId}/stories/simplified`;
  const url = `${ORIGIN}${roomPath}?pageTitle=${encodeURIComponent(ROOM_TITLE)}&companyReference=${CLIENT.orgId}&sidebar=true`;
  let stories = [...options.stories];
  let olderPages = options.olderPages ?? 'serve';
  const log: ApiRequestRecord[] = [];
  const html = roomHtml({ roomId, roomPath: url.slice(ORIGIN.length), url, pageSize, options });
  const script = readFileSync(path.join(FIXTURE_DIR, 'lazy-room.js'), 'utf8');
  const json = (status: number, body: string): LazyRoomAnswer => ({ status, contentType: 'application/json', body });

  async function answerApi(requestUrl: URL): Promise<LazyRoomAnswer | 'hang'> {
    const cursor = requestUrl.searchParams.get('cursor');
    const limit = Number(requestUrl.searchParams.get('limit')) || pageSize;
    const record: ApiRequestRecord = { cursor, limit, status: null, stories: 0, at: Date.now() };
    log.push(record);
    if (cursor !== null && olderPages === 'hang') return 'hang'; // never answered, like a stalled request
    await delay(latencyMs);
    if (cursor !== null && olderPages === 'error') {
      record.status = 500;
      return json(500, '{"error":"Internal Server Error"}');
    }
    const page = pageOf(stories, cursor, limit);
    record.status = page ? 200 : 400;
    record.stories = page?.stories.length ?? 0;
    return page ? json(200, JSON.stringify(page)) : json(400, '{"error":"unknown cursor"}');
  }

  return {
    url,
    roomId,
    async answer(u) {
      if (u.origin !== ORIGIN) return null;
      if (u.pathname === LAZY_ROOM_SCRIPT_PATH) return { status: 200, contentType: 'text/javascript; charset=utf-8', body: script };
      if (u.pathname === roomPath) return { status: 200, contentType: 'text/html; charset=utf-8', body: html };
      if (u.pathname === apiPath) return answerApi(u);
      return null;
    },
    stories: () => stories,
    replaceStories(next) {
      stories = [...next];
    },
    setOlderPages(mode) {
      olderPages = mode;
    },
    apiRequests: () => log.length,
    requests: () => log,
    pageCount: () => Math.ceil(stories.length / pageSize),
  };
}

const catchAllInstalled = new WeakSet<BrowserContext>();

export async function serveLazyRoom(context: BrowserContext, options: LazyRoomOptions): Promise<LazyRoom> {
  const site = lazyRoomSite(options);
  const roomPath = new URL(site.url).pathname;
  const apiPath = `/api/v3/rooms/rooms/${site.roomId}/stories/simplified`;
  if (!catchAllInstalled.has(context)) {
    // Registered first, so it answers last: nothing unserved ever reaches the real upwork.com.
    catchAllInstalled.add(context);
    await context.route(`${ORIGIN}/**`, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not served in this test' }));
  }
  await context.route(
    (u) => u.origin === ORIGIN && (u.pathname === roomPath || u.pathname === apiPath || u.pathname === LAZY_ROOM_SCRIPT_PATH),
    async (route) => {
      const answer = await site.answer(new URL(route.request().url()));
      if (answer === 'hang') return;
      if (answer) await fulfillQuietly(route, answer);
      else await route.fallback();
    },
  );
  return site;
}

/** One API page: newest first, `cursor` naming where the next older page ends (null at the start). */
export function pageOf(all: readonly SimplifiedStory[], cursor: string | null, limit: number) {
  let end = all.length;
  if (cursor !== null) {
    const before = decodeCursor(cursor);
    end = before === null ? -1 : all.findIndex((s) => s.storyId === before);
    if (end < 0) return null;
  }
  const start = Math.max(0, end - limit);
  const first = all[start];
  return {
    cursor: start > 0 && first ? encodeCursor(first.storyId) : null,
    total: all.length,
    stories: all.slice(start, end).reverse(),
  };
}

// Opaque to the page, as Upwork's are: base64url of the oldest story already served.
function encodeCursor(storyId: string): string {
  return Buffer.from(JSON.stringify({ before: storyId })).toString('base64url');
}

function decodeCursor(cursor: string): string | null {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { before?: unknown };
    return typeof parsed.before === 'string' ? parsed.before : null;
  } catch {
    return null;
  }
}

interface HtmlInput {
  roomId: string;
  roomPath: string;
  url: string;
  pageSize: number;
  options: LazyRoomOptions;
}

function roomHtml({ roomId, roomPath, url, pageSize, options }: HtmlInput): string {
  const config = {
    roomId,
    layout: options.layout ?? 'column-reverse',
    virtualize: options.virtualize ?? true,
    pageSize,
    transport: options.transport ?? 'fetch',
    callerOrgId: CALLER_ORG_ID,
    subtitle: ROOM_SUBTITLE,
    people: Object.fromEntries(PEOPLE.map((p) => [p.userId, p.name])),
  };
  const tokens: Record<string, string> = {
    canonical: url,
    roomId,
    roomPath,
    title: ROOM_TITLE,
    subtitle: ROOM_SUBTITLE,
    initials: initials(ROOM_TITLE),
    viewerName: FREELANCER.name,
    clientUserId: CLIENT.userId,
  };
  const template = readFileSync(path.join(FIXTURE_DIR, 'room.html'), 'utf8');
  return template
    .replace('/*LAZY_ROOM_CONFIG*/null', JSON.stringify(config).replace(/</g, '\\u003c'))
    .replace(/\{\{(\w+)\}\}/g, (_, key: string) => escapeHtml(tokens[key] ?? ''));
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function fulfillQuietly(route: Route, response: Parameters<Route['fulfill']>[0]): Promise<void> {
  // The page may have gone (test over, tab closed) while the latency ran.
  await route.fulfill(response).catch(() => undefined);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Opens the room in a new tab at 1280×800 and waits until the newest page and the button are there. */
export async function openLazyRoom(browser: ExtensionBrowser, room: LazyRoom): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(room.url);
  await page.locator('#story-viewport .up-d-story-item').first().waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Capture evidence' }).waitFor({ timeout: 15_000 });
  return page;
}
