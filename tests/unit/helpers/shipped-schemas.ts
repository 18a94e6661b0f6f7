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
