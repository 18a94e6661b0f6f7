// The files of a verified bundle that records may name: capture files under
// captures/<captureId>/ and attachment files under attachments/<sha256>.<ext>. Each is hashed
// here once more, so a stored file is always the bytes its SHA-256 names, whatever the manifest said.
import { attachmentPath } from '../shared/attachment-files';
import type { CaptureFile } from '../shared/model';
import { sha256HexAsync } from '../shared/bytes/hash';
import { unsafeCapturePath } from '../export';
import type { ImportedFile } from '../shared/imported-bundle';
import { refuse } from './refusal';

const MEDIA_TYPE = /^[a-z0-9.+-]{1,100}\/[a-z0-9.+-]{1,100}$/i;

const BY_EXTENSION: Record<string, string> = { html: 'text/html', mhtml: 'multipart/related', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

export class BundleFiles {
  /** The files the records named, by SHA-256: what gets stored. */
  readonly named = new Map<string, ImportedFile>();

  private constructor(
    private readonly byPath: ReadonlyMap<string, { bytes: Uint8Array; sha256: string }>,
    private readonly mediaTypes: ReadonlyMap<string, string>,
  ) {}

  /** Hashes every capture and attachment file of the bundle (off the transaction, with WebCrypto). */
  static async of(files: ReadonlyMap<string, Uint8Array>, mediaTypes: ReadonlyMap<string, string>): Promise<BundleFiles> {
    const byPath = new Map<string, { bytes: Uint8Array; sha256: string }>();
    for (const [path, bytes] of files) {
      if (/^(captures|attachments)\//.test(path)) byPath.set(path, { bytes, sha256: await sha256HexAsync(bytes) });
    }
    return new BundleFiles(byPath, mediaTypes);
  }

  captureFile(path: string, captureId: string, where: string): CaptureFile {
    const unsafe = unsafeCapturePath(path);
    if (unsafe) refuse(`${where} names the file "${path.slice(0, 200)}": ${unsafe}.`);
    if (!path.startsWith(`captures/${captureId}/`)) refuse(`${where} names the file "${path.slice(0, 200)}", which is not under captures/${captureId}/.`);
    const file = this.byPath.get(path);
    if (!file) refuse(`${where} names the file ${path}, which is not in the bundle.`);
    const mediaType = this.mediaType(path, undefined);
    this.keep({ sha256: file.sha256, mediaType, bytes: file.bytes });
    return { path, sha256: file.sha256, bytes: file.bytes.length, mediaType };
  }

  /** An attachment's saved file: at the path its SHA-256 and name give, with exactly that hash. */
  attachmentFile(sha256: string, name: string, recordedType: string | undefined, where: string): void {
    const path = attachmentPath(sha256, name);
    const file = this.byPath.get(path);
    if (!file) refuse(`${where} names a saved file (${path}) that is not in the bundle.`);
    if (file.sha256 !== sha256) refuse(`${where}: the file ${path} is not the file its SHA-256 names.`);
    this.keep({ sha256, mediaType: this.mediaType(path, recordedType), bytes: file.bytes });
  }

  private keep(file: ImportedFile): void {
    if (!this.named.has(file.sha256)) this.named.set(file.sha256, file);
  }

  /** The type recorded for the file, else the manifest's, else a guess from the extension. */
  private mediaType(path: string, recorded: string | undefined): string {
    for (const candidate of [recorded, this.mediaTypes.get(path)]) if (candidate && MEDIA_TYPE.test(candidate)) return candidate;
    return BY_EXTENSION[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
  }
}
