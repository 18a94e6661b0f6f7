// A message's review in one line: the key-evidence mark, a Tags menu and the note, opened on
// demand so a card stays a few lines tall. Tags already set show as chips; a saved note shows
// as text with its editor one click (or N) away.
import { useEffect, useState } from 'preact/hooks';
import type { Review, Tag } from '../../../shared/model';
import { KeyEvidenceToggle } from './key-evidence-toggle';
import { NoteEditor } from './note-editor';
import { TagToggles } from '../tags/tag-toggles';
import { TagChips } from '../tags/tag-chips';
import { t } from '../translate';

export interface CompactReviewProps {
  review: Review;
  tags: readonly Tag[];
  onToggleTag: (tagId: string, on: boolean) => void;
  onKeyChange: (key: boolean) => void;
  onSaveNote: (note: string) => void;
  /** A panel the keyboard asked for (T, N in the list); each new request (nonce) opens it. */
  request?: { panel: Panel; nonce: number } | null;
}

type Panel = 'tags' | 'note';

export function CompactReview({ review, tags, onToggleTag, onKeyChange, onSaveNote, request = null }: CompactReviewProps) {
  const [panel, setPanel] = useState<Panel | null>(null);
  useEffect(() => {
    if (request) setPanel((now) => (now === request.panel ? null : request.panel));
  }, [request?.nonce]);
  const toggle = (which: Panel) => setPanel(panel === which ? null : which);
  const applied = tags.filter((tag) => review.tags.includes(tag.id));
  return (
    <div class="compact-review">
      <div class="compact-review-bar">
        <KeyEvidenceToggle checked={review.key} onChange={onKeyChange} />
        <kbd aria-hidden="true">E</kbd>
        <button type="button" class="button-small" aria-expanded={panel === 'tags'} aria-keyshortcuts="T" onClick={() => toggle('tags')}>
          {t('review_tags_menu', 'Tags')} <kbd>T</kbd>
        </button>
        <button type="button" class="button-small" aria-expanded={panel === 'note'} aria-keyshortcuts="N" onClick={() => toggle('note')}>
          {review.note ? t('review_note_edit', 'Edit note') : t('review_note_add', 'Add note')} <kbd>N</kbd>
        </button>
        <TagChips tags={applied} label={t('review_tags_set', 'Tags set')} />
      </div>
      {panel === 'tags' && <TagToggles tags={tags} selected={review.tags} label={t('review_tags_for_message', 'Tags for this message')} onToggle={onToggleTag} />}
      {panel === 'note' ? <NoteEditor note={review.note} onSave={onSaveNote} autoFocus /> : review.note && <p class="saved-note">{review.note}</p>}
    </div>
  );
}
