// What each message of a room looked like when last seen, as a fingerprint (128 bits of the
// SHA-256 of its record as read). A recapture reads only the stored messages whose fingerprint
// changed: reading every stored row was most of an unchanged recapture's cost (npm run bench).
// Seeing the same record again never changes the stored message (mergeMessage is idempotent),
// so skipping matching fingerprints loses nothing.
import type { ExtractedMessage } from '../../shared/model';
import { canonicalJson, sha256HexAsync } from '../../shared/bytes/hash';

export interface RoomState {
  conversationId: string;
  /** Fingerprint of each message's record as last seen, by story id. */
  fingerprints: Record<string, string>;
}

export function fingerprintMessages(messages: readonly ExtractedMessage[]): Promise<string[]> {
  return Promise.all(messages.map(async (m) => (await sha256HexAsync(canonicalJson(m))).slice(0, 32)));
}

/** Positions of the messages whose record differs from the one last seen (or was never seen). */
export function changedPositions(state: RoomState | undefined, ids: readonly string[], fingerprints: readonly string[]): number[] {
  const known = state?.fingerprints ?? {};
  const out: number[] = [];
  ids.forEach((id, i) => {
    if (known[id] !== fingerprints[i]) out.push(i);
  });
  return out;
}

export function nextRoomState(state: RoomState | undefined, conversationId: string, ids: readonly string[], fingerprints: readonly string[]): RoomState {
  const next = { ...state?.fingerprints };
  ids.forEach((id, i) => {
    next[id] = fingerprints[i]!;
  });
  return { conversationId, fingerprints: next };
}
