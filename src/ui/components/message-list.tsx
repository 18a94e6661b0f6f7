// The messages the current filter shows, in time order, virtualized: only the cards near the view
// exist in the page, whatever the list's length. It opens at the newest message (chat convention),
// keeps its place while older rows load above, follows new captures when already at the end, and
// offers a jump to a date and back to the newest.
import { useEffect, useRef } from 'preact/hooks';
import type { StoredMessage, Tag } from '../../shared/model';
import type { MessageWindow } from '../hooks/use-message-window';
import { useVirtualizer } from '../hooks/use-virtualizer';
import { localDay, plural } from './format-time';
import { MessageCard, type MessageReviewHandlers } from './message-card';
import { MessageListTools } from './message-list-tools';

/** A compact card's usual height; real heights are measured as cards render. */
const ESTIMATED_CARD = 96;

interface MessageListProps extends MessageReviewHandlers {
  rows: MessageWindow;
  tags: readonly Tag[];
  /** Conversation titles by id, shown on each message when several conversations are listed. */
  conversationTitles?: ReadonlyMap<string, string> | undefined;
}

export function MessageList({ rows, tags, conversationTitles, ...handlers }: MessageListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = rows.count ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_CARD,
    overscan: 6,
    anchorTo: 'end',
    followOnAppend: true,
    // Without a layout (tests, a hidden tab) assume a screen, so the newest rows still render.
    initialRect: { width: 800, height: 700 },
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = items.at(-1)?.index ?? 0;
  useEffect(() => rows.showRange(start, end), [start, end]);

  // Open at the newest message once the list's length is known, and again for each new filter.
  const opened = useRef<string | null>(null);
  const filterPart = rows.version.split('|')[0]!;
  useEffect(() => {
    if (rows.count === undefined || rows.count === 0 || opened.current === filterPart) return;
    opened.current = filterPart;
    virtualizer.scrollToIndex(rows.count - 1, { align: 'end' });
  }, [filterPart, rows.count]);

  if (rows.count === undefined) return <p class="muted">Loading messages…</p>;
  if (rows.count === 0) return <p class="empty">No messages match this filter.</p>;
  return (
    <section class="message-list" aria-label="Messages">
      <MessageListTools
        countText={plural(count, 'message')}
        onNewest={() => virtualizer.scrollToIndex(count - 1, { align: 'end' })}
        onJump={async (at) => virtualizer.scrollToIndex(Math.min(await rows.indexAt(at), count - 1), { align: 'start' })}
      />
      <div class="message-scroller" ref={scroller}>
        <div class="message-rows" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {items.map((item) => {
            const message = rows.rowAt(item.index);
            return (
              <div key={item.key} class="message-row" data-index={item.index} ref={virtualizer.measureElement} style={{ transform: `translateY(${item.start}px)` }}>
                {message ? (
                  <>
                    <DayDivider message={message} previous={item.index > 0 ? rows.rowAt(item.index - 1) : null} />
                    <MessageCard message={message} tags={tags} conversationTitle={conversationTitles?.get(message.conversationId)} {...handlers} />
                  </>
                ) : (
                  <div class="message message--loading" aria-hidden="true" />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

/** A heading where the local day changes; unknown when the row before is not read yet. */
function DayDivider({ message, previous }: { message: StoredMessage; previous: StoredMessage | null | undefined }) {
  if (previous === undefined || !message.sentAt) return null;
  const day = localDay(message.sentAt);
  if (previous && previous.sentAt && localDay(previous.sentAt) === day) return null;
  return (
    <h3 class="day-divider">
      <span>{day}</span>
    </h3>
  );
}
