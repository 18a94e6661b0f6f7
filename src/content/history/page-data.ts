// The page's own story data, as the capture pipeline uses it: what the observer in the page's
// world saw of Upwork's story responses (page-stories.ts), merged by story id.
import type { ExtractedMessage } from '../../shared/model';
import { mergePageStories } from '../../extractors/merge-page-stories';
import type { PageStoryLog } from './page-stories';

export interface PageData {
  /** The page's data says no older stories exist for this room. */
  startReached(roomId: string): boolean;
  /** Story responses of the page's read for this room (each fetched page once). */
  responseCount(roomId: string): number;
  /** Story ids the page's data knows for this room. */
  knownIds(roomId: string): ReadonlySet<string>;
  /** Adds exact times, edits and deletions from the page's data (by story id). */
  merge(roomId: string, messages: ExtractedMessage[]): { messages: ExtractedMessage[]; actions: string[] };
  /**
   * Another room the page's data gave one of these stories to, and this room's did not: the page
   * showed that room's stories in this one's list (a re-render racing a room switch).
   */
  foreignRoom(roomId: string, storyIds: readonly string[]): string | null;
  /** The room whose stories the page loaded last: a workroom's Messages tab names its room only there. */
  lastRoomId(): string | null;
  /** Called after each response of the page's that was read; returns an unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** Made when a capture starts, over the log the page's listener has kept since document_start. */
export function pageDataFrom(log: PageStoryLog): PageData {
  return {
    lastRoomId: () => log.lastRoomId(),
    onChange: (listener) => log.onStories(() => listener()),
    startReached: (roomId) => log.historyStartReached(roomId),
    responseCount: (roomId) => log.responseCount(roomId),
    knownIds: (roomId) => new Set(log.storiesFor(roomId).keys()),
    foreignRoom(roomId, storyIds) {
      const mine = log.storiesFor(roomId);
      for (const id of storyIds) {
        if (mine.has(id)) continue;
        const other = log.roomsHolding(id).find((r) => r !== roomId);
        if (other) return other;
      }
      return null;
    },
    merge(roomId, messages) {
      const merged = mergePageStories(messages, log.storiesFor(roomId));
      return { messages: merged.messages, actions: [...merged.actions, ...log.problems(roomId)] };
    },
  };
}
