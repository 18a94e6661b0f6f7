// The conversation picker. Each button's accessible name starts with the conversation title;
// the subtitle and count follow as secondary text.
import type { StoredConversation } from '../../shared/model';
import { plural } from './format-time';

interface ConversationNavProps {
  conversations: readonly StoredConversation[];
  /** undefined while the store counts: the titles come first, the counts when ready. */
  messageCounts: ReadonlyMap<string, number> | undefined;
  /** undefined means "All conversations". */
  selectedId: string | undefined;
  onSelect: (conversationId: string | undefined) => void;
}

export function ConversationNav({ conversations, messageCounts, selectedId, onSelect }: ConversationNavProps) {
  const total = messageCounts && [...messageCounts.values()].reduce((sum, n) => sum + n, 0);
  const count = (n: number | undefined) => (n === undefined ? null : <span class="muted">{plural(n, 'message')}</span>);
  return (
    <nav class="conversation-nav" aria-label="Conversations">
      <ul>
        <li>
          <button type="button" class="conversation-button" aria-current={selectedId === undefined ? 'true' : undefined} onClick={() => onSelect(undefined)}>
            <span class="conversation-title">All conversations</span> {count(total)}
          </button>
        </li>
        {conversations.map((conversation) => (
          <li key={conversation.id}>
            <button
              type="button"
              class="conversation-button"
              aria-current={selectedId === conversation.id ? 'true' : undefined}
              onClick={() => onSelect(conversation.id)}
            >
              <span class="conversation-title">{conversation.title}</span>{' '}
              {conversation.subtitle && <span class="conversation-subtitle">{conversation.subtitle}</span>}{' '}
              {count(messageCounts && (messageCounts.get(conversation.id) ?? 0))}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
