// What a reviewer adds to a record (a message, or a contract's terms): tags, the key-evidence
// mark and a note. One set of controls so both read and behave alike.
import type { Review, Tag } from '../../../shared/model';
import { KeyEvidenceToggle } from './key-evidence-toggle';
import { NoteEditor } from './note-editor';
import { TagToggles } from '../tags/tag-toggles';

export interface ReviewControlsProps {
  review: Review;
  tags: readonly Tag[];
  /** Names the group for screen readers, e.g. "Tags for this message". */
  tagsLabel: string;
  onToggleTag: (tagId: string, on: boolean) => void;
  onKeyChange: (key: boolean) => void;
  onSaveNote: (note: string) => void;
}

export function ReviewControls({ review, tags, tagsLabel, onToggleTag, onKeyChange, onSaveNote }: ReviewControlsProps) {
  return (
    <div class="review-controls">
      <TagToggles tags={tags} selected={review.tags} label={tagsLabel} onToggle={onToggleTag} />
      <KeyEvidenceToggle checked={review.key} onChange={onKeyChange} />
      <NoteEditor note={review.note} onSave={onSaveNote} />
    </div>
  );
}
