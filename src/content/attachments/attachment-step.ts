// Wires the attachment step to the live page and the background: settings and already-stored
// files come from the service worker, files are fetched with the page's session (see
// attachment-download.ts for why), and staged like the page copy.
import type { CaptureSession } from '../capture-session';
import { sendToBackground } from '../ports/runtime';
import type { AttachmentSaving } from './save-attachments';
import { stageFile } from '../ports/stage-file';

export function attachmentSaving(captureId: string, conversationId: string, session: CaptureSession): AttachmentSaving {
  const signal = session.signal;
  return {
    signal,
    progress: (text) => session.progress(text),
    settings: () => sendToBackground('capture.attachmentSettings', {}),
    storedFiles: async (urls) => (await sendToBackground('capture.storedAttachments', { conversationId, urls })).files,
    fetchFile: (url, init) => fetch(url, init),
    stage: (file, bytes, compress) => stageFile(captureId, file, bytes, signal, compress),
  };
}
