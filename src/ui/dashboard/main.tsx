// Dashboard entry point.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import './dashboard.css';
import { DashboardApp } from './dashboard-app';
import { browserTrustedTime } from './export/browser-trusted-time';
import { t } from '../components/translate';
import { pageDb } from '../hooks/use-db';
import { warmSearch } from '../../storage';
import { beginFromFirstRead, firstFrameDrawn } from '../hooks/page-opening/first-view';
import { beginFirstRead } from './first-read';
import { applyPageLanguage } from '../../shared/locale/page-language';

const FIRST_READ_WAIT_MS = 300;

const manifest = browser.runtime.getManifest();
// The manifest's name is a __MSG_ placeholder; bundles record the name the user sees.
const software = { name: t('extName', 'Evidence Locker for Upwork'), version: manifest.version };

applyPageLanguage(document.documentElement);
document.title = t('dashboard_title', 'Evidence Locker — Dashboard');
const db = pageDb();
// The first frame is drawn with what the page shows first: the read, begun by the page's first
// script (first-read-script.ts) while these modules loaded, takes a few milliseconds more, less
// than drawing an empty dashboard and drawing it again would. A read that has not answered by
// FIRST_READ_WAIT_MS is not waited for.
void Promise.race([beginFirstRead(), new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_READ_WAIT_MS))]).then((read) => {
  beginFromFirstRead(db, read);
  // Drawn from the read, the first frame needs nothing of Dexie: the store is opened, and the newest
  // shard of the words index read (a reader may type as soon as the messages show), once that frame
  // is on screen, so neither runs between the read's answers and the frame. Otherwise at once.
  void (firstFrameDrawn() ?? Promise.resolve()).then(() => {
    db.open().catch(() => undefined);
    void warmSearch(db);
  });
  const root = document.getElementById('app');
  if (root) render(<DashboardApp software={software} trustedTime={browserTrustedTime} />, root);
});
