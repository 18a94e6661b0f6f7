// A note kept as a local draft and saved on "Save note" or when focus leaves the field, so a
// reviewer never loses words by clicking elsewhere. Saving an unchanged draft does nothing.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../translate';

interface NoteEditorProps {
  note: string;
  onSave: (note: string) => void;
  /** Opened on demand: the reviewer asked to write, so the cursor goes there. */
  autoFocus?: boolean;
}

export function NoteEditor({ note, onSave, autoFocus = false }: NoteEditorProps) {
  const [draft, setDraft] = useState(note);
  const saved = useRef(note);

  // A note changed elsewhere (another page) replaces the draft only if nothing is being typed.
  useEffect(() => {
    setDraft((current) => (current === saved.current ? note : current));
    saved.current = note;
  }, [note]);

  const save = () => {
    if (draft === saved.current) return;
    saved.current = draft;
    onSave(draft);
  };

  return (
    <div class="note-editor">
      <label class="note-label">
        <span>{t('note', 'Note')}</span>
        <textarea rows={2} value={draft} autoFocus={autoFocus} onInput={(e) => setDraft(e.currentTarget.value)} onBlur={save} />
      </label>
      <button type="button" class="button-small" onClick={save}>
        {t('note_save', 'Save note')}
      </button>
      <span class="muted" aria-live="polite"> {saveState(draft, saved.current, note)}</span>
    </div>
  );
}

/** "Saved" only once the stored note (the prop, read back from the store) equals the draft. */
function saveState(draft: string, lastSaved: string, stored: string): string {
  if (draft === stored) return draft ? t('settings_saved', 'Saved') : '';
  return draft === lastSaved ? t('note_saving', 'Saving…') : t('note_unsaved', 'Unsaved');
}
