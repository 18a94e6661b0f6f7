// The content script's side of the typed protocol.
import browser, { type Runtime } from 'webextension-polyfill';
import type { BackgroundProtocol, ContentProtocol } from '../../shared/messages';
import { dispatch, unwrap, type Handlers, type InputOf, type OutputOf } from '../../shared/messaging';
import { withRestarts } from './worker-restart';

/** Messages that do no harm sent twice: a staged part is stored under its own key. */
const IDEMPOTENT: ReadonlySet<keyof BackgroundProtocol> = new Set(['capture.stageFile']);

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  input: InputOf<BackgroundProtocol, K>,
): Promise<OutputOf<BackgroundProtocol, K>> {
  return unwrap(await withRestarts(() => browser.runtime.sendMessage({ type, input }), IDEMPOTENT.has(type)));
}

export function handleContentMessages(handlers: Handlers<ContentProtocol>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(handlers, message, sender, browser.runtime.id));
}
