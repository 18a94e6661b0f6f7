// The latest messages of one conversation, reviewable in place from the popup: key, tags, note.
import type { Tag } from '../../shared/model';
import { CompactMessage } from '../components/messages/compact-message';
import { useLatestMessages } from '../hooks/use-evidence-queries';
import { useDb } from '../hooks/use-db';
import type { ReviewActions } from '../hooks/use-review';
import { t } from '../components/translate';

export const RECENT_MESSAGES = 20;

interface RecentMessagesProps {
  conversationId: string;
  tags: readonly Tag[];
  review: ReviewActions;
  onError: (error: unknown) => void;
}

export function RecentMessages({ conversationId, tags, review, onError }: RecentMessagesProps) {
  const messages = useLatestMessages(useDb(), conversationId, RECENT_MESSAGES);
  if (!messages) return <p class="muted">{t('popup_messages_loading', 'Loading messages…')}</p>;
  if (messages.length === 0) return <p class="muted">{t('popup_messages_none', 'No messages stored for this conversation.')}</p>;
  return (
    <ol class="recent-messages" aria-label={t('popup_latest_messages', 'Latest messages')}>
      {messages.map((message) => (
        <CompactMessage
          key={message.id}
          message={message}
          tags={tags}
          onToggleTag={(tagId, on) => review.toggleTag({ type: 'message', id: message.id }, tagId, on).catch(onError)}
          onKeyChange={(key) => review.markKey({ type: 'message', id: message.id }, key).catch(onError)}
          onSaveNote={(note) => review.saveNote({ type: 'message', id: message.id }, note).catch(onError)}
        />
      ))}
    </ol>
  );
}
