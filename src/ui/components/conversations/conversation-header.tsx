// The selected conversation's facts and its conversation-level tags.
import type { ComponentChildren } from 'preact';
import type { StoredConversation, Tag } from '../../../shared/model';
import { TagToggles } from '../tags/tag-toggles';
import { t } from '../translate';

interface ConversationHeaderProps {
  conversation: StoredConversation;
  tags: readonly Tag[];
  onToggleTag: (tagId: string, on: boolean) => void;
  /** Actions on the whole conversation (delete). */
  children?: ComponentChildren;
}

export function ConversationHeader({ conversation, tags, onToggleTag, children }: ConversationHeaderProps) {
  return (
    <header class="conversation-header">
      <h2>{conversation.title}</h2>
      {conversation.subtitle && <p class="muted">{conversation.subtitle}</p>}
      {conversation.participants.length > 0 && <p class="muted">{t('conversation_with', 'With $1', conversation.participants.join(', '))}</p>}
      <TagToggles tags={tags} selected={conversation.tags} label={t('conversation_tags', 'Tags for this conversation')} onToggle={onToggleTag} />
      {children}
    </header>
  );
}
