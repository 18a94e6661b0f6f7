// What a reader of the store outside Dexie needs to know of it (ui/dashboard/first-read.ts, which
// runs before Dexie has loaded): its name, the schema version db.ts declares last, and the
// time-order indexes with their bounds. Imports nothing, so such a reader stays small.

export const DEFAULT_DB_NAME = 'evidence-locker';

/** The last version(n) db.ts declares; IndexedDB holds it times ten (Dexie's numbering). */
export const SCHEMA_VERSION = 8;

/** Rows a list's span reads at a time (message-span.ts). */
export const SPAN_CHUNK = 60;

/** A row's place in its time index: [conversationId, sentAt, position] in a room, [sentAt, conversationId, position] across rooms. */
export type SpanKey = readonly (string | number)[];

/** The time-order index of a room's messages, or of every room's (v7). */
export function timeIndex(conversationId: string | undefined): string {
  return conversationId ? '[conversationId+sentAt+position]' : '[sentAt+conversationId+position]';
}

// IndexedDB key order: numbers < dates < strings < arrays, so these bound any sentAt or position.
// An array is made anew for each key: one array twice in a key is not a valid key.
/** Below any sentAt or position. */
export const LOW = -Infinity;
const high = (): never[] => [];

/** Below every key of the list's index. */
export function lowestKey(conversationId: string | undefined): SpanKey {
  return conversationId ? [conversationId, LOW, LOW] : [LOW, LOW, LOW];
}

/** Above every key of the list's index. */
export function highestKey(conversationId: string | undefined): unknown[] {
  return conversationId ? [conversationId, high(), high()] : [high(), high(), high()];
}
