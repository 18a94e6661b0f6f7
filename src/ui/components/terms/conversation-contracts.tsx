// In a conversation's header: the contracts the room names, each a link to its terms when the
// contract page was captured, else its id and a word that it was not.
import type { StoredTerms } from '../../../shared/model';
import { t, tn } from '../translate';
import { RecordLink } from './record-link';
import { contractTermsId } from '../../../shared/terms/terms-identity';

export function ConversationContracts({ contractIds, terms }: { contractIds: readonly string[]; terms: readonly StoredTerms[] }) {
  if (contractIds.length === 0) return null;
  return (
    <p class="conversation-contracts">
      {tn('terms_contract', contractIds.length, 'Contract:', 'Contracts:')}{' '}
      {contractIds.map((id, i) => {
        const stored = terms.find((x) => x.id === contractTermsId(id));
        return (
          <span key={id}>
            {i > 0 && ', '}
            {stored ? (
              <RecordLink target={{ kind: 'terms', id: stored.id }}>{stored.title}</RecordLink>
            ) : (
              <span class="muted">{`${id} (${t('terms_not_captured', 'contract page not captured')})`}</span>
            )}
          </span>
        );
      })}
    </p>
  );
}
