// Wires the attachment step to the live page and its port to the background: settings and
// already-stored files come from the background, files are fetched with the page's session (see
// attachment-download.ts for why), and staged like the page copy.
import type { CaptureSession } from '../capture-session';
import type { AttachmentPort } from './attachment-port';
import type { AttachmentSaving } from './save-attachments';

export function attachmentSaving(captureId: string, conversationId: string, session: CaptureSession, port: AttachmentPort): AttachmentSaving {
  const signal = session.signal;
  return {
    signal,
    progress: (text) => session.progress(text),
    settings: () => port.settings(),
    storedFiles: (urls) => port.storedFiles(conversationId, urls),
    fetchFile: (url, init) => fetch(url, init),
    stage: (file, bytes, compress) => port.stage(captureId, file, bytes, compress, signal),
  };
}
