// The attachment check of verification: an attachment file is named by its own SHA-256, so each
// file evidence.json says was saved must be in the bundle with exactly that hash. This holds even
// when someone swaps a file and recomputes datapackage.json to match.
import { fileSha256 } from './file-hashes';
import { ATTACHMENT_PATH } from '../../shared/attachment-files';
import { DAMAGED, type Problems } from './verify-problems';

export function checkAttachmentFiles(messages: unknown[], files: ReadonlyMap<string, Uint8Array>, problems: Problems): void {
  for (const message of messages) {
    const { id, attachments } = (message ?? {}) as { id?: unknown; attachments?: unknown };
    for (const attachment of Array.isArray(attachments) ? attachments : []) {
      const { path, sha256 } = (attachment ?? {}) as { path?: unknown; sha256?: unknown };
      if (typeof path !== 'string') continue;
      const named = ATTACHMENT_PATH.exec(path)?.[1];
      if (!named || named !== sha256) {
        problems.add(`evidence.json: an attachment of message ${String(id)} names ${path}, which is not the file of its SHA-256`);
        continue;
      }
      const bytes = files.get(path);
      if (!bytes) {
        if (!problems.has(`missing: ${path}`)) problems.add(`missing: ${path} (the saved file of an attachment of message ${String(id)})`);
      } else if (bytes !== DAMAGED && fileSha256(bytes) !== named) {
        problems.add(`changed: ${path} (its content is not the file evidence.json recorded: the SHA-256 differs from its name)`);
      }
    }
  }
}
