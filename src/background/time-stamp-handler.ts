// The service worker's side of trusted time: at export the dashboard hands it the bundle's
// signature, and it asks the authority the user chose in Settings (only the hash leaves the
// machine). The worker does it because authorities send no CORS headers; the host permission
// the user granted for that authority lets the worker's request through.
import { requestTimeStamp, type TimeStampClientOptions } from '../export';
import { fromBase64 } from '../shared/bytes/base64';
import type { BackgroundProtocol } from '../shared/messaging/messages';
import type { Handlers, SenderInfo } from '../shared/messaging/messaging';
import { getTimeStampSettings, type EvidenceDb } from '../storage';

/** Only the extension's own pages export; a content script (an upwork.com tab) may not ask. */
function requireExtensionPage(sender: SenderInfo): void {
  const protocol = sender.url ? new URL(sender.url).protocol : '';
  if (protocol !== 'chrome-extension:' && protocol !== 'moz-extension:') throw new Error('Time stamps are only taken for exports from the dashboard.');
}

export function timeStampHandlers(db: EvidenceDb, client: TimeStampClientOptions = {}): Pick<Handlers<BackgroundProtocol>, 'export.timeStamp'> {
  return {
    'export.timeStamp': async ({ signature }, sender) => {
      requireExtensionPage(sender);
      const settings = await getTimeStampSettings(db);
      if (!settings.enabled) return { status: 'off' };
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = fromBase64(String(signature));
      } catch {
        return { status: 'failed', reason: 'the bundle’s signature is not base64' };
      }
      try {
        return { status: 'stamped', stamp: await requestTimeStamp(settings.authorityUrl, bytes, client) };
      } catch (error) {
        return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
