// One import: read and verify the picked zip (../../import), and only if it passes, store it
// (../../storage). A refused bundle never reaches storage.
import { readBundle } from '../../import';
import { importBundle, type EvidenceDb, type ImportResult } from '../../storage';

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; problems: string[] };

export async function importEvidence(db: EvidenceDb, zip: Uint8Array, now = new Date()): Promise<ImportOutcome> {
  const reading = await readBundle(zip);
  if (!reading.ok) return { ok: false, problems: reading.problems };
  return { ok: true, result: await importBundle(db, reading.bundle, now) };
}
