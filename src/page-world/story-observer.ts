// MAIN-world entry, run at document_start before Upwork's scripts. It watches the Messages app's
// own story responses and posts a copy of each to the content script; it never calls Upwork's
// API itself, because an in-page call of that API returned 401 for a 2026 user while the app's own
// responses could be read (research/upwork-pages.md §0.4, §3.1 "Auth observations").
// Rules: the page must see exactly what it would without us (same arguments, return values,
// timing and errors), so every wrapper passes the page's own arguments to the original, returns
// its result untouched and swallows its own failures. Nothing is exported: the standalone IIFE
// build would publish exports as a page global (tests load this module with a fake window).
import { PAGE_ACTIVITY_ASK, PAGE_ACTIVITY_SOURCE, PAGE_STORIES_REPLAY, PAGE_STORIES_SOURCE, STORIES_PATH, type PageActivityMessage, type PageStoriesMessage } from '../shared/page-world-messages';

/** Set on the window once installed, so a second injection wraps nothing twice. */
const INSTALLED = Symbol.for('evidence-locker.page-stories-observer');
/** Kept for the listener's replay request; a page's stories are ~20 per response (§3.1). */
const REPLAY_LIMIT = 50;
const REPLAY_CHARS = 8_000_000;

interface XhrCall {
  method: string;
  url: string | null;
}

