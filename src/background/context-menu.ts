// The right-click "Capture evidence" item on upwork.com pages. Choosing it is a user gesture that
// grants activeTab, so these captures get screenshots like the toolbar and the shortcut do.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { captureTab } from './shortcut';

export const CAPTURE_MENU_ID = 'capture-evidence';

/** Menu items outlive the worker; they are (re)made when the extension is installed or updated. */
export async function createCaptureMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: CAPTURE_MENU_ID,
    title: 'Capture evidence',
    contexts: ['page', 'selection'],
    documentUrlPatterns: ['https://www.upwork.com/*'],
  });
}

export function onMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): void {
  if (info.menuItemId !== CAPTURE_MENU_ID || tab?.id === undefined) return;
  void captureTab(tab.id, 'context-menu');
}
