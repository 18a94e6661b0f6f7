// Dashboard entry point.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../styles/base.css';
import './dashboard.css';
import { DashboardApp } from './dashboard-app';
import { browserTrustedTime } from './export/browser-trusted-time';
import { t } from '../components/translate';
import { openPageDb } from '../hooks/use-db';
import { applyPageLanguage } from '../../shared/locale/page-language';

const manifest = browser.runtime.getManifest();
// The manifest's name is a __MSG_ placeholder; bundles record the name the user sees.
const software = { name: t('extName', 'Evidence Locker for Upwork'), version: manifest.version };

applyPageLanguage(document.documentElement);
document.title = t('dashboard_title', 'Evidence Locker — Dashboard');
openPageDb();
const root = document.getElementById('app');
if (root) render(<DashboardApp software={software} trustedTime={browserTrustedTime} />, root);
