// The statement for Upwork's dispute form: the generated draft until the user saves their own,
// a character count against the form's limit (an assumption, said so), and Copy.
import { useEffect, useState } from 'preact/hooks';
import { STATEMENT_LIMIT, STATEMENT_LIMIT_NOTE } from '../../shared/cases/statement';

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
      setNote('Copied.');
    } catch {
      setNote('The browser did not allow copying: select the text and copy it.');
    }
  };

  return (
    <section class="case-section" aria-label="Statement">
      <h3>Statement</h3>
      <label class="note-label">
        <span>Statement{saved ? '' : ' (draft generated from the case)'}</span>
        <textarea rows={12} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <p class={over > 0 ? 'error' : 'muted'} title={STATEMENT_LIMIT_NOTE}>
        {text.length.toLocaleString()} of {STATEMENT_LIMIT.toLocaleString()} characters{over > 0 ? `: ${over.toLocaleString()} too many for the form` : ''}. {STATEMENT_LIMIT_NOTE}
      </p>
      <div class="export-actions">
        <button type="button" onClick={() => void onSave(text).then(() => setNote('Saved.'), (e: unknown) => setNote(`Could not save: ${String(e)}`))}>Save statement</button>
        <button type="button" onClick={() => void copy()}>Copy</button>
        {saved && <button type="button" onClick={() => setText(draft)}>Draft again from the case</button>}
      </div>
      {note && <p class="muted" role="status">{note}</p>}
    </section>
  );
}
