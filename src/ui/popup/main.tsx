// Popup entry point: wires the real browser into the popup's containers.
import { render } from 'preact';
import '../styles/base.css';
import './popup.css';
import { browserActiveTab, browserNavigation } from './browser-tab';
import { PopupApp } from './popup-app';

const root = document.getElementById('app');
if (root) render(<PopupApp tab={browserActiveTab()} navigation={browserNavigation} />, root);
