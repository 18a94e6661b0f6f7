// Bounds on what a bundle may hold. Generous for real evidence (a long room has a few thousand
// messages; a contract's description a few pages), tight enough that a hostile file is refused
// in words before it exhausts the page's memory or the disk.

/** The zip itself: IndexedDB keeps it whole, beside the records, so it must fit in memory twice. */
export const MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;
/** evidence.json is parsed in one go. */
export const MAX_EVIDENCE_JSON_BYTES = 256 * 1024 * 1024;
/** Any one list (messages, captures, a capture's actions, …). */
export const MAX_LIST_LENGTH = 500_000;
/** Any one text: a message, a note, a contract's description. */
export const MAX_TEXT_LENGTH = 2_000_000;
/** Ids, names, urls, times: short by nature. */
export const MAX_SHORT_TEXT_LENGTH = 4096;
