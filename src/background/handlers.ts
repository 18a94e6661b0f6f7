// The background's handlers for BackgroundProtocol. Captures are accepted only from our content
// script in an upwork.com tab.
import { NO_MHTML } from './browser-differences';
import type { BackgroundProtocol } from '../shared/messages';
import type { Handlers, SenderInfo } from '../shared/messaging';
import { pageImageHandlers } from './page-image-handlers';
import { timeStampHandlers } from './time-stamp-handler';
import type { TabPictures } from './tab-pictures';
import type { InjectCaptureCode } from './capture-code';
import {
  discardStaged, getAttachmentSettings, isDiskFull, stageChunk, storeCapture, storePageCapture, storedAttachmentFiles, storedCaptureResult, storedPageCaptureResult,
  takeStagedAttachments, takeStagedFiles, type EvidenceDb,
} from '../storage';

const UPWORK_ORIGIN = 'https://www.upwork.com';

function requireUpworkTab(sender: SenderInfo): void {
  const url = sender.tab?.url ?? sender.url;
  if (!url || new URL(url).origin !== UPWORK_ORIGIN) throw new Error('Captures are only accepted from upwork.com pages.');
}

/** Without `pictures` (unit tests) the MHTML and screenshot messages answer that the browser offers none. */
export function backgroundHandlers(db: EvidenceDb, extensionVersion: string, pictures: TabPictures = NO_PICTURES, injectCaptureCode: InjectCaptureCode = NO_INJECTION): Handlers<BackgroundProtocol> {
  return {
    ...pageImageHandlers(db, pictures),
    ...timeStampHandlers(db),
    'capture.stageFile': async (input, sender) => {
      requireUpworkTab(sender);
      try {
        return { received: await stageChunk(db, input) };
      } catch (error) {
        throw storageError(error);
      }
    },
    'capture.commit': async (input, sender) => {
      requireUpworkTab(sender);
      if (new URL(input.url).origin !== UPWORK_ORIGIN) throw new Error('Only upwork.com pages can be captured.');
      // A save sent again because its answer was lost gets the first one's answer (capture-replay.ts).
      const replay = await storedCaptureResult(db, input);
      if (replay) return replay;
      try {
        // The page copy must arrive whole; an attachment file that did not is only left out.
        const pageFiles = input.files.filter((f) => !f.path.startsWith('attachments/'));
        const attachmentFiles = input.files.filter((f) => f.path.startsWith('attachments/'));
        const blobs = [...(await takeStagedFiles(db, input.captureId, pageFiles)), ...(await takeStagedAttachments(db, input.captureId, attachmentFiles))];
        return await storeCapture(db, input, { extensionVersion, blobs });
      } catch (error) {
        // Its twin may have stored it meanwhile (a retry that overtook a slow first arrival).
        const stored = await storedCaptureResult(db, input).catch(() => null);
        if (stored) return stored;
        await discardStaged(db, input.captureId);
        throw storageError(error);
      }
    },
    'capture.commitPage': async (input, sender) => {
      requireUpworkTab(sender);
      if (new URL(input.url).origin !== UPWORK_ORIGIN) throw new Error('Only upwork.com pages can be captured.');
      const replay = await storedPageCaptureResult(db, input);
      if (replay) return replay;
      try {
        const blobs = await takeStagedFiles(db, input.captureId, input.files);
        return await storePageCapture(db, input, { extensionVersion, blobs });
      } catch (error) {
        const stored = await storedPageCaptureResult(db, input).catch(() => null);
        if (stored) return stored;
        await discardStaged(db, input.captureId);
        throw storageError(error);
      }
    },
    'capture.discard': async ({ captureId }, sender) => {
      requireUpworkTab(sender);
      return { discarded: (await discardStaged(db, captureId)) > 0 };
    },
    'capture.loadCaptureCode': async (_input, sender) => {
      requireUpworkTab(sender);
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('Captures are only accepted from upwork.com pages.');
      await injectCaptureCode(tabId, sender.frameId ?? 0);
      return { loaded: true };
    },
    'capture.attachmentSettings': async (_input, sender) => {
      requireUpworkTab(sender);
      return getAttachmentSettings(db);
    },
    'capture.storedAttachments': async ({ conversationId, urls }, sender) => {
      requireUpworkTab(sender);
      if (!Array.isArray(urls) || urls.some((u) => typeof u !== 'string')) throw new Error('The attachment links must be a list of URLs.');
      return { files: await storedAttachmentFiles(db, String(conversationId), urls) };
    },
  };
}

const NO_INJECTION: InjectCaptureCode = () => Promise.reject(new Error('this browser cannot bring the capture code into the tab'));

const NO_PICTURES: TabPictures = {
  captureVisible: () => Promise.reject(new Error('this browser takes no screenshots here')),
  mhtml: () => Promise.reject(new Error(NO_MHTML)),
};

/** Plain words for a full disk; other errors already speak plainly. */
function storageError(error: unknown): unknown {
  if (isDiskFull(error)) {
    return new Error('the disk is full, so nothing was stored. Free some space and capture again; your earlier evidence is untouched.');
  }
  return error;
}
