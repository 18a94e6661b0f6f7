// Typed request/response over the extension's message channel. Context-free: the browser's
// runtime is passed in by the caller, so this file has no chrome.* and is unit-tested as is.
/* eslint-disable @typescript-eslint/no-explicit-any */

export type Protocol = { [name: string]: (input: any) => any };
export type InputOf<P extends Protocol, K extends keyof P> = Parameters<P[K]>[0];
export type OutputOf<P extends Protocol, K extends keyof P> = Awaited<ReturnType<P[K]>>;

export interface Envelope<P extends Protocol, K extends keyof P = keyof P> {
  type: K;
  input: InputOf<P, K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Who sent a message, as the browser reports it. */
export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  /** 0 for the tab's top frame. */
  frameId?: number | undefined;
  tab?: { id?: number | undefined; url?: string | undefined; windowId?: number | undefined } | undefined;
}

/** Every message name must have a handler: a missing one fails to compile. */
export type Handlers<P extends Protocol> = {
  [K in keyof P]: (input: InputOf<P, K>, sender: SenderInfo) => Promise<OutputOf<P, K>> | OutputOf<P, K>;
};

export function isEnvelope(value: unknown): value is { type: string; input: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Routes one incoming message to its handler. Returns undefined for messages that are not
 * ours (so other listeners may answer), and a refusal for any sender that is not this extension.
 */
export function dispatch<P extends Protocol>(
  handlers: Handlers<P>,
  message: unknown,
  sender: SenderInfo,
  extensionId: string,
): Promise<Reply<unknown>> | undefined {
  if (!isEnvelope(message) || !Object.prototype.hasOwnProperty.call(handlers, message.type)) return undefined;
  if (sender.id !== extensionId) return Promise.resolve({ ok: false, error: 'Refused: the message did not come from this extension.' });
  const handler = handlers[message.type as keyof P] as (input: unknown, sender: SenderInfo) => unknown;
  return Promise.resolve()
    .then(() => handler(message.input, sender))
    .then(
      (value): Reply<unknown> => ({ ok: true, value }),
      (error: unknown): Reply<unknown> => ({ ok: false, error: errorText(error) }),
    );
}

/** Unwraps a reply, turning a refusal into an Error carrying the handler's plain-words reason. */
export function unwrap<T>(reply: unknown): T {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error('No answer from the extension. Reload the page and try again.');
  }
  const r = reply as Reply<T>;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  // An error from another realm (Firefox hands content scripts the page's and the API's errors
  // through wrappers that fail instanceof) or a DOMException: its message all the same.
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message !== '' ? message : 'Unknown error';
}
