// The user's settings, kept in IndexedDB so the dashboard (which writes them) and the service
// worker (which hands them to the content script) read the same values.
import { ATTACHMENT_MEGABYTES_RANGE, DEFAULT_ATTACHMENT_SETTINGS, type AttachmentSettings } from '../../shared/model';
import type { EvidenceDb } from '../db';

const { min: MIN_ATTACHMENT_MEGABYTES, max: MAX_ATTACHMENT_MEGABYTES } = ATTACHMENT_MEGABYTES_RANGE;

/** Why these settings cannot be saved, in plain words; null when they can. */
export function attachmentSettingsProblem(settings: AttachmentSettings): string | null {
  if (typeof settings.saveFiles !== 'boolean') return 'Choose whether to save attachment files.';
  const mb = settings.maxMegabytes;
  if (typeof mb !== 'number' || !Number.isInteger(mb) || mb < MIN_ATTACHMENT_MEGABYTES || mb > MAX_ATTACHMENT_MEGABYTES) {
    return `Enter a whole number of megabytes from ${MIN_ATTACHMENT_MEGABYTES} to ${MAX_ATTACHMENT_MEGABYTES}.`;
  }
  return null;
}

/** The stored settings, or the defaults when none are stored (or the stored row is unusable). */
export async function getAttachmentSettings(db: EvidenceDb): Promise<AttachmentSettings> {
  const row = await db.settings.get('attachments');
  if (!row || row.key !== 'attachments' || attachmentSettingsProblem(row)) return { ...DEFAULT_ATTACHMENT_SETTINGS };
  return { saveFiles: row.saveFiles, maxMegabytes: row.maxMegabytes };
}

export async function setAttachmentSettings(db: EvidenceDb, settings: AttachmentSettings): Promise<AttachmentSettings> {
  const problem = attachmentSettingsProblem(settings);
  if (problem) throw new Error(problem);
  const clean = { saveFiles: settings.saveFiles, maxMegabytes: settings.maxMegabytes };
  await db.settings.put({ key: 'attachments', ...clean });
  return clean;
}
