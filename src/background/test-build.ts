// Only in the test builds (EVIDENCE_TEST_BUILD=1, never shipped): Firefox refuses a test's
// navigation to moz-extension:// pages, so the extension opens its dashboard itself once
// installed, and the Firefox end-to-end test drives it from there.
import browser from 'webextension-polyfill';

export async function openDashboardForTests(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('src/ui/dashboard/index.html') });
}
