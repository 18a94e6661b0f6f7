// What the attachment step needs from the background: the user's settings, which files are
// stored already (so they are not fetched again), and a place to stage the new ones. The one
// implementation over the extension's messaging is ports/runtime-ports.ts; tests pass a fake.
import type { StoredAttachmentFile } from '../../shared/messages';
import type { AttachmentSettings, CaptureFile } from '../../shared/model';

export interface AttachmentPort {
  settings(): Promise<AttachmentSettings>;
  /** Files already stored for these links of the conversation (from earlier captures). */
  storedFiles(conversationId: string, urls: string[]): Promise<StoredAttachmentFile[]>;
  /** Stages one file under the capture; `compress` for text-like files (see ports/stage-file.ts). */
  stage(captureId: string, file: CaptureFile, bytes: Uint8Array, compress: boolean, signal: AbortSignal): Promise<void>;
}
