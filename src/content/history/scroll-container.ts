// The room's scroll container and which end holds the oldest messages, read from the layout:
// an ordinary scroller has scrollTop 0 at its top, a reversed one (flex-direction:
// column-reverse) has 0 at its bottom and negative values above (research §2.4).
import { STORY_ITEM_CLASS } from '../../extractors/selectors';

export interface ScrollContainer {
  el: HTMLElement;
  oldestEnd: 'top' | 'bottom';
  /** Scrolls as far toward the oldest messages as the container allows. */
  jumpToOldest(): void;
  atOldest(): boolean;
  /** Scrolls `px` toward the newest messages; false once at that end. */
  stepTowardNewest(px: number): boolean;
  /** Remembers where the user was, relative to the newest messages; the function puts them back. */
  savePosition(): () => void;
}

export function findScrollContainer(doc: Document, list: Element): ScrollContainer {
  const el = (doc.getElementById('story-viewport') ?? scrollableAncestor(list) ?? list) as HTMLElement;
  const reversed = isReversed(el);
  const oldestEnd = oldestEndOf(el);
  const topGap = () => (reversed ? el.scrollTop + maxScroll() : el.scrollTop);
  const maxScroll = () => Math.max(0, el.scrollHeight - el.clientHeight);
  const setTopGap = (gap: number) => {
    el.scrollTop = reversed ? gap - maxScroll() : gap;
  };
  const newestGap = () => (oldestEnd === 'top' ? maxScroll() - topGap() : topGap());
  const setNewestGap = (gap: number) => setTopGap(oldestEnd === 'top' ? maxScroll() - gap : gap);
  return {
    el,
    oldestEnd,
    jumpToOldest: () => setTopGap(oldestEnd === 'top' ? 0 : maxScroll()),
    atOldest: () => (oldestEnd === 'top' ? topGap() <= 1 : maxScroll() - topGap() <= 1),
    stepTowardNewest(px) {
      const before = newestGap();
      if (before <= 1) return false;
      setNewestGap(Math.max(0, before - px));
      return true;
    },
    savePosition() {
      const gap = newestGap();
      return () => setNewestGap(gap);
    },
  };
}

function isReversed(el: Element): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style?.display.includes('flex') === true && style.flexDirection === 'column-reverse';
}

/** Stories are in time order in the page; where the first one is drawn is where the oldest end is. */
function oldestEndOf(el: Element): 'top' | 'bottom' {
  const items = el.getElementsByClassName(STORY_ITEM_CLASS);
  const first = items[0];
  const last = items[items.length - 1];
  if (first && last && first !== last) {
    const a = first.getBoundingClientRect().top;
    const b = last.getBoundingClientRect().top;
    if (a !== b) return a < b ? 'top' : 'bottom';
  }
  // One story or none: chat layouts, reversed or not, keep the newest at the bottom.
  return 'top';
}

/**
 * The first ancestor that scrolls, walking up from the stories (research §2.5: without
 * #story-viewport the scroller is a .scroll-wrapper). One whose scrollbar is hidden
 * (overflow: hidden) still scrolls from script: taken when no ordinary scroller is found.
 */
function scrollableAncestor(el: Element): Element | null {
  let hidden: Element | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.scrollHeight <= node.clientHeight) continue;
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    const overflow = (style?.overflowY || style?.overflow) ?? '';
    if (/(auto|scroll)/.test(overflow)) return node;
    if (overflow === 'hidden' && hidden === null && node !== node.ownerDocument.body && node !== node.ownerDocument.documentElement) hidden = node;
  }
  return hidden;
}