function installStoryObserver(win: Window & typeof globalThis): void {
  if (Object.prototype.hasOwnProperty.call(win, INSTALLED)) return;
  Object.defineProperty(win, INSTALLED, { value: true });

  // Originals taken now, before the page can replace them.
  const post = win.postMessage;
  const origin = win.location.origin;
  const then = win.Promise.prototype.then;
  const cloneResponse = win.Response.prototype.clone;
  const readText = win.Response.prototype.text;
  const stringify = win.JSON.stringify;
  const UrlClass = win.URL;
  const RequestClass = win.Request;
  const listen = win.EventTarget?.prototype.addEventListener;
  const sent: PageStoriesMessage[] = [];
  let sentChars = 0;
  /** Every fetch and XHR the page starts, whatever its address: only the count is ever told. */
  let requestsStarted = 0;
  const noop = (): void => undefined;

  /** The room id when `href` is a stories page, else null. */
  function roomOf(href: string): { roomId: string; url: string } | null {
    try {
      const url = new UrlClass(href, win.location.href);
      const match = STORIES_PATH.exec(url.pathname);
      return match?.[1] ? { roomId: match[1], url: url.href } : null;
    } catch {
      return null;
    }
  }

  function send(message: PageStoriesMessage): void {
    try {
      Reflect.apply(post, win, [message, origin]);
      sent.push(message);
      sentChars += message.body.length;
      while (sent.length > REPLAY_LIMIT || (sentChars > REPLAY_CHARS && sent.length > 0)) sentChars -= sent.shift()!.body.length;
    } catch {
      // A body the structured clone refuses is simply not observed.
    }
  }

  function deliver(href: string, status: number, body: string): void {
    const found = roomOf(href);
    if (found && status === 200) send({ source: PAGE_STORIES_SOURCE, roomId: found.roomId, url: found.url, status, body });
  }

  // fetch: a Proxy keeps name, length and the native toString; the page gets the very promise
  // fetch returned. Our reaction is registered before the page gets the promise, so it clones
  // the response before the page can read (and so lock) its body. Only story GETs get a
  // reaction; its rejection handler marks their failures as handled (the app awaits these
  // calls; without it, a failure would be reported twice as unhandled).
  function watchFetch(args: unknown[], result: unknown): void {
    const [input, init] = args;
    let href: string | null = null;
    if (typeof input === 'string') href = input;
    else if (input instanceof UrlClass) href = input.href;
    else if (RequestClass && input instanceof RequestClass) href = input.url;
    if (href === null || roomOf(href) === null) return; // other objects: never call the page's toString
    let method = RequestClass && input instanceof RequestClass ? input.method : 'GET';
    if (init !== null && typeof init === 'object' && 'method' in init) {
      const own = (init as { method?: unknown }).method;
      if (own !== undefined) method = typeof own === 'string' ? own : '';
    }
    if (method.toUpperCase() !== 'GET' || !(result instanceof win.Promise)) return;
    Reflect.apply(then, result, [
      (response: Response) => {
        try {
          if (response.status !== 200) return;
          const copy: Response = Reflect.apply(cloneResponse, response, []);
          const text: Promise<string> = Reflect.apply(readText, copy, []);
          Reflect.apply(then, text, [(body: string) => deliver(response.url || href!, response.status, body), noop]);
        } catch {
          // clone() refused (body already used): nothing to observe.
        }
      },
      noop,
    ]);
  }

  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    win.fetch = new Proxy(originalFetch, {
      apply(target, thisArg, args: unknown[]) {
        requestsStarted++;
        const result = Reflect.apply(target, thisArg, args);
        try {
          watchFetch(args, result);
        } catch {
          // Never let the observer change what the page sees.
        }
        return result;
      },
    });
  }

  // XMLHttpRequest: open() records the call, send() adds one load listener to matching GETs.
  const calls = new WeakMap<XMLHttpRequest, XhrCall>();

  function onLoad(this: XMLHttpRequest): void {
    try {
      const call = calls.get(this);
      if (!call || call.url === null || this.readyState !== 4 || this.status !== 200) return;
      let body: string | null = null;
      if (this.responseType === '' || this.responseType === 'text') body = this.responseText;
      else if (this.responseType === 'json' && this.response !== null) body = Reflect.apply(stringify, win.JSON, [this.response]);
      if (typeof body === 'string') deliver(this.responseURL || call.url, this.status, body);
    } catch {
      // Reading the response failed: nothing to observe.
    }
  }

  const proto = win.XMLHttpRequest?.prototype;
  if (proto && typeof proto.open === 'function' && typeof proto.send === 'function') {
    proto.open = new Proxy(proto.open, {
      apply(target, thisArg: XMLHttpRequest, args: unknown[]) {
        const result = Reflect.apply(target, thisArg, args);
        try {
          const [method, url] = args;
          const href = typeof url === 'string' ? url : url instanceof UrlClass ? url.href : null;
          calls.set(thisArg, { method: typeof method === 'string' ? method.toUpperCase() : '', url: href && roomOf(href) ? href : null });
        } catch {
          // Not ours to judge: the page's call already ran.
        }
        return result;
      },
    });
    proto.send = new Proxy(proto.send, {
      apply(target, thisArg: XMLHttpRequest, args: unknown[]) {
        requestsStarted++;
        try {
          const call = calls.get(thisArg);
          // The same listener is added once however often a request object is reused.
          if (call?.method === 'GET' && call.url !== null) Reflect.apply(listen ?? thisArg.addEventListener, thisArg, ['load', onLoad]);
        } catch {
          // As above.
        }
        return Reflect.apply(target, thisArg, args);
      },
    });
  }

  // Replay for a listener that started after responses were already posted (the content
  // script may start later than this one); the listener dedupes what it has already seen.
  win.addEventListener('message', (event: MessageEvent) => {
    try {
      const data: unknown = event.data;
      if (event.source !== win || typeof data !== 'object' || data === null) return;
      const tag = (data as { source?: unknown }).source;
      if (tag === PAGE_ACTIVITY_ASK) {
        const answer: PageActivityMessage = { source: PAGE_ACTIVITY_SOURCE, requestsStarted };
        Reflect.apply(post, win, [answer, origin]);
        return;
      }
      if (tag !== PAGE_STORIES_REPLAY) return;
      for (const message of sent.slice()) Reflect.apply(post, win, [message, origin]);
    } catch {
      // Ignore.
    }
  });
}

installStoryObserver(window);
