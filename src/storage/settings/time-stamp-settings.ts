// Trusted-time settings, beside the attachment settings in the settings table (a row keyed
// 'timeStamp'; absent means off). The dashboard writes them once the browser has granted the
// authority's host; the service worker reads them at export.
import { authorityUrlProblem, DEFAULT_TIME_STAMP_SETTINGS, type TimeStampSettings } from '../../shared/proof/time-stamp-authorities';
import type { EvidenceDb } from '../db';

function problem(settings: TimeStampSettings): string | null {
  if (typeof settings.enabled !== 'boolean') return 'Choose whether to add a trusted time.';
  return typeof settings.authorityUrl === 'string' ? authorityUrlProblem(settings.authorityUrl) : 'Enter the authority’s address.';
}

export async function getTimeStampSettings(db: EvidenceDb): Promise<TimeStampSettings> {
  const row = await db.settings.get('timeStamp');
  if (!row || row.key !== 'timeStamp' || problem(row)) return { ...DEFAULT_TIME_STAMP_SETTINGS };
  return { enabled: row.enabled, authorityUrl: row.authorityUrl };
}

export async function setTimeStampSettings(db: EvidenceDb, settings: TimeStampSettings): Promise<TimeStampSettings> {
  const reason = problem(settings);
  if (reason) throw new Error(reason);
  const clean = { enabled: settings.enabled, authorityUrl: settings.authorityUrl.trim() };
  await db.settings.put({ key: 'timeStamp', ...clean });
  return clean;
}
