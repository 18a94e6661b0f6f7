// The contracts and other terms pages captured, each a button named by its title; a record
// whose terms changed between captures says so.
import type { StoredTerms } from '../../../shared/model';
import { t } from '../translate';
import { kindName, termsHeading } from './terms-fields';
import { drawnOnChange } from '../drawn-on-change';

interface TermsNavProps {
  terms: readonly StoredTerms[];
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
}

function TermsNavContent({ terms, selectedId, onSelect }: TermsNavProps) {
  if (terms.length === 0) return null;
  const heading = t('terms_nav_heading', 'Contracts and terms');
  return (
    <nav class="conversation-nav" aria-label={heading}>
      <h2 class="settings-heading">{heading}</h2>
      <ul>
        {terms.map((x) => (
          <li key={x.id}>
            <button type="button" class="conversation-button" aria-current={selectedId === x.id ? 'true' : undefined} onClick={() => onSelect(selectedId === x.id ? undefined : x.id)}>
              <span class="conversation-title">{termsHeading(x)}</span> <span class="muted">{kindName(x.kind)}</span>
              {x.versions.length > 0 && <span class="badge badge--edited"> {t('terms_changed_badge', 'terms changed')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Drawn again only when what it shows changes, not on each of the dashboard's renders. */
export const TermsNav = drawnOnChange<TermsNavProps>(TermsNavContent);
