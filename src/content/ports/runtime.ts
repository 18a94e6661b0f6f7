// The content script's side of the typed protocol.
import browser, { type Runtime } from 'webextension-polyfill';
import type { BackgroundProtocol, ContentProtocol } from '../../shared/messages';
import { dispatch, unwrap, type Handlers, type InputOf, type OutputOf, type Reply } from '../../shared/messaging';
import { AnswerLostError, withRestarts } from './worker-restart';

/**
 * Messages that do no harm sent twice: a staged part is stored under its own key, a save sent
 * again is answered from the stored capture (storage/capture-replay.ts), a discard of nothing is a no-op.
 */
const IDEMPOTENT: ReadonlySet<keyof BackgroundProtocol> = new Set(['capture.stageFile', 'capture.commit', 'capture.commitPage', 'capture.discard']);

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  input: InputOf<BackgroundProtocol, K>,
): Promise<OutputOf<BackgroundProtocol, K>> {
  const send = async (): Promise<Reply<OutputOf<BackgroundProtocol, K>>> => {
    const reply: unknown = await browser.runtime.sendMessage({ type, input });
    if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new AnswerLostError();
    return reply as Reply<OutputOf<BackgroundProtocol, K>>;
  };
  return unwrap(await withRestarts(send, IDEMPOTENT.has(type)));
}

export function handleContentMessages(handlers: Handlers<ContentProtocol>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(handlers, message, sender, browser.runtime.id));
}
