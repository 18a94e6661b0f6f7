// A page's first view: what its first read (dashboard/first-read.ts, begun while the app's code
// loads) found, handed to the hooks that keep the same reads live (use-evidence-queries.ts,
// use-message-span.ts). They begin from it rather than from their own first reads, which start
// only once the app has rendered and Dexie has opened the store, and which IndexedDB then answers
// one after another. Those live reads, and the opening of the store, wait until that first frame
// is on screen (firstFrameDrawn).
import { useState } from 'preact/hooks';
import type { StoredConversation, StoredMessage, Tag } from '../../../shared/model';
import { sortConversations, sortTags, type EvidenceDb } from '../../../storage';
import type { FirstRead } from '../../dashboard/first-read';
import { afterFirstCard, firstMessagesMarked, useFirstMessagesDrawn } from './after-first-card';

export interface FirstView {
  conversations: StoredConversation[];
  tags: Tag[];
  /** The newest rows of the list the page opened on, oldest first. */
  newest: StoredMessage[];
}

interface Begun {
  db: EvidenceDb;
  read: FirstRead | undefined;
  taken: Set<keyof FirstView>;
}

let begun: Begun | undefined;

/** The page's hooks on `db` begin from `read` (undefined: the read gave nothing, each hook reads for itself). */
export function beginFromFirstRead(db: EvidenceDb, read: FirstRead | undefined): void {
  begun = { db, read, taken: new Set() };
}

/**
 * One part of the first view of `db`, given once: a hook mounted later (another list, another
 * page's database) reads for itself and gets undefined. Rows are given only for the list they are
 * of (`conversationId`: a room, or every room when undefined).
 */
export function takeFirstView<K extends keyof FirstView>(db: EvidenceDb, part: K, conversationId?: string): FirstView[K] | undefined {
  if (!begun?.read || begun.db !== db || begun.taken.has(part)) return undefined;
  begun.taken.add(part);
  const { read } = begun;
  if (part === 'conversations') return sortConversations(read.conversations) as FirstView[K];
  if (part === 'tags') return sortTags(read.tags) as FirstView[K];
  return read.list && read.list.conversationId === conversationId ? (read.newest as FirstView[K]) : undefined;
}

/** takeFirstView, once per component. */
export function useFirstView<K extends keyof FirstView>(db: EvidenceDb, part: K, conversationId?: string): FirstView[K] | undefined {
  return useState(() => takeFirstView(db, part, conversationId))[0];
}

/**
 * While the page's first frame is drawn from its first read alone (the rooms, the tags and the
 * list it opens on) and is not on screen yet: resolves once it is. The page's live reads wait for
 * it, so opening the store and starting them never runs between the read's answers and that frame.
 * Undefined when nothing waits: no first read, one of a case or contract (whose rows the app reads),
 * or the frame already drawn.
 */
export function firstFrameDrawn(): Promise<void> | undefined {
  if (!begun?.read?.list || begun.read.newest === undefined || firstMessagesMarked()) return undefined;
  return afterFirstCard();
}

/** firstFrameDrawn for a component: false while its live reads wait for that frame, then true. */
export function useLiveReadsReady(): boolean {
  const [waits] = useState(() => firstFrameDrawn() !== undefined);
  const drawn = useFirstMessagesDrawn();
  return !waits || drawn;
}
