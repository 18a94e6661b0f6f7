// The case picker: cases by name, and `New case` to start one (its name in `Case name`).
import { useState } from 'preact/hooks';
import { errorText } from '../../../shared/messaging/messaging';
import type { DisputeCase } from '../../../shared/model';
import { t } from '../translate';
import { drawnOnChange } from '../drawn-on-change';

interface CaseNavProps {
  cases: readonly DisputeCase[];
  selectedId: string | undefined;
  onSelect: (caseId: string | undefined) => void;
  onCreate: (name: string) => Promise<DisputeCase>;
}

function CaseNavContent({ cases, selectedId, onSelect, onCreate }: CaseNavProps) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const create = async (event: Event) => {
    event.preventDefault();
    try {
      const made = await onCreate(name);
      setName('');
      setNaming(false);
      setError(null);
      onSelect(made.id);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <nav class="case-nav" aria-label={t('case_nav', 'Cases')}>
      <h2 class="settings-heading">{t('case_nav', 'Cases')}</h2>
      {cases.length > 0 && (
        <ul>
          {cases.map((c) => (
            <li key={c.id}>
              <button type="button" class="conversation-button" aria-current={selectedId === c.id ? 'true' : undefined} onClick={() => onSelect(selectedId === c.id ? undefined : c.id)}>
                <span class="conversation-title">{c.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {naming ? (
        <form class="add-tag" onSubmit={create}>
          <label class="field">
            <span>{t('caseName', 'Case name')}</span>
            <input type="text" value={name} maxLength={120} onInput={(e) => setName(e.currentTarget.value)} autoFocus />
          </label>
          <button type="submit">{t('case_create', 'Create case')}</button>
          {error && <p class="error" role="alert">{error}</p>}
        </form>
      ) : (
        <button type="button" onClick={() => setNaming(true)}>{t('newCase', 'New case')}</button>
      )}
    </nav>
  );
}

/** Drawn again only when what it shows changes, not on each of the dashboard's renders. */
export const CaseNav = drawnOnChange<CaseNavProps>(CaseNavContent);
