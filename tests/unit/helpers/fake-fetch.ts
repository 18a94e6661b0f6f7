// A fetch that serves scripted files, as the attachment step sees Upwork: status, headers, a body
// streamed in chunks (or never), and aborts honoured the way browsers honour them.

export interface FakeFile {
  status?: number;
  headers?: Record<string, string>;
  chunks?: Uint8Array[];
  /** Send Content-Length matching the chunks (default true when there are chunks). */
  contentLength?: boolean;
  /** Never answer (the request hangs). */
  hang?: boolean;
  /** Answer the headers, then stall before the body's first byte. */
  stallBody?: boolean;
  /** Reject as a network failure (or a refused cross-origin redirect). */
  networkError?: boolean;
  /** Milliseconds before answering. */
  delayMs?: number;
}

export interface FakeFetch {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  requests: { url: string; init: RequestInit }[];
  /** Body chunks handed to the reader, per URL. */
  pulled: Map<string, number>;
  /** The most requests in flight at once. */
  maxInFlight(): number;
}

export function fakeFetch(files: Record<string, FakeFile>): FakeFetch {
  const requests: { url: string; init: RequestInit }[] = [];
  const pulled = new Map<string, number>();
  let inFlight = 0;
  let most = 0;
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    requests.push({ url, init });
    const file = files[url] ?? { status: 404, chunks: [] };
    const signal = init.signal ?? undefined;
    inFlight += 1;
    most = Math.max(most, inFlight);
    try {
      await waitOrAbort(file.hang ? Infinity : (file.delayMs ?? 0), signal);
      if (file.networkError) throw new TypeError('Failed to fetch');
      const chunks = file.chunks ?? [];
      const length = chunks.reduce((n, c) => n + c.length, 0);
      const headers = new Headers(file.headers);
      if ((file.contentLength ?? chunks.length > 0) && !headers.has('content-length')) headers.set('content-length', String(length));
      let index = 0;
      // highWaterMark 0: nothing is pulled before the reader asks, so tests can see an unread body.
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (file.stallBody) await waitOrAbort(Infinity, signal);
          const next = chunks[index++];
          if (!next) return controller.close();
          pulled.set(url, (pulled.get(url) ?? 0) + 1);
          controller.enqueue(next);
        },
      }, { highWaterMark: 0 });
      signal?.addEventListener('abort', () => body.cancel().catch(() => undefined), { once: true });
      return new Response(body, { status: file.status ?? 200, headers });
    } finally {
      inFlight -= 1;
    }
  };
  return { fetch, requests, pulled, maxInFlight: () => most };
}

function waitOrAbort(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    if (Number.isFinite(ms)) setTimeout(resolve, ms);
  });
}

export function bytes(n: number, fill = 7): Uint8Array {
  return new Uint8Array(n).fill(fill);
}
