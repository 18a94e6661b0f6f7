// The right-hand side: the selected conversation's header (if any) and the filtered messages,
// read a window at a time.
import type { ComponentChildren } from 'preact';
import type { IsoUtc, StoredConversation, StoredMessage, Tag } from '../../shared/model';
import { ConversationHeader } from '../components/conversations/conversation-header';
import { FirstRunHint } from '../components/first-run-hint';
import type { MessageReviewHandlers } from '../components/messages/message-card';
import { MessageList } from '../components/messages/message-list';
import type { MessageWindow } from '../hooks/use-message-window';

interface EvidencePaneProps extends MessageReviewHandlers {
  conversations: readonly StoredConversation[];
  rows: MessageWindow;
  tags: readonly Tag[];
  conversationId: string | undefined;
  /** Nothing stored at all (not merely nothing matching the filter). */
  empty: boolean;
  totalText: string | undefined;
  /** The search's words, marked in the cards. */
  highlight?: string | undefined;
  /** A search result to open in its conversation (see MessageList's openAt). */
  opening?: { conversationId: string; sentAt: IsoUtc } | null;
  onOpen?: ((message: StoredMessage) => void) | undefined;
  onOpened?: () => void;
  onToggleConversationTag: (conversationId: string, tagId: string, on: boolean) => void;
  /** Shown in the selected conversation's header. */
  conversationActions?: ComponentChildren;
  /** What a search found besides messages (contracts and terms pages), listed above them. */
  otherMatches?: ComponentChildren;
}

export function EvidencePane({ conversations, rows, tags, conversationId, empty, totalText, highlight, opening, onOpen, onOpened, onToggleConversationTag, conversationActions, otherMatches, ...handlers }: EvidencePaneProps) {
  if (empty) return <FirstRunHint />;
  const selected = conversations.find((c) => c.id === conversationId);
  // Titles on each message only help when several conversations are listed together.
  const titles = selected ? undefined : new Map(conversations.map((c) => [c.id, c.title]));
  return (
    <>
      {selected && <ConversationHeader conversation={selected} tags={tags} onToggleTag={(tagId, on) => onToggleConversationTag(selected.id, tagId, on)}>{conversationActions}</ConversationHeader>}
      {otherMatches}
      <MessageList
        key={conversationId ?? 'all'}
        rows={rows}
        totalText={totalText}
        tags={tags}
        highlight={highlight}
        conversationTitles={titles}
        // Several rooms listed by a search: each result opens in its own conversation.
        onOpen={titles && highlight?.trim() ? onOpen : undefined}
        openAt={opening && opening.conversationId === conversationId ? opening.sentAt : undefined}
        onOpened={onOpened}
        {...handlers}
      />
    </>
  );
}
