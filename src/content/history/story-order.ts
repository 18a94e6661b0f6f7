// The harvested stories in page order, as a linked list so placing a new story next to a
// known one costs the same however many are already known.

interface Node {
  id: string;
  copy: Element;
  prev: Node | null;
  next: Node | null;
}

export class StoryOrder {
  private readonly nodes = new Map<string, Node>();
  private head: Node | null = null;
  private tail: Node | null = null;

  get size(): number {
    return this.nodes.size;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  first(): string | null {
    return this.head?.id ?? null;
  }

  last(): string | null {
    return this.tail?.id ?? null;
  }

  /** Adds `id` just before `beforeId` (null: at the end). */
  insertBefore(id: string, copy: Element, beforeId: string | null): void {
    if (this.nodes.has(id)) return;
    const next = beforeId === null ? null : (this.nodes.get(beforeId) ?? null);
    const prev = next ? next.prev : this.tail;
    const node: Node = { id, copy, prev, next };
    if (prev) prev.next = node;
    else this.head = node;
    if (next) next.prev = node;
    else this.tail = node;
    this.nodes.set(id, node);
  }

  /** The copies, oldest first. */
  copies(): Element[] {
    const out: Element[] = [];
    for (let n = this.head; n; n = n.next) out.push(n.copy);
    return out;
  }

  ids(): string[] {
    const out: string[] = [];
    for (let n = this.head; n; n = n.next) out.push(n.id);
    return out;
  }
}
