// The statement for Upwork's dispute form: the generated draft until the user saves their own,
// a character count against the form's limit (an assumption, said so), and Copy.
import { useEffect, useState } from 'preact/hooks';
import { STATEMENT_LIMIT, STATEMENT_LIMIT_NOTE } from '../../../shared/cases/statement';
import { t } from '../translate';

interface CaseStatementProps {
  saved: string;
  draft: string;
  onSave: (text: string) => Promise<unknown>;
}

export function CaseStatement({ saved, draft, onSave }: CaseStatementProps) {
  const [text, setText] = useState(saved || draft);
  const [note, setNote] = useState('');
  // A draft follows the evidence until the user saves their own words.
  useEffect(() => setText(saved || draft), [saved, saved ? '' : draft]);
  const over = text.length - STATEMENT_LIMIT;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(t('case_statement_copied', 'Copied.'));
    } catch {
      setNote(t('case_statement_copy_refused', 'The browser did not allow copying: select the text and copy it.'));
    }
  };

  return (
    <section class="case-section" aria-label={t('case_statement', 'Statement')}>
      <h3>{t('case_statement', 'Statement')}</h3>
      <label class="note-label">
        <span>{saved ? t('case_statement', 'Statement') : t('case_statement_draft', 'Statement (draft generated from the case)')}</span>
        <textarea rows={12} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <p class={over > 0 ? 'error' : 'muted'} title={STATEMENT_LIMIT_NOTE}>
        {over > 0
          ? t('case_statement_over', '$1 of $2 characters: $3 too many for the form.', text.length.toLocaleString(), STATEMENT_LIMIT.toLocaleString(), over.toLocaleString())
          : t('case_statement_length', '$1 of $2 characters.', text.length.toLocaleString(), STATEMENT_LIMIT.toLocaleString())}{' '}
        {STATEMENT_LIMIT_NOTE}
      </p>
      <div class="export-actions">
        <button type="button" onClick={() => void onSave(text).then(() => setNote('Saved.'), (e: unknown) => setNote(t('save_failed', 'Could not save: $1', String(e))))}>{t('case_save_statement', 'Save statement')}</button>
        <button type="button" onClick={() => void copy()}>{t('case_statement_copy', 'Copy')}</button>
        {saved && <button type="button" onClick={() => setText(draft)}>{t('case_statement_redraft', 'Draft again from the case')}</button>}
      </div>
      {note && <p class="muted" role="status">{note}</p>}
    </section>
  );
}
