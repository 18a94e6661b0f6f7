// In a conversation's header: the cases that name this conversation, by its room or through a
// contract the room names (the same two ways a case takes in evidence), each a link to the case.
import type { DisputeCase, StoredConversation } from '../../../shared/model';
import { RecordLink } from '../terms/record-link';
import { tn } from '../translate';

/** The cases that take in this conversation: by its room id, or by a contract it names. */
export function casesOfConversation(conversation: StoredConversation, cases: readonly DisputeCase[]): DisputeCase[] {
  return cases.filter((c) => c.conversationIds.includes(conversation.id) || c.contractIds.some((id) => conversation.contractIds.includes(id)));
}

export function ConversationCases({ conversation, cases }: { conversation: StoredConversation; cases: readonly DisputeCase[] }) {
  const named = casesOfConversation(conversation, cases);
  if (named.length === 0) return null;
  return (
    <p class="conversation-cases">
      {tn('conversation_case', named.length, 'Case:', 'Cases:')}{' '}
      {named.map((c, i) => (
        <span key={c.id}>
          {i > 0 && ', '}
          <RecordLink target={{ kind: 'case', id: c.id }}>{c.name}</RecordLink>
        </span>
      ))}
    </p>
  );
}
