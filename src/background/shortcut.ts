// Alt+Shift+E: capture the active tab through its content script (the shortcut grants activeTab,
// which screenshots will use).
import browser from 'webextension-polyfill';
import type { ContentProtocol } from '../shared/messages';
import type { Envelope } from '../shared/messaging';

export async function captureActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: Envelope<ContentProtocol, 'content.capture'> = { type: 'content.capture', input: { trigger: 'shortcut' } };
  // Not an Upwork page: no content script answers, and there is nothing to capture.
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}
