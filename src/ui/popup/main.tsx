// Popup entry point: wires the real browser into the popup's containers.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import './popup.css';
import { browserTrustedTime } from '../dashboard/export/browser-trusted-time';
import { browserActiveTab, browserNavigation } from './browser-tab';
import { PopupApp } from './popup-app';
import { openPageDb } from '../hooks/use-db';
import { applyPageLanguage } from '../../shared/locale/page-language';
import { t } from '../components/translate';

const manifest = browser.runtime.getManifest();
const software = { name: t('extName', 'Evidence Locker for Upwork'), version: manifest.version };

document.title = t('productName', 'Evidence Locker');
applyPageLanguage(document.documentElement);
openPageDb();
const root = document.getElementById('app');
if (root) render(<PopupApp tab={browserActiveTab()} navigation={browserNavigation} software={software} trustedTime={browserTrustedTime} />, root);
