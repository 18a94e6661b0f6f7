// Dashboard entry point.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../styles/base.css';
import './dashboard.css';
import { DashboardApp } from './dashboard-app';
import { browserTrustedTime } from './browser-trusted-time';

const manifest = browser.runtime.getManifest();
const software = { name: manifest.name, version: manifest.version };

const root = document.getElementById('app');
if (root) render(<DashboardApp software={software} trustedTime={browserTrustedTime} />, root);
