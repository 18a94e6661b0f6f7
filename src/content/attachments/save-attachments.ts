// The capture step that saves the files messages link to: after the messages are read, each
// Upwork attachment link whose file is not stored yet is downloaded (3 at a time), hashed and
// staged as attachments/<sha256>.<ext>. A failed download is written on the attachment and in
// the capture's actions; it never fails the capture. Only a cancel (the signal) stops the step.
import type { StoredAttachmentFile } from '../../shared/messages';
import type { Attachment, AttachmentSettings, CaptureFile, ExtractedMessage } from '../../shared/model';
import { attachmentPath, isCompressible } from '../../shared/attachment-files';
import { errorText } from '../../shared/messaging';
import { downloadAttachment, type DownloadLimits, type FetchLike } from './attachment-download';
import { mapLimit } from './map-limit';
import { savedSummary, type Outcome } from './attachment-summary';
import { t } from '../status-words';

export interface AttachmentSaving {
  signal: AbortSignal;
  progress(text: string): void;
  settings(): Promise<AttachmentSettings>;
  /** Files already stored for these links (from earlier captures). */
  storedFiles(urls: string[]): Promise<StoredAttachmentFile[]>;
  fetchFile: FetchLike;
  stage(file: CaptureFile, bytes: Uint8Array, compress: boolean): Promise<void>;
  idleMs?: number;
  totalMs?: number;
  concurrency?: number;
}

export interface SavedAttachments {
  messages: ExtractedMessage[];
  /** Staged files for the commit's `files`. */
  files: CaptureFile[];
  actions: string[];
}

const TURNED_OFF = 'not saved: saving attachment files is turned off in settings';
const NO_LINK = 'not saved: the page showed no Upwork download link for it';

export async function saveAttachmentFiles(messages: ExtractedMessage[], saving: AttachmentSaving): Promise<SavedAttachments> {
  const attachments = messages.flatMap((m) => m.attachments);
  if (attachments.length === 0) return { messages, files: [], actions: [] };
  const names = new Map<string, string>();
  for (const a of attachments) if (a.url !== null && !names.has(a.url)) names.set(a.url, a.name);
  const urls = [...names.keys()];
  const outcomes = new Map<string, Outcome>();
  const files = new Map<string, CaptureFile>();
  const staging = new Map<string, Promise<void>>();

  const settings = await saving.settings().catch((error: unknown) => ({ unreadable: errorText(error) }));
  if ('unreadable' in settings || !settings.saveFiles) {
    const why = 'unreadable' in settings ? `not saved: the settings could not be read (${settings.unreadable})` : TURNED_OFF;
    for (const url of urls) outcomes.set(url, { error: why, short: '' });
    const action = 'unreadable' in settings ? `attachment files not saved: the settings could not be read (${settings.unreadable})` : 'attachment files not saved: turned off in settings';
    return { messages: applyOutcomes(messages, outcomes), files: [], actions: [action] };
  }

  const stored = await saving.storedFiles(urls).catch(() => []);
  for (const f of stored) outcomes.set(f.url, { sha256: f.sha256, savedBytes: f.savedBytes, mediaType: f.mediaType, known: true });
  const toFetch = urls.filter((url) => !outcomes.has(url));
  const limits: DownloadLimits = { maxMegabytes: settings.maxMegabytes, idleMs: saving.idleMs ?? 60_000, totalMs: saving.totalMs ?? 10 * 60_000 };
  let done = 0;
  if (toFetch.length > 0) saving.progress(t('capture_progress_attachments', 'Saving attachments… $1 of $2', 0, toFetch.length));
  await mapLimit(toFetch, saving.concurrency ?? 3, async (url) => {
    const name = names.get(url) ?? '';
    outcomes.set(url, await saveOne(url, name, limits, saving, { files, staging }));
    done += 1;
    saving.progress(t('capture_progress_attachments', 'Saving attachments… $1 of $2', done, toFetch.length));
  });
  saving.signal.throwIfAborted();
  const unlinked = attachments.filter((a) => a.url === null).length;
  return { messages: applyOutcomes(messages, outcomes), files: [...files.values()], actions: savedSummary([...outcomes.values()], unlinked) };
}

interface Staged {
  files: Map<string, CaptureFile>;
  /** One staging per path: links to the same content, downloading side by side, send it once. */
  staging: Map<string, Promise<void>>;
}

async function saveOne(url: string, name: string, limits: DownloadLimits, saving: AttachmentSaving, staged: Staged): Promise<Outcome> {
  const got = await downloadAttachment(url, name, saving.fetchFile, limits, saving.signal);
  if (!got.ok) return { error: got.error, short: got.short };
  const file: CaptureFile = { path: attachmentPath(got.sha256, name), sha256: got.sha256, bytes: got.bytes.length, mediaType: got.mediaType };
  let sending = staged.staging.get(file.path);
  if (!sending) {
    sending = saving.stage(file, got.bytes, isCompressible(got.mediaType));
    staged.staging.set(file.path, sending);
  }
  try {
    await sending;
  } catch (error) {
    if (saving.signal.aborted) throw saving.signal.reason ?? error;
    return { error: `the file could not be kept: ${errorText(error)}`, short: 'could not be kept' };
  }
  staged.files.set(file.path, file);
  return { sha256: got.sha256, savedBytes: got.bytes.length, mediaType: got.mediaType, known: false };
}

function applyOutcomes(messages: ExtractedMessage[], outcomes: ReadonlyMap<string, Outcome>): ExtractedMessage[] {
  return messages.map((m) => (m.attachments.length === 0 ? m : { ...m, attachments: m.attachments.map((a) => withOutcome(a, a.url === null ? undefined : outcomes.get(a.url))) }));
}

function withOutcome(a: Attachment, outcome: Outcome | undefined): Attachment {
  const base = { name: a.name, size: a.size, url: a.url };
  if (!outcome) return { ...base, sha256: null, downloadError: a.url === null ? NO_LINK : 'not saved' };
  if ('error' in outcome) return { ...base, sha256: null, downloadError: outcome.error };
  return { ...base, sha256: outcome.sha256, savedBytes: outcome.savedBytes, mediaType: outcome.mediaType };
}
