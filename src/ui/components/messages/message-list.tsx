// The messages the current filter shows, in time order, virtualized: only the cards near the view
// exist in the page, whatever the list's length. It opens at the newest message (chat convention),
// keeps its place while older rows load above, follows new captures when already at the end, and
// offers a jump to a date and back to the newest.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { IsoUtc, StoredMessage, Tag } from '../../../shared/model';
import type { MessageWindow, Place } from '../../hooks/use-message-window';
import { useVirtualizer } from '../../hooks/use-virtualizer';
import { useFirstMessagesDrawn } from '../../hooks/page-opening/after-first-card';
import { localDay, sameLocalDay } from '../format-time';
import { MessageCard, type MessageReviewHandlers } from './message-card';
import { MessageListTools } from './message-list-tools';
import { reviewKeyAction, REVIEW_KEYS_LEGEND } from './review-keys';
import { searchCountText, searchEmptyText } from '../search/search-progress';
import { rangeTagChanges, RangeTagBar } from '../tags/range-tag-bar';

/** A compact card's usual height; real heights are measured as cards render. */
const ESTIMATED_CARD = 96;
const SHORT_LIST = 80;

interface MessageListProps extends MessageReviewHandlers {
  rows: MessageWindow;
  /** How many messages the list holds in all, when the container knows (a span only knows what it read). */
  totalText?: string | undefined;
  tags: readonly Tag[];
  /** Conversation titles by id, shown on each message when several conversations are listed. */
  conversationTitles?: ReadonlyMap<string, string> | undefined;
  /** The search's words, marked in each card. */
  highlight?: string | undefined;
  /** Search results: each card offers to open its message in its conversation. */
  onOpen?: ((message: StoredMessage) => void) | undefined;
  /** Open at this time (a search result's) rather than at the newest; said done through onOpened. */
  openAt?: IsoUtc | undefined;
  onOpened?: (() => void) | undefined;
}

