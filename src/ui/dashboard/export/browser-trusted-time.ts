// The dashboard's trusted-time services over webextension-polyfill.
import browser from 'webextension-polyfill';
import type { BackgroundProtocol } from '../../../shared/messaging/messages';
import { unwrap, type Envelope, type OutputOf } from '../../../shared/messaging/messaging';
import type { TrustedTimeServices } from './trusted-time';

export const browserTrustedTime: TrustedTimeServices = {
  askTimeStamp: async (signature) => {
    const envelope: Envelope<BackgroundProtocol, 'export.timeStamp'> = { type: 'export.timeStamp', input: { signature } };
    return unwrap<OutputOf<BackgroundProtocol, 'export.timeStamp'>>(await browser.runtime.sendMessage(envelope));
  },
  // Called synchronously from the click: the polyfill calls chrome.permissions.request at once.
  requestHostAccess: (originPattern) => browser.permissions.request({ origins: [originPattern] }),
};
