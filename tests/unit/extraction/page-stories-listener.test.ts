// listenForPageStories: window messages are hostile input; only our observer's shape is taken.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForPageStories, type PageStoryLog } from '../../../src/content/history/page-stories';
import { PAGE_STORIES_REPLAY, PAGE_STORIES_SOURCE } from '../../../src/shared/page-world-messages';

const ROOM = 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const OTHER = 'room_9e0d4b2a61c7f35e8d1a0b4c72e69f03';
const BASE = Date.UTC(2026, 2, 2, 9, 0);
const url = (query = 'limit=20&callerOrgId=1766093125537890304', room = ROOM) => `https://www.upwork.com/api/v3/rooms/rooms/${room}/stories/simplified?${query}`;

function story(n: number, overrides: Record<string, unknown> = {}) {
  return { storyId: `story_${n}`, roomId: ROOM, userId: '1', message: `m${n}`, created: BASE + n * 60_000, updated: BASE + n * 60_000, ...overrides };
}
/** Stories numbered from..to (inclusive), newest first as the API sends them. */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => story(to - i));
const body = (stories: unknown[], cursor: unknown = 'next') => JSON.stringify({ cursor, stories });

function post(data: unknown, init: { source?: unknown; origin?: string } = {}): void {
  const source = 'source' in init ? init.source : window;
  window.dispatchEvent(new MessageEvent('message', { data, origin: init.origin ?? window.location.origin, source: source as Window }));
}
const envelope = (fields: Record<string, unknown> = {}) => ({ source: PAGE_STORIES_SOURCE, roomId: ROOM, url: url(), status: 200, body: body(range(1, 20)), ...fields });

let log: PageStoryLog;
const start = () => (log = listenForPageStories(window));
afterEach(() => log?.stop());

describe('listenForPageStories: what it accepts', () => {
  it('keeps the stories of a response by id, per room', () => {
    start();
    post(envelope());
    expect([...log.storiesFor(ROOM).keys()]).toHaveLength(20);
    expect(log.storiesFor(ROOM).get('story_7')).toMatchObject({ message: 'm7', created: BASE + 7 * 60_000 });
    expect(log.responseCount(ROOM)).toBe(1);
    expect(log.storiesFor(OTHER).size).toBe(0);
    expect(log.problems(ROOM)).toEqual([]);
  });

  it('asks the observer to replay what it posted before the listener started', () => {
    const spy = vi.spyOn(window, 'postMessage');
    start();
    expect(spy).toHaveBeenCalledWith({ source: PAGE_STORIES_REPLAY }, window.location.origin);
    spy.mockRestore();
  });

  it.each([
    ['another window', { source: null }, envelope()],
    ['a foreign object as source', { source: {} }, envelope()],
    ['another origin', { origin: 'https://evil.example' }, envelope()],
    ['another scheme, same host', { origin: window.location.origin.replace(/^https?/, 'ftp') }, envelope()],
    ['another tag', {}, envelope({ source: 'someone-else' })],
    ['a string', {}, JSON.stringify(envelope())],
    ['null', {}, null],
  ])('ignores a message from %s without a word', (_name, init, data) => {
    start();
    post(data, init);
    expect(log.responseCount(ROOM)).toBe(0);
    expect(log.storiesFor(ROOM).size).toBe(0);
    expect(log.problems(ROOM)).toEqual([]);
  });

  it.each([
    ['an address of another room', { url: url(undefined, OTHER) }, 'ignored a response from the page whose address was not the story list of this room'],
    ['an address that is not the story list', { url: 'https://www.upwork.com/api/v3/rooms/rooms/simplified' }, 'ignored a response from the page whose address was not the story list of this room'],
    ['no address', { url: 42 }, 'ignored a response from the page whose address was not the story list of this room'],
    ['a failure status', { status: 401 }, 'ignored a response from the page that was not a success (status 200)'],
    ['no text', { body: { stories: [] } }, 'ignored a response from the page that had no text'],
    ['a body that is not JSON', { body: '<html>' }, 'ignored a response from the page that was not JSON'],
    ['a huge body', { body: ' '.repeat(16_000_001) }, 'ignored a response from the page larger than 16 million characters'],
  ])('ignores a response with %s, and says so', (_name, fields, problem) => {
    start();
    post(envelope(fields));
    expect(log.responseCount(ROOM)).toBe(0);
    expect(log.storiesFor(ROOM).size).toBe(0);
    expect(log.problems(ROOM)).toEqual([problem]);
  });

  it('says how many messages named no valid room, under every room', () => {
    start();
    post(envelope({ roomId: 'room_<x>' }));
    post(envelope({ roomId: 7 }));
    expect(log.problems(ROOM)).toEqual(['ignored 2 messages from the page that named no valid room']);
  });

  it('keeps the good stories of a response and reports the rest once, with a count', () => {
    start();
    post(envelope({ body: body([story(1), story(2, { roomId: OTHER })]) }));
    post(envelope({ body: body([story(3), story(4, { roomId: OTHER })]) }));
    expect([...log.storiesFor(ROOM).keys()]).toEqual(['story_1', 'story_3']);
    expect(log.problems(ROOM)).toEqual(["ignored 1 story from the page's data: not in this room (2 times)"]);
  });

  it('counts a replayed response once', () => {
    start();
    post(envelope());
    post(envelope());
    expect(log.responseCount(ROOM)).toBe(1);
  });

  it('returns a copy of its stories', () => {
    start();
    post(envelope());
    log.storiesFor(ROOM).clear();
    expect(log.storiesFor(ROOM).size).toBe(20);
  });
});

