// Downloads one attachment file from the content script with the page's own session.
//
// Why here and this way: the file links are https://www.upwork.com/ab/messages/att/<uuid>, the
// same origin as the page the content script runs in, so `fetch(url, { credentials: 'include' })`
// carries the user's Upwork cookies like the page's own requests do. No host permission, no
// "downloads" permission and no token handling are needed, and nothing but the page's own session
// is ever used. The limit: if Upwork redirects the download to another origin (a file CDN) that
// sends no CORS headers for upwork.com, the browser refuses the response; that is recorded on the
// attachment as a failed download ("network error") and the capture goes on.
import { attachmentExtension, attachmentMediaType } from '../../shared/attachment-files';
import { concatBytes } from '../../shared/bytes';
import { formatBytes, MEGABYTE } from '../../shared/byte-size';
import { sha256HexAsync } from '../../shared/hash';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface DownloadLimits {
  maxMegabytes: number;
  /** Give up when nothing arrives (headers or bytes) for this long. */
  idleMs: number;
  /** Give up on a download still running after this long, however slowly it trickles. */
  totalMs: number;
}

export type Downloaded =
  | { ok: true; bytes: Uint8Array; sha256: string; mediaType: string }
  /** `error` for the attachment record; `short` for the capture's one-line summary. */
  | { ok: false; error: string; short: string };

/** Resolves with the file or the reason it was not saved; rejects only when `signal` (the capture's cancel) aborts. */
export async function downloadAttachment(url: string, name: string, fetchFile: FetchLike, limits: DownloadLimits, signal: AbortSignal): Promise<Downloaded> {
  signal.throwIfAborted();
  const controller = new AbortController();
  const state: { timedOut: Downloaded | null } = { timedOut: null };
  const giveUp = (why: Downloaded) => () => {
    state.timedOut = why;
    controller.abort();
  };
  const cancel = () => controller.abort(signal.reason);
  signal.addEventListener('abort', cancel, { once: true });
  const total = setTimeout(giveUp(failed(`the download took longer than ${duration(limits.totalMs)}, so it was stopped`, 'timed out')), limits.totalMs);
  let idle: ReturnType<typeof setTimeout> | undefined;
  const arriving = () => {
    clearTimeout(idle);
    idle = setTimeout(giveUp(failed(`the download stopped: nothing arrived for ${duration(limits.idleMs)}`, 'timed out')), limits.idleMs);
  };
  arriving();
  try {
    const response = await fetchFile(url, { credentials: 'include', signal: controller.signal, cache: 'no-store' });
    arriving();
    return await readResponse(response, name, limits.maxMegabytes, arriving, controller.signal);
  } catch (error) {
    if (signal.aborted) throw signal.reason ?? error;
    return state.timedOut ?? failed('the download failed: network error', 'network error');
  } finally {
    clearTimeout(total);
    clearTimeout(idle);
    signal.removeEventListener('abort', cancel);
  }
}

async function readResponse(response: Response, name: string, maxMegabytes: number, arriving: () => void, signal: AbortSignal): Promise<Downloaded> {
  const maxBytes = maxMegabytes * MEGABYTE;
  const tooLarge = (detail: string) => failed(`larger than the ${maxMegabytes} MB limit you set (${detail})`, 'larger than the limit');
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return failed(`Upwork answered ${response.status}${STATUS_WORDS[response.status] ? ` (${STATUS_WORDS[response.status]})` : ''}`, `Upwork answered ${response.status}`);
  }
  const mediaType = attachmentMediaType(response.headers.get('content-type'), name);
  // A sign-in or error page served in place of the file must not be kept as the attachment.
  if (mediaType === 'text/html' && !/^html?$/.test(attachmentExtension(name))) {
    await response.body?.cancel().catch(() => undefined);
    return failed('Upwork answered with a web page instead of the file (you may have been signed out)', 'a web page instead of the file');
  }
  const header = response.headers.get('content-length');
  const declared = header === null ? NaN : Number(header);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge(formatBytes(declared));
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  // Not left to fetch alone: a stopped download must end a pending read, whatever the body's source.
  const stop = () => void reader?.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  for (;;) {
    if (!reader) break;
    const { done, value } = await reader.read();
    // A cancelled read ends like a finished one: never keep a cut-off file as if it were whole.
    signal.throwIfAborted();
    if (done) break;
    arriving();
    size += value.byteLength;
    // The header can be missing or wrong (compressed transfer): the bytes themselves are counted too.
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(`it passed ${maxMegabytes} MB while downloading, so it was stopped`);
    }
    chunks.push(value);
  }
  const bytes = concatBytes(chunks);
  // WebCrypto, not the pure-JS hash: about 5 times faster on 25 MB (33 vs 175 ms in Node 20), and Chrome runs it off the page's main thread.
  return { ok: true, bytes, sha256: await sha256HexAsync(bytes), mediaType };
}

function failed(error: string, short: string): Downloaded {
  return { ok: false, error, short };
}

function duration(ms: number): string {
  if (ms >= 120_000 && ms % 60_000 === 0) return `${ms / 60_000} minutes`;
  return ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`;
}

const STATUS_WORDS: Record<number, string> = {
  400: 'bad request',
  401: 'not signed in',
  403: 'forbidden',
  404: 'not found',
  408: 'request timeout',
  410: 'gone',
  429: 'too many requests',
  500: 'server error',
  502: 'bad gateway',
  503: 'unavailable',
  504: 'gateway timeout',
};
