// The MAIN-world story observer on a fake window: it posts copies of the app's own story
// responses, and the page sees exactly what it would without it.
import { describe, expect, it, vi } from 'vitest';
import { requestsStarted } from '../../../src/content/ports/page-activity';
import { listenForPageStories } from '../../../src/content/history/page-stories';
import { PAGE_STORIES_REPLAY, PAGE_STORIES_SOURCE } from '../../../src/shared/page-world-messages';

const ROOM = 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const ORIGIN = 'https://www.upwork.com';
const STORIES = `/api/v3/rooms/rooms/${ROOM}/stories/simplified?limit=20&callerOrgId=1766093125537890304`;
const BODY = JSON.stringify({ cursor: 'c1', stories: [{ storyId: 'story_1', roomId: ROOM, created: Date.UTC(2026, 2, 2), message: 'hi' }] });

interface Reply {
  status?: number;
  body?: string;
}

/** A window with a fake network: `reply` answers every request. */
function fakeWindow(reply: (method: string, url: string) => Reply = () => ({})) {
  const target = new EventTarget();
  const posted: { message: unknown; origin: string }[] = [];

  class FakeXhr extends EventTarget {
    readyState = 0;
    status = 0;
    responseType: XMLHttpRequestResponseType = '';
    responseURL = '';
    private call: [string, string] = ['', ''];
    private text = '';
    open(method: string, url: string): void {
      this.call = [method, url];
      this.readyState = 1;
    }
    send(): void {
      setTimeout(() => {
        const { status = 200, body = BODY } = reply(this.call[0], this.call[1]);
        Object.assign(this, { readyState: 4, status, text: body, responseURL: new URL(this.call[1], ORIGIN).href });
        this.dispatchEvent(new Event('load'));
      });
    }
    get responseText(): string {
      if (this.responseType !== '' && this.responseType !== 'text') throw new DOMException('not text', 'InvalidStateError');
      return this.text;
    }
    get response(): unknown {
      return this.responseType === 'json' ? JSON.parse(this.text) : this.responseType === 'blob' ? new Blob([this.text]) : this.text;
    }
  }

  const fetch = vi.fn(async function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(new URL(input instanceof Request ? input.url : String(input), ORIGIN), init);
    const { status = 200, body = BODY } = reply(init?.method ?? request.method, request.url);
    return new Response(body, { status });
  });

  const win = {
    location: { origin: ORIGIN, href: `${ORIGIN}/ab/messages/rooms/${ROOM}` },
    fetch,
    XMLHttpRequest: FakeXhr,
    Promise, Response, Request, URL, JSON, EventTarget,
    postMessage(message: unknown, origin: string) {
      posted.push({ message: structuredClone(message), origin });
      // Delivered later, as a browser does, to listeners of this window.
      setTimeout(() => target.dispatchEvent(Object.assign(new Event('message'), { data: structuredClone(message), origin, source: win })));
    },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
  };
  return { win: win as unknown as Window & typeof globalThis, fetch, posted, FakeXhr };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
const expectedPost = (url = `${ORIGIN}${STORIES}`, body = BODY) => ({
  message: { source: PAGE_STORIES_SOURCE, roomId: ROOM, url, status: 200, body },
  origin: ORIGIN,
});

/** Runs the entry module as the browser would inject it, with `win` as its window. */
async function inject(win: Window & typeof globalThis): Promise<void> {
  vi.stubGlobal('window', win);
  vi.resetModules();
  try {
    await import('../../../src/page-world/story-observer');
  } finally {
    vi.unstubAllGlobals();
  }
}

async function installed(reply?: (method: string, url: string) => Reply) {
  const fake = fakeWindow(reply);
  await inject(fake.win);
  return fake;
}

