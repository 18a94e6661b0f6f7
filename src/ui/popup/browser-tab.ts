// The popup's side of the content protocol, over webextension-polyfill.
import browser from 'webextension-polyfill';
import type { ContentProtocol } from '../../shared/messages';
import { unwrap, type Envelope, type InputOf, type OutputOf } from '../../shared/messaging';
import type { ActiveTab, PopupNavigation } from './tab-port';
import { t } from '../components/translate';

const DASHBOARD_PATH = 'src/ui/dashboard/index.html';

async function ask<K extends keyof ContentProtocol>(tabId: number, type: K, input: InputOf<ContentProtocol, K>): Promise<OutputOf<ContentProtocol, K>> {
  const envelope: Envelope<ContentProtocol, K> = { type, input };
  return unwrap<OutputOf<ContentProtocol, K>>(await browser.tabs.sendMessage(tabId, envelope));
}

export function browserActiveTab(): ActiveTab {
  const active = browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab);
  const tabId = active.then((tab) => tab?.id);
  return {
    async pageInfo() {
      const id = await tabId;
      if (id === undefined) return null;
      // No listener in the tab (any non-Upwork page) rejects: that simply means "not capturable".
      return ask(id, 'content.pageInfo', {}).catch(() => null);
    },
    async capture() {
      const id = await tabId;
      if (id === undefined) throw new Error(t('popup_no_tab', 'There is no tab to capture.'));
      return ask(id, 'content.capture', { trigger: 'popup' });
    },
    // activeTab grants the URL once the user opens the popup on this tab.
    async url() {
      return (await active)?.url ?? null;
    },
  };
}

export const browserNavigation: PopupNavigation = {
  openDashboard() {
    void browser.tabs.create({ url: browser.runtime.getURL(DASHBOARD_PATH) }).then(() => window.close());
  },
};
