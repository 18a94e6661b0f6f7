// Alt+Shift+E and the context-menu item: capture a tab through its content script. Both are
// user gestures that grant activeTab, which the screenshots of the tab need.
import browser from 'webextension-polyfill';
import type { CaptureTrigger, ContentProtocol } from '../shared/messaging/messages';
import type { Envelope } from '../shared/messaging/messaging';

export async function captureActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await captureTab(tab.id, 'shortcut');
}

export async function captureTab(tabId: number, trigger: CaptureTrigger): Promise<void> {
  const message: Envelope<ContentProtocol, 'content.capture'> = { type: 'content.capture', input: { trigger } };
  // Not an Upwork page: no content script answers, and there is nothing to capture.
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}
