// Harvests story items as the room renders them, so a virtualized list that later drops rows
// loses nothing (research §2.4; SingleFile #1931). Work per batch is proportional to the new
// stories: a MutationObserver hands over only added nodes, and each is placed next to a known
// neighbour through a linked list.
import { STORY_ITEM_CLASS } from '../../extractors/selectors';
import { StoryOrder } from './story-order';

export class StoryHarvest {
  readonly order = new StoryOrder();
  private readonly observer: MutationObserver;
  private listeners = new Set<(added: number) => void>();
  /** True once the page removed a story row: the list is virtualized. */
  removedRows = false;

  constructor(private container: Element) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(container, { childList: true, subtree: true });
    this.addItems(storyItemsIn(container));
  }

  get count(): number {
    return this.order.size;
  }

  onNew(listener: (added: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Picks up whatever the page has rendered since the last mutation callback. */
  flush(): void {
    this.onMutations(this.observer.takeRecords());
  }

  /** The page re-rendered the room into new nodes: watch those from now on; what was harvested stays. */
  follow(container: Element): void {
    this.flush();
    this.observer.disconnect();
    this.container = container;
    this.observer.observe(container, { childList: true, subtree: true });
    this.addItems(storyItemsIn(container));
  }

  stop(): void {
    this.observer.disconnect();
    this.listeners.clear();
  }

  private onMutations(records: MutationRecord[]): void {
    const added: Element[] = [];
    for (const record of records) {
      // No spread: a page that re-renders a huge list at once would overflow the stack.
      for (const node of record.addedNodes) if (node instanceof Element) for (const item of storyItemsIn(node)) added.push(item);
      if (!this.removedRows) for (const node of record.removedNodes) if (node instanceof Element && storyItemsIn(node).length > 0) this.removedRows = true;
    }
    if (added.length > 0) this.addItems(added);
  }

  private addItems(items: Element[]): void {
    const fresh = items.filter((el) => el.isConnected && el.id && !this.order.has(el.id));
    if (fresh.length === 0) return;
    fresh.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    // Newest first, so the story after each one is already placed when it is its neighbour.
    for (let i = fresh.length - 1; i >= 0; i--) {
      const el = fresh[i]!;
      if (this.order.has(el.id)) continue;
      this.order.insertBefore(el.id, el.cloneNode(true) as Element, this.knownAfter(el));
    }
    for (const listener of this.listeners) listener(fresh.length);
  }

  /** The id of the nearest known story after `el` in the page, or null when none follows. */
  private knownAfter(el: Element): string | null {
    // Newest-first placement makes the next item known at once in every common case.
    for (let n = nextItem(el, this.container); n; n = nextItem(n, this.container)) if (this.order.has(n.id)) return n.id;
    return null;
  }
}

function isStoryItem(el: Element): boolean {
  return el.classList.contains(STORY_ITEM_CLASS);
}

function storyItemsIn(node: Element): Element[] {
  if (isStoryItem(node)) return [node];
  return [...node.getElementsByClassName(STORY_ITEM_CLASS)];
}

/** The next story item after `el` in document order, staying inside `root`. */
function nextItem(el: Element, root: Element): Element | null {
  let node: Element | null = el;
  while (node && node !== root) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const found = isStoryItem(sib) ? sib : sib.getElementsByClassName(STORY_ITEM_CLASS)[0];
      if (found) return found;
    }
    node = node.parentElement;
  }
  return null;
}
