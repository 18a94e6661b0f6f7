// The browser's pictures of a tab: screenshots (captureVisibleTab, which needs activeTab or
// <all_urls>) and MHTML (pageCapture, Chromium only). Kept apart from the handlers so they can
// be tested with a fake.
import browser from 'webextension-polyfill';
import { mhtmlApi, NO_MHTML } from './browser-differences';
import { base64ToBytes } from '../shared/bytes/bytes';
import { CAPTURE_SPACING_MS, spacedCalls } from '../shared/pictures/rate-limiter';

export interface TabPictures {
  /** PNG of what the tab shows now; the tab must be the one in front in its window. */
  captureVisible(tabId: number, windowId: number): Promise<Uint8Array>;
  mhtml(tabId: number): Promise<Uint8Array>;
}

// The quota is per extension, so one spacing for every tab. Module state on purpose: if the
// worker is restarted the spacing starts afresh, and the one retry below covers that case.
const spaced = spacedCalls(CAPTURE_SPACING_MS);

export const browserTabPictures: TabPictures = {
  async captureVisible(tabId, windowId) {
    const take = () => spaced(() => captureOnce(tabId, windowId));
    try {
      return await take();
    } catch (error) {
      if (!/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(String((error as Error | null)?.message))) throw error;
      return take();
    }
  },
  async mhtml(tabId) {
    const pageCapture = mhtmlApi();
    if (pageCapture === null) throw new Error(NO_MHTML);
    // Chromium hands the MHTML over as a temporary file that it sometimes deletes before the
    // worker has read it (NotFoundError, seen in 3 of 12 captures, never twice in a row): ask again.
    for (let attempt = 1; ; attempt++) {
      const blob = await pageCapture.saveAsMHTML({ tabId });
      if (!blob) throw new Error('the browser returned no MHTML');
      try {
        return new Uint8Array(await blob.arrayBuffer());
      } catch (error) {
        if ((error as Error | null)?.name !== 'NotFoundError' || attempt >= MHTML_ATTEMPTS) throw error;
        console.debug(`MHTML attempt ${attempt} failed`);
      }
    }
  },
};

const MHTML_ATTEMPTS = 5;

async function captureOnce(tabId: number, windowId: number): Promise<Uint8Array> {
  // captureVisibleTab pictures whatever tab is in front: never another one than the capture's.
  const tab = await browser.tabs.get(tabId);
  if (!tab.active) throw new Error('the tab was not in front when its picture was due; keep it in front while capturing');
  const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:image/png;base64,') || comma < 0) throw new Error('the browser returned no PNG');
  return base64ToBytes(dataUrl.slice(comma + 1));
}
