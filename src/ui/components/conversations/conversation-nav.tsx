// The conversation picker. Each button's accessible name starts with the conversation title; the
// subtitle follows. Counts are left to the list shown: counting every room costs seconds at scale.
import type { StoredConversation } from '../../../shared/model';
import { t } from '../translate';
import { drawnOnChange } from '../drawn-on-change';
import { useFirstMessagesDrawn } from '../../hooks/page-opening/after-first-card';

/** Rooms drawn in the page's first frame: as many as the window's height holds (a room is at least
 * 36 px tall), the rest once that frame is on screen. */
function firstFrameRooms(): number {
  return Math.ceil((globalThis.innerHeight || 1000) / 36);
}

interface ConversationNavProps {
  conversations: readonly StoredConversation[];
  /** undefined means "All conversations". */
  selectedId: string | undefined;
  onSelect: (conversationId: string | undefined) => void;
}

function ConversationNavContent({ conversations, selectedId, onSelect }: ConversationNavProps) {
  const drawn = useFirstMessagesDrawn();
  const shown = drawn ? conversations : conversations.slice(0, firstFrameRooms());
  return (
    <nav class="conversation-nav" aria-label={t('case_conversations', 'Conversations')}>
      <ul>
        <li>
          <button type="button" class="conversation-button" aria-current={selectedId === undefined ? 'true' : undefined} onClick={() => onSelect(undefined)}>
            <span class="conversation-title">{t('conversation_all', 'All conversations')}</span>
          </button>
        </li>
        {shown.map((conversation) => (
          <li key={conversation.id}>
            <button
              type="button"
              class="conversation-button"
              aria-current={selectedId === conversation.id ? 'true' : undefined}
              onClick={() => onSelect(conversation.id)}
            >
              <span class="conversation-title">{conversation.title}</span>{' '}
              {conversation.subtitle && <span class="conversation-subtitle">{conversation.subtitle}</span>}{' '}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Drawn again only when what it shows changes, not on each of the dashboard's renders. */
export const ConversationNav = drawnOnChange<ConversationNavProps>(ConversationNavContent);