describe('listenForPageStories: a story seen twice', () => {
  it.each([
    ['newer', 60_000, 'edited'],
    ['as new', 0, 'edited'],
    ['older', -60_000, 'm5'],
  ])('is replaced by a copy that is %s', (_name, shift, expected) => {
    start();
    const created = BASE + 5 * 60_000;
    post(envelope({ body: body([story(5, { updated: created + 120_000 })]) }));
    post(envelope({ body: body([story(5, { message: 'edited', updated: created + 120_000 + shift })]) }));
    expect(log.storiesFor(ROOM).get('story_5')?.message).toBe(expected);
  });
});

describe('listenForPageStories: the start of history', () => {
  const reached = (...responses: [query: string, stories: unknown[], cursor?: unknown][]) => {
    start();
    for (const [query, stories, cursor] of responses) post(envelope({ url: url(query), body: body(stories, cursor === undefined ? 'next' : cursor) }));
    return log.historyStartReached(ROOM);
  };

  it.each([
    ['a full page with a cursor', [['limit=20', range(41, 60)]], false],
    ['a short page (fewer than limit)', [['limit=20', range(1, 7)]], true],
    ['a full page whose cursor is null', [['limit=20', range(1, 20), null]], true],
    ['a full page whose cursor is empty', [['limit=20', range(1, 20), '']], true],
    ['a full page with no cursor field', [['limit=20', range(1, 20), undefined]], false],
    ['a short page without a limit in its address', [['callerOrgId=1', range(1, 7)]], false],
    ['full pages, then a short older one', [['limit=20', range(41, 60)], ['limit=20&cursor=c1', range(21, 40)], ['limit=20&cursor=c2', range(1, 20).slice(0, 5)]], true],
    ['a short page of newer stories after an older full one', [['limit=20&cursor=c1', range(1, 20)], ['limit=20', range(30, 32)]], false],
    ['a short newest page, then an older page', [['limit=20', range(30, 32)], ['limit=20&cursor=c1', range(10, 29)]], false],
    ['an empty page asked for with a cursor', [['limit=20', range(41, 60)], ['limit=20&cursor=c1', []]], true],
    ['an empty page asked for by time', [['limit=20', range(41, 60)], [`limit=20&olderThan=${BASE}`, []]], true],
    ['an empty page without asking for older ones, stories known', [['limit=20', range(41, 60)], ['limit=20', []]], false],
    ['an empty first page (an empty room)', [['limit=20', []]], true],
  ] as const)('after %s: %s', (_name, responses, expected) => {
    expect(reached(...(responses as unknown as [string, unknown[], unknown?][]))).toBe(expected);
  });

  it('is false for a room never seen', () => {
    start();
    expect(log.historyStartReached(ROOM)).toBe(false);
  });
});

describe('listenForPageStories: listeners', () => {
  it('tells each listener after each accepted response, and stops telling after unsubscribe', () => {
    start();
    const first = vi.fn(() => {
      throw new Error('a broken listener');
    });
    const second = vi.fn();
    log.onStories(first);
    const off = log.onStories(second);
    post(envelope({ url: url('limit=20'), body: body(range(1, 5)) }));
    expect(second).toHaveBeenCalledWith({ roomId: ROOM, stories: 5, historyStartReached: true });
    off();
    post(envelope({ body: body(range(6, 25)) }));
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalledTimes(2);
    post(envelope({ body: 'not json' }));
    expect(first).toHaveBeenCalledTimes(2);
  });

  it('takes nothing more once stopped', () => {
    start();
    const listener = vi.fn();
    log.onStories(listener);
    log.stop();
    post(envelope());
    expect(listener).not.toHaveBeenCalled();
    expect(log.responseCount(ROOM)).toBe(0);
  });
});
