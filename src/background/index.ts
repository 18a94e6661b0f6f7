// Service worker. Listeners are registered synchronously at top level; no state that matters
// lives here (the worker can be killed at any moment): staged files wait in IndexedDB.
import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch } from '../shared/messaging';
import { openEvidenceDb, discardStaleStaging, tallyUncountedRooms } from '../storage';
import { backgroundHandlers } from './handlers';
import { captureActiveTab } from './shortcut';
import { createCaptureMenu, onMenuClick } from './context-menu';
import { browserTabPictures } from './tab-pictures';
import { injectWithScripting } from './capture-code';
import { openDashboardForTests } from './test-build';

const db = openEvidenceDb();
const handlers = backgroundHandlers(db, browser.runtime.getManifest().version, browserTabPictures, injectWithScripting);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(handlers, message, sender, browser.runtime.id));
browser.commands.onCommand.addListener((command) => {
  if (command === 'capture-evidence') void captureActiveTab();
});
browser.runtime.onStartup.addListener(() => void discardStaleStaging(db));
browser.runtime.onInstalled.addListener(() => void discardStaleStaging(db));
browser.runtime.onInstalled.addListener(() => void createCaptureMenu());
// A store kept by an earlier version has rooms without a message tally: each is counted once.
browser.runtime.onInstalled.addListener(() => void tallyUncountedRooms(db));
browser.contextMenus.onClicked.addListener(onMenuClick);

// Test builds only (compiled out otherwise): Firefox lets no test navigate to moz-extension://.
if (__EVIDENCE_TEST_BUILD__) browser.runtime.onInstalled.addListener(() => void openDashboardForTests());