describe('story observer: fetch', () => {
  it('posts a copy of a story page, and the page reads the same response in full', async () => {
    const { win, posted } = await installed();
    const response = await win.fetch(STORIES);
    expect(await response.text()).toBe(BODY);
    await settle();
    expect(posted).toEqual([expectedPost()]);
  });

  it('hands the page the very promise fetch returned, called with the same arguments and this', async () => {
    const { win, fetch } = await installed();
    const original = fetch.getMockImplementation()!;
    const promise = Promise.resolve(new Response(BODY));
    fetch.mockImplementationOnce(() => promise);
    const init = { headers: { Accept: 'application/json' } };
    expect(win.fetch(STORIES, init)).toBe(promise);
    expect(fetch.mock.calls[0]).toEqual([STORIES, init]);
    expect(fetch.mock.calls[0]![1]).toBe(init);
    expect(fetch.mock.contexts[0]).toBe(win);
    const detached = win.fetch;
    void detached(STORIES);
    expect(fetch.mock.contexts[1]).toBeUndefined();
    fetch.mockImplementation(original);
  });

  it('reads the body before the page does, even when the page reads it at once', async () => {
    const { win, posted } = await installed();
    expect(await win.fetch(STORIES).then((r) => r.text())).toBe(BODY);
    await settle();
    expect(posted).toHaveLength(1);
  });

  it.each([
    ['a URL object', () => new URL(STORIES, ORIGIN)],
    ['a Request', () => new Request(new URL(STORIES, ORIGIN))],
  ])('recognises %s', async (_name, input) => {
    const { win, posted } = await installed();
    await win.fetch(input());
    await settle();
    expect(posted).toEqual([expectedPost()]);
  });

  it.each([
    ['another URL', '/api/v3/rooms/rooms/simplified?limit=20', undefined],
    ['a story URL of another shape', `/api/v3/rooms/rooms/${ROOM}/stories`, undefined],
    ['a POST', `/api/v3/rooms/rooms/${ROOM}/stories/simplified`, { method: 'POST', body: '{}' }],
    ['a lower-case post', STORIES, { method: 'post' }],
  ])('does not post for %s', async (_name, url, init) => {
    const { win, posted } = await installed();
    await (await win.fetch(url, init)).text();
    await settle();
    expect(posted).toEqual([]);
  });

  it('does not post for a POST Request', async () => {
    const { win, posted } = await installed();
    await win.fetch(new Request(new URL(STORIES, ORIGIN), { method: 'POST', body: '{}' }));
    await settle();
    expect(posted).toEqual([]);
  });

  it('does not post for a failure, and the page gets the failure as it was', async () => {
    const { win, posted } = await installed(() => ({ status: 401, body: '{"error":"Authentication"}' }));
    const response = await win.fetch(STORIES);
    expect([response.status, await response.text()]).toEqual([401, '{"error":"Authentication"}']);
    await settle();
    expect(posted).toEqual([]);
  });

  it('lets the page see the same rejection and the same thrown error', async () => {
    const { win, fetch, posted } = await installed();
    const failure = new TypeError('Failed to fetch');
    fetch.mockImplementationOnce(() => Promise.reject(failure));
    await expect(win.fetch(STORIES)).rejects.toBe(failure);
    const thrown = new TypeError('Illegal invocation');
    fetch.mockImplementationOnce(() => {
      throw thrown;
    });
    expect(() => win.fetch(STORIES)).toThrow(thrown);
    await settle();
    expect(posted).toEqual([]);
  });

  it('swallows its own failures (a refused post) without touching the page', async () => {
    const { win } = await installed();
    win.postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    };
    expect(await (await win.fetch(STORIES)).text()).toBe(BODY);
    await settle();
  });

  it('keeps the wrapped function looking like the original', async () => {
    const { win, fetch } = fakeWindow();
    await inject(win);
    expect(win.fetch).not.toBe(fetch);
    expect([win.fetch.name, win.fetch.length]).toEqual([fetch.name, fetch.length]);
    expect(Function.prototype.toString.call(win.fetch)).toContain('[native code]');
  });
});

