// The store layouts as they shipped, pinned here (never imported from db.ts) so migration tests
// seed what an older version really left on disk.

/** Schema v1; v2 kept the same stores and changed rows only. */
export const V1_STORES = {
  captures: 'id, capturedAt',
  conversations: 'id',
  messages: 'id, conversationId',
  tags: 'id',
  blobs: 'sha256',
  custody: 'seq',
  staging: '[captureId+path+part], captureId, stagedAt',
};

/** Schema v3 added the user's settings. */
export const V3_STORES = { ...V1_STORES, settings: 'key' };

/** Schema v4 added each room's message fingerprints. */
export const V4_STORES = { ...V3_STORES, roomStates: 'conversationId' };

/** Schema v5 added terms pages (contracts, timesheets, job posts, offers, proposals). */
export const V5_STORES = { ...V4_STORES, terms: 'id, kind' };

/** Schema v6 added signing keys and dispute cases. */
export const V6_STORES = { ...V5_STORES, signingKeys: 'id', cases: 'id' };

/** Schema v7 indexed messages by time, per room and across rooms. */
export const V7_STORES = { ...V6_STORES, messages: 'id, conversationId, [conversationId+sentAt+position], [sentAt+conversationId+position]' };

/** The stores each shipped version declared, by version. */
export const SHIPPED_STORES: Record<1 | 2 | 3 | 4 | 5, Record<string, string>> = { 1: V1_STORES, 2: V1_STORES, 3: V3_STORES, 4: V4_STORES, 5: V5_STORES };
