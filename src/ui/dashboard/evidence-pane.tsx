// The right-hand side: the selected conversation's header (if any) and the filtered messages.
import type { EvidenceFilter, StoredConversation, StoredMessage, Tag } from '../../shared/model';
import { ConversationHeader } from '../components/conversation-header';
import { FirstRunHint } from '../components/first-run-hint';
import type { MessageReviewHandlers } from '../components/message-card';
import { MessageList } from '../components/message-list';

interface EvidencePaneProps extends MessageReviewHandlers {
  conversations: readonly StoredConversation[];
  messages: readonly StoredMessage[];
  tags: readonly Tag[];
  filter: EvidenceFilter;
  onToggleConversationTag: (conversationId: string, tagId: string, on: boolean) => void;
}

export function EvidencePane({ conversations, messages, tags, filter, onToggleConversationTag, ...handlers }: EvidencePaneProps) {
  if (conversations.length === 0 && messages.length === 0) return <FirstRunHint />;
  const selected = conversations.find((c) => c.id === filter.conversationId);
  // Titles on each message only help when several conversations are listed together.
  const titles = selected ? undefined : new Map(conversations.map((c) => [c.id, c.title]));
  return (
    <>
      {selected && <ConversationHeader conversation={selected} tags={tags} onToggleTag={(tagId, on) => onToggleConversationTag(selected.id, tagId, on)} />}
      <MessageList messages={messages} filter={filter} tags={tags} conversationTitles={titles} {...handlers} />
    </>
  );
}