export function MessageList({ rows, tags, conversationTitles, totalText, highlight, onOpen, openAt, onOpened, ...handlers }: MessageListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = rows.count ?? 0;
  const drawn = useFirstMessagesDrawn();
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_CARD,
    getItemKey: rows.keyAt,
    // A short list is rendered whole (a few dozen compact cards cost nothing); a long one only near
    // the view, even while only its first chunk is read. The page's first frame draws only the rows
    // it shows, and those around them follow once that frame is on screen.
    overscan: !drawn ? 0 : rows.whole && count <= SHORT_LIST ? count : 6,
    anchorTo: 'end',
    // Every list opens at its newest message (clamped to the list's end): its first drawing already
    // shows the newest rows, rather than the oldest until the placing below has run.
    initialOffset: Number.MAX_SAFE_INTEGER,
    // New captures pull the view down only when it shows the newest rows (not after a jump back).
    followOnAppend: rows.atNewest,
    // Without a layout (tests, a hidden tab) assume a screen, so the newest rows still render.
    initialRect: { width: 800, height: 700 },
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = items.at(-1)?.index ?? 0;

  // New rows (another filter, a jump) are placed where asked, else at the newest message.
  const [pending, setPending] = useState<Place & { align: 'start' | 'end' } | null>(null);
  const placed = useRef<string | null>(null);
  /** The row the list was last placed at, until it is in view. */
  const placing = useRef<number | null>(null);
  // Said on the list once its rows are where they were asked to be (tests and tools wait for it).
  const [settled, setSettled] = useState<string | null>(null);
  // Placed before the browser paints, so no frame shows the rows somewhere else first.
  useLayoutEffect(() => {
    if (!rows.count) return;
    if (pending && pending.version === rows.version) {
      placed.current = rows.version;
      setPending(null);
      placing.current = Math.min(pending.index, rows.count - 1);
      virtualizer.scrollToIndex(placing.current, { align: pending.align });
      setSettled(rows.version);
    } else if (!pending && placed.current !== rows.version) {
      placed.current = rows.version;
      placing.current = rows.count - 1;
      virtualizer.scrollToIndex(rows.count - 1, { align: 'end' });
      setSettled(rows.version);
    }
  }, [rows.version, rows.count, pending]);
  // The rows around the view are read once the list stands where it was placed: rows read above
  // while the scroll there is under way would shift the place it is going to (the middle of a
  // room rather than its newest message).
  useLayoutEffect(() => {
    if (settled !== rows.version || pending) return;
    if (placing.current !== null) {
      if (placing.current < start || placing.current > end) return;
      placing.current = null;
    }
    rows.showRange(start, end);
  }, [start, end, settled, rows.version, pending]);
  // Pending from the moment it is asked, so the new rows are not first placed at the newest.
  const go = (place: Promise<Place>, align: 'start' | 'end') => {
    setPending({ index: 0, version: '', align });
    void place.then((p) => setPending({ ...p, align }));
  };

  // A search result opened here: once the first rows are read (so the opening at the newest is
  // done and cannot land after), jump to the result's time.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !openAt || rows.count === undefined) return;
    opened.current = true;
    go(rows.jumpTo(openAt), 'start');
    onOpened?.();
  }, [openAt, rows.count !== undefined]);

  // Keyboard review: a current message, a range selected from an anchor, panels opened by key.
  const [current, setCurrent] = useState<number | null>(null);
  const [anchor, setAnchor] = useState<number | null>(null);
  const [request, setRequest] = useState<{ panel: 'tags' | 'note'; nonce: number } | null>(null);
  useEffect(() => {
    setCurrent(null);
    setAnchor(null);
  }, [rows.version]);
  const selectedRange = current !== null && anchor !== null ? [Math.min(current, anchor), Math.max(current, anchor)] : null;
  const isSelected = (i: number) => (selectedRange ? i >= selectedRange[0]! && i <= selectedRange[1]! : false);
  const rowsIn = ([from, to]: number[]) => {
    const chosen: StoredMessage[] = [];
    for (let i = from!; i <= to!; i++) {
      const row = rows.rowAt(i);
      if (row) chosen.push(row);
    }
    return chosen;
  };
  // One press sets the tag on the whole range, or takes it off when every message has it.
  const tagRange = (chosen: StoredMessage[], tagId: string) => {
    for (const change of rangeTagChanges(chosen, tagId)) handlers.onToggleTag(change.id, tagId, change.on);
  };
  const moveTo = (index: number, extend: boolean) => {
    const to = Math.max(0, Math.min(count - 1, index));
    if (extend && anchor === null) setAnchor(current ?? to);
    if (!extend) setAnchor(null);
    setCurrent(to);
    setRequest(null);
    virtualizer.scrollToIndex(to, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // Typing in a note or a field is typing, not a shortcut.
    if (target.closest('textarea, input, select, details')) return;
    const action = reviewKeyAction(event);
    if (!action) return;
    const at = current ?? start;
    const message = rows.rowAt(at);
    event.preventDefault();
    if (action.kind === 'move') moveTo(at + action.by, action.extend);
    // The oldest is "from the start of time": the empty string sorts before any date.
    else if (action.kind === 'edge') go(action.to === 'last' ? rows.toNewest() : rows.jumpTo(''), action.to === 'last' ? 'end' : 'start');
    else if (action.kind === 'clear') setAnchor(null);
    else if (!message) return;
    else if (action.kind === 'panel') setRequest({ panel: action.panel, nonce: (request?.nonce ?? 0) + 1 });
    else if (action.kind === 'key') handlers.onKeyChange(message.id, !message.key);
    else if (action.kind === 'tag') {
      const tag = tags[action.slot];
      if (tag) tagRange(rowsIn(selectedRange ?? [at, at]), tag.id);
    }
    if (current === null && action.kind !== 'move' && action.kind !== 'edge') setCurrent(at);
  };
  const onCardClick = (index: number, event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('button, input, textarea, select, summary, a, label')) return;
    setRequest(null);
    if (event.shiftKey && current !== null) {
      if (anchor === null) setAnchor(current);
      setCurrent(index);
    } else {
      setAnchor(null);
      setCurrent(index);
    }
    scroller.current?.focus({ preventScroll: true });
  };

  if (rows.count === undefined) return <p class="muted">Loading messages…</p>;
  if (rows.count === 0) return <p class="empty">{searchEmptyText(rows) ?? 'No messages match this filter.'}</p>;
  return (
    <section class="message-list" aria-label="Messages" data-placed={settled === rows.version && !pending ? 'true' : undefined}>
      <MessageListTools countText={rows.exact ? searchCountText(rows) : (totalText ?? '')} onNewest={() => go(rows.toNewest(), 'end')} onJump={(at) => go(rows.jumpTo(at), 'start')} />
      <p class="muted review-keys" id="review-keys">
        Keys: {REVIEW_KEYS_LEGEND}
        {selectedRange && selectedRange[1]! > selectedRange[0]! && ` · ${selectedRange[1]! - selectedRange[0]! + 1} selected`}
      </p>
      {selectedRange && <RangeTagBar tags={tags} selected={rowsIn(selectedRange)} onTag={(tagId) => tagRange(rowsIn(selectedRange), tagId)} />}
      <div class="message-scroller" ref={scroller} tabIndex={0} aria-describedby="review-keys" aria-label="Messages: use the arrow keys to review" onKeyDown={onKeyDown}>
        <div class="message-rows" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {items.map((item) => {
            const message = rows.rowAt(item.index);
            return (
              <div
                key={item.key}
                class="message-row"
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={(e) => onCardClick(item.index, e)}
              >
                {message ? (
                  <>
                    <DayDivider message={message} previous={item.index > 0 ? rows.rowAt(item.index - 1) : null} />
                    <MessageCard
                      message={message}
                      tags={tags}
                      highlight={highlight}
                      onOpen={onOpen}
                      conversationTitle={conversationTitles?.get(message.conversationId)}
                      current={current === item.index}
                      selected={isSelected(item.index)}
                      request={current === item.index ? request : null}
                      {...handlers}
                    />
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
  if (previous && previous.sentAt && sameLocalDay(previous.sentAt, message.sentAt)) return null;
  return (
    <h3 class="day-divider">
      <span>{localDay(message.sentAt)}</span>
    </h3>
  );
}
