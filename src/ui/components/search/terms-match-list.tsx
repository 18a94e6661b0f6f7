// Above a search's messages: the contracts and other terms pages its words find, each a link to
// the contract view with its kind and the part that matched, the words marked. Kept short (a
// few, then "Show all"), so the messages stay in view.
import { useState } from 'preact/hooks';
import type { StoredTerms } from '../../../shared/model';
import { RecordLink } from '../terms/record-link';
import { factLabel, kindName, termsHeading } from '../terms/terms-fields';
import { t, tn } from '../translate';
import { HighlightedText } from './highlighted-text';
import { excerpt, matchedPart } from './terms-matches';

/** How many are listed before "Show all". */
const FIRST = 5;

function partLabel(key: string, kind: StoredTerms['kind']): string {
  if (key === 'note') return t('note', 'Note');
  if (key === 'milestones') return t('terms_milestones', 'Milestones');
  if (key === 'events') return t('terms_activity', 'Activity');
  return factLabel(key, kind);
}

function MatchedPart({ terms, query }: { terms: StoredTerms; query: string }) {
  const part = matchedPart(terms, query);
  if (!part) return null;
  return (
    <span class="terms-match-part">
      {' · '}
      {partLabel(part.key, terms.kind)}: <HighlightedText text={excerpt(part.text, query)} query={query} />
    </span>
  );
}

export function TermsMatchList({ matches, query }: { matches: readonly StoredTerms[]; query: string }) {
  const [all, setAll] = useState(false);
  if (matches.length === 0) return null;
  const heading = t('search_terms_heading', 'Contracts and terms pages');
  const shown = all ? matches : matches.slice(0, FIRST);
  return (
    <section class="terms-matches" aria-label={heading}>
      <h3>
        {heading} <span class="muted">({matches.length})</span>
      </h3>
      <ul>
        {shown.map((terms) => (
          <li key={terms.id}>
            <RecordLink target={{ kind: 'terms', id: terms.id }}>
              <HighlightedText text={termsHeading(terms)} query={query} />
            </RecordLink>
            <span class="muted"> · {kindName(terms.kind)}</span>
            <MatchedPart terms={terms} query={query} />
          </li>
        ))}
      </ul>
      {!all && matches.length > FIRST && (
        <button type="button" onClick={() => setAll(true)}>
          {tn('search_terms_show_all', matches.length, 'Show the $1 page', 'Show all $1 pages')}
        </button>
      )}
    </section>
  );
}
