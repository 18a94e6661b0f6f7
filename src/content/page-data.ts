// The page's own story data, as the capture pipeline uses it. Without the observer of the
// page's responses (or before it has seen any), captures rely on the rendered page alone.
import type { ExtractedMessage } from '../shared/model';

export interface PageData {
  /** The page's data says no older stories exist for this room. */
  startReached(roomId: string): boolean;
  /** Story ids the page's data knows for this room. */
  knownIds(roomId: string): ReadonlySet<string>;
  /** Adds exact times, edits and deletions from the page's data (by story id). */
  merge(roomId: string, messages: ExtractedMessage[]): { messages: ExtractedMessage[]; actions: string[] };
}

export const NO_PAGE_DATA: PageData = {
  startReached: () => false,
  knownIds: () => new Set(),
  merge: (_roomId, messages) => ({ messages, actions: ["the page's own story data was not available; times are to the minute as shown"] }),
};
