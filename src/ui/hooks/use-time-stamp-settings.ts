// The trusted-time settings, kept live, and their save (validation lives in storage).
import { useCallback } from 'preact/hooks';
import type { TimeStampSettings } from '../../shared/proof/time-stamp-authorities';
import { getTimeStampSettings, setTimeStampSettings, type EvidenceDb } from '../../storage';
import { useLiveQuery } from './use-live-query';

export function useTimeStampSettings(db: EvidenceDb) {
  const settings = useLiveQuery(() => getTimeStampSettings(db), [db]);
  const save = useCallback((next: TimeStampSettings) => setTimeStampSettings(db, next), [db]);
  return { settings, save };
}
