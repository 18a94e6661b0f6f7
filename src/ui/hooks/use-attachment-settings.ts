// The attachment settings, kept live, and their save. Validation lives in storage, so the form
// shows exactly the reason the store gives.
import { useCallback } from 'preact/hooks';
import type { AttachmentSettings } from '../../shared/model';
import { getAttachmentSettings, setAttachmentSettings, type EvidenceDb } from '../../storage';
import { useLiveQuery } from './use-live-query';

export function useAttachmentSettings(db: EvidenceDb) {
  const settings = useLiveQuery(() => getAttachmentSettings(db), [db]);
  const save = useCallback((next: AttachmentSettings) => setAttachmentSettings(db, next), [db]);
  return { settings, save };
}
