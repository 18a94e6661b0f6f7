// The background is a service worker (an event page on Firefox) that the browser may stop at any
// moment; a message sent while it restarts fails with the browser's own words ("Could not
// establish connection. Receiving end does not exist.", "A listener indicated an asynchronous
// response by returning true, but the message channel closed…", or no answer at all). Such a send
// is tried again once the worker is back; a message whose answer was lost is tried again only when
// doing it twice changes nothing (staging a file part; a save, which the background answers from
// the stored capture when the first arrival stored it); the user never sees the browser's words.

/** The message never reached a listener: sending it again is always safe. */
const NOT_DELIVERED = /could not establish connection|receiving end does not exist|extension context invalidated/i;
/** It was delivered but its answer was lost (the worker stopped mid-way). */
const ANSWER_LOST = /message channel closed|message port closed|the page keeping the extension port is moved into back\/forward cache|no response/i;

/** The channel closed without a reply (the polyfill resolves such a send with nothing). */
export class AnswerLostError extends Error {
  constructor() {
    super('the message channel closed before a response was received');
  }
}

const RETRY_DELAYS_MS = [100, 400, 1200];

export const RESTART_WORDS = 'the extension restarted while saving and did not answer. The capture may not have been stored: look for it in the dashboard, and press Capture evidence again if it is not there.';

/** `send` again while the worker restarts; `idempotent`: sending twice does no harm. */
export async function withRestarts<T>(send: () => Promise<T>, idempotent: boolean, wait: (ms: number) => Promise<void> = sleep): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const text = String((error as { message?: unknown } | null)?.message ?? error);
      const restart = NOT_DELIVERED.test(text) || ANSWER_LOST.test(text);
      if (!restart) throw error;
      const retry = NOT_DELIVERED.test(text) || idempotent;
      if (!retry || attempt >= RETRY_DELAYS_MS.length) throw new Error(RESTART_WORDS);
      await wait(RETRY_DELAYS_MS[attempt]!);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
