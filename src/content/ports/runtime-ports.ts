// The one implementation of the ports to the background, over the extension's messaging: the
// capture steps' (capture/capture-port.ts, page-copy/page-copy-port.ts,
// attachments/attachment-port.ts) and the always-on script's own. Nothing else in src/content
// talks to the extension's runtime (tests/unit/architecture.test.ts).
import type { ContentProtocol } from '../../shared/messages';
import type { Handlers } from '../../shared/messaging';
import type { CapturePorts } from '../capture/capture-port';
import type { PageData } from '../history/page-data';
import { pageWorldHistoryPort } from './page-world-port';
import { handleContentMessages, sendToBackground } from './runtime';
import { stageFile } from './stage-file';

/** What the script on every Upwork page needs: the popup's and shortcut's messages, and the capture code. */
export interface PagePort {
  listen(handlers: Handlers<ContentProtocol>): void;
  /** Asks the background to inject the capture code into this tab (see ../capture-code.ts). */
  injectCaptureCode(): Promise<unknown>;
}

export const runtimePagePort: PagePort = {
  listen: handleContentMessages,
  injectCaptureCode: () => sendToBackground('capture.loadCaptureCode', {}),
};

export function runtimePorts(win: Window, pageData: PageData): CapturePorts {
  return {
    capture: {
      commitRoom: (input) => sendToBackground('capture.commit', input),
      commitPage: (input) => sendToBackground('capture.commitPage', input),
      discard: async (captureId) => void (await sendToBackground('capture.discard', { captureId })),
    },
    history: pageWorldHistoryPort(win, pageData),
    pageCopy: {
      // The page copy is always sent compressed: HTML shrinks about tenfold.
      stage: (captureId, file, bytes, signal) => stageFile(captureId, file, bytes, signal, true),
      mhtml: async (captureId) => (await sendToBackground('capture.pageMhtml', { captureId })).file,
      screenshotView: (captureId, view) => sendToBackground('capture.screenshotView', { captureId, view }),
      stitchScreenshots: (input) => sendToBackground('capture.stitchScreenshots', input),
    },
    attachments: {
      settings: () => sendToBackground('capture.attachmentSettings', {}),
      storedFiles: async (conversationId, urls) => (await sendToBackground('capture.storedAttachments', { conversationId, urls })).files,
      stage: (captureId, file, bytes, compress, signal) => stageFile(captureId, file, bytes, signal, compress),
    },
  };
}
