// The messages the current filter shows, in time order. Rendering is capped (PAGE_SIZE at a
// time, "Show more" for the rest) so a conversation of thousands of messages stays responsive;
// real virtualization can replace the cap without changing this component's props.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { compareMessages, matchesFilter } from '../../shared/evidence-filter';
import type { EvidenceFilter, StoredMessage, Tag } from '../../shared/model';
import { plural } from './format-time';
import { MessageCard, type MessageReviewHandlers } from './message-card';

export const PAGE_SIZE = 200;

interface MessageListProps extends MessageReviewHandlers {
  messages: readonly StoredMessage[];
  filter: EvidenceFilter;
  tags: readonly Tag[];
  /** Conversation titles by id, shown on each message when several conversations are listed. */
  conversationTitles?: ReadonlyMap<string, string> | undefined;
  pageSize?: number;
}

export function MessageList({ messages, filter, tags, conversationTitles, pageSize = PAGE_SIZE, ...handlers }: MessageListProps) {
  const shown = useMemo(() => messages.filter((m) => matchesFilter(m, filter)).sort(compareMessages), [messages, filter]);
  const [limit, setLimit] = useState(pageSize);
  useEffect(() => setLimit(pageSize), [filter, pageSize]);

  if (shown.length === 0) return <p class="empty">No messages match this filter.</p>;
  const visible = shown.slice(0, limit);
  return (
    <section class="message-list" aria-label="Messages">
      <p class="muted list-count">
        {visible.length < shown.length ? `Showing ${visible.length.toLocaleString()} of ${plural(shown.length, 'message')}` : plural(shown.length, 'message')}
      </p>
      {visible.map((message) => (
        <MessageCard
          key={message.id}
          message={message}
          tags={tags}
          conversationTitle={conversationTitles?.get(message.conversationId)}
          {...handlers}
        />
      ))}
      {visible.length < shown.length && (
        <button type="button" class="show-more" onClick={() => setLimit((n) => n + pageSize)}>
          Show more
        </button>
      )}
    </section>
  );
}
