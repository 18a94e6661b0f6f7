// The captures a conversation or terms record names, kept live, read by key (never a scan of
// every capture).
import type { StoredCapture } from '../../shared/model';
import { capturesById, type EvidenceDb } from '../../storage';
import { useLiveQuery } from './use-live-query';

export function useRecordCaptures(db: EvidenceDb, captureIds: readonly string[] | undefined): StoredCapture[] | undefined {
  const key = captureIds?.join(',');
  return useLiveQuery(() => (captureIds ? capturesById(db, captureIds) : Promise.resolve(undefined)), [db, key]);
}
