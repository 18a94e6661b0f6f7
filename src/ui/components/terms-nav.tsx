// The contracts and other terms pages captured, each a button named by its title; a record
// whose terms changed between captures says so.
import type { StoredTerms } from '../../shared/model';

const KIND: Record<StoredTerms['kind'], string> = { contract: 'Contract', timesheet: 'Timesheet', 'job-post': 'Job post', offer: 'Offer', proposal: 'Proposal' };

interface TermsNavProps {
  terms: readonly StoredTerms[];
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
}

export function TermsNav({ terms, selectedId, onSelect }: TermsNavProps) {
  if (terms.length === 0) return null;
  return (
    <nav class="conversation-nav" aria-label="Contracts and terms">
      <h2 class="nav-heading">Contracts and terms</h2>
      <ul>
        {terms.map((t) => (
          <li key={t.id}>
            <button type="button" class="conversation-button" aria-current={selectedId === t.id ? 'true' : undefined} onClick={() => onSelect(selectedId === t.id ? undefined : t.id)}>
              <span class="conversation-title">{t.title}</span> <span class="muted">{KIND[t.kind]}</span>
              {t.versions.length > 0 && <span class="badge badge--edited"> terms changed</span>}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
