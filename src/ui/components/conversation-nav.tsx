// The conversation picker. Each button's accessible name starts with the conversation title;
// the subtitle and count follow as secondary text.
import type { StoredConversation } from '../../shared/model';
import { plural } from './format-time';

interface ConversationNavProps {
  conversations: readonly StoredConversation[];
  messageCounts: ReadonlyMap<string, number>;
  /** undefined means "All conversations". */
  selectedId: string | undefined;
  onSelect: (conversationId: string | undefined) => void;
}

export function ConversationNav({ conversations, messageCounts, selectedId, onSelect }: ConversationNavProps) {
  const total = [...messageCounts.values()].reduce((sum, n) => sum + n, 0);
  return (
    <nav class="conversation-nav" aria-label="Conversations">
      <ul>
        <li>
          <button type="button" class="conversation-button" aria-current={selectedId === undefined ? 'true' : undefined} onClick={() => onSelect(undefined)}>
            <span class="conversation-title">All conversations</span> <span class="muted">{plural(total, 'message')}</span>
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
              <span class="muted">{plural(messageCounts.get(conversation.id) ?? 0, 'message')}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