describe('story observer: XMLHttpRequest', () => {
  function request(win: Window & typeof globalThis, method: string, url: string, responseType: XMLHttpRequestResponseType = '') {
    const xhr = new win.XMLHttpRequest();
    xhr.open(method, url);
    xhr.responseType = responseType;
    return new Promise<XMLHttpRequest>((resolve) => {
      xhr.onload = null;
      xhr.addEventListener('load', () => resolve(xhr));
      xhr.send();
    });
  }

  it('posts a copy of a text response, and the page reads the same text', async () => {
    const { win, posted } = await installed();
    const xhr = await request(win, 'GET', STORIES);
    expect([xhr.status, xhr.responseText]).toEqual([200, BODY]);
    await settle();
    expect(posted).toEqual([expectedPost()]);
  });

  it('posts a JSON response as JSON text', async () => {
    const { win, posted } = await installed();
    const xhr = await request(win, 'GET', STORIES, 'json');
    expect(xhr.response).toEqual(JSON.parse(BODY));
    await settle();
    expect(posted).toEqual([expectedPost(undefined, JSON.stringify(JSON.parse(BODY)))]);
  });

  it.each([
    ['a POST', 'POST', STORIES, ''],
    ['another URL', 'GET', '/api/v3/rooms/rooms/simplified', ''],
    ['a blob response', 'GET', STORIES, 'blob'],
  ] as const)('does not post for %s', async (_name, method, url, type) => {
    const { win, posted } = await installed();
    await request(win, method, url, type);
    await settle();
    expect(posted).toEqual([]);
  });

  it('does not post for a failure status', async () => {
    const { win, posted } = await installed(() => ({ status: 500 }));
    await request(win, 'GET', STORIES);
    await settle();
    expect(posted).toEqual([]);
  });

  it('posts once per response when the page reuses one request object', async () => {
    const { win, posted } = await installed();
    const xhr = new win.XMLHttpRequest();
    for (let i = 0; i < 2; i++) {
      xhr.open('GET', STORIES);
      await new Promise((resolve) => {
        xhr.addEventListener('load', resolve, { once: true });
        xhr.send();
      });
    }
    await settle();
    expect(posted).toHaveLength(2);
  });

  it('keeps open and send looking like the originals', async () => {
    const { win, FakeXhr } = fakeWindow();
    const { open, send } = FakeXhr.prototype;
    await inject(win);
    expect(FakeXhr.prototype.open).not.toBe(open);
    expect([FakeXhr.prototype.open.name, FakeXhr.prototype.open.length, FakeXhr.prototype.send.name]).toEqual([open.name, open.length, send.name]);
  });
});

describe('story observer: installation and replay', () => {
  it('installs once however often it is injected', async () => {
    const { win, posted } = await installed();
    const wrapped = win.fetch;
    await inject(win);
    expect(win.fetch).toBe(wrapped);
    await (await win.fetch(STORIES)).text();
    await request(win);
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    await settle();
    expect(posted).toHaveLength(2);

    function request(w: typeof win) {
      const xhr = new w.XMLHttpRequest();
      xhr.open('GET', STORIES);
      return new Promise((resolve) => {
        xhr.addEventListener('load', resolve);
        xhr.send();
      });
    }
  });

  it('leaves no name on the window but its install mark', async () => {
    const { win } = fakeWindow();
    const before = Object.keys(win);
    await inject(win);
    expect(Object.keys(win)).toEqual(before);
    expect(Object.getOwnPropertySymbols(win).map((s) => s.description)).toEqual(['evidence-locker.page-stories-observer']);
  });

  it('posts again what it saw when this window asks, and only this window', async () => {
    const { win, posted } = await installed();
    await (await win.fetch(STORIES)).text();
    await settle();
    win.dispatchEvent(Object.assign(new Event('message'), { data: { source: PAGE_STORIES_REPLAY }, source: {} }));
    expect(posted).toHaveLength(1);
    win.dispatchEvent(Object.assign(new Event('message'), { data: { source: PAGE_STORIES_REPLAY }, source: win }));
    expect(posted).toHaveLength(2);
    expect(posted[1]).toEqual(posted[0]);
  });

  it('reaches a listener that started after the response (the replay), counting it once', async () => {
    const { win } = await installed();
    await (await win.fetch(STORIES)).text();
    await settle();
    const log = listenForPageStories(win);
    // Waits for the replay rather than a fixed delay: a loaded machine may deliver it later.
    await vi.waitFor(() => expect([...log.storiesFor(ROOM).keys()]).toEqual(['story_1']));
    await (await win.fetch(`${STORIES}&cursor=c1`)).text();
    await vi.waitFor(() => expect(log.responseCount(ROOM)).toBe(2));
    await settle();
    expect(log.responseCount(ROOM)).toBe(2);
    log.stop();
  });
});

describe('story observer: page activity', () => {
  it('tells how many requests the page started, of any address, when asked', async () => {
    const { win, FakeXhr } = await installed();
    expect(await requestsStarted(win)).toBe(0);
    await win.fetch('/api/v3/anything-else');
    const xhr = new (win.XMLHttpRequest as unknown as typeof FakeXhr)();
    xhr.open('GET', STORIES);
    xhr.send();
    expect(await requestsStarted(win)).toBe(2);
  });

  it('answers null when no observer is there', async () => {
    expect(await requestsStarted(fakeWindow().win)).toBeNull();
  });
});
