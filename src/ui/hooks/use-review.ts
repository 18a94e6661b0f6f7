// The review writes (tags, notes, key evidence, custom tags) bound to one database. Containers
// decide what to do with a failure; each write records its own custody event in storage.
import { useMemo } from 'preact/hooks';
import type { Tag } from '../../shared/model';
import { addCustomTag, setKey, setNote, setTag, setTagColour, type EvidenceDb, type Subject } from '../../storage';

export interface ReviewActions {
  toggleTag(subject: Subject, tagId: string, on: boolean): Promise<void>;
  saveNote(subject: Subject, note: string): Promise<void>;
  markKey(subject: Subject, key: boolean): Promise<void>;
  addTag(label: string, color?: string): Promise<Tag>;
  recolourTag(tagId: string, color: string): Promise<void>;
}

export function useReview(db: EvidenceDb): ReviewActions {
  return useMemo(
    () => ({
      toggleTag: (subject, tagId, on) => setTag(db, subject, tagId, on),
      saveNote: (subject, note) => setNote(db, subject, note),
      markKey: (subject, key) => setKey(db, subject, key),
      addTag: (label, color) => addCustomTag(db, label, color),
      recolourTag: (tagId, color) => setTagColour(db, tagId, color),
    }),
    [db],
  );
}
