// One import in two steps: read and verify the picked zip (../../import), and say where it came
// from; then, only if it passed (and, for an unsigned or format 1 bundle, only once the user
// confirmed), store it (../../storage). A refused bundle never reaches storage.
import { storedFingerprint } from '../../../export';
import { readBundle, type ImportedBundle } from '../../../import';
import { importBundle, signingKeyStore, type EvidenceDb, type ImportResult } from '../../../storage';

/** this-device / other-device: signed by this install's key or another's; unsigned: nothing shows who made it. */
export type ImportSource = 'this-device' | 'other-device' | 'unsigned';

export type ImportReading =
  | { ok: false; problems: string[] }
  | { ok: true; bundle: ImportedBundle; source: ImportSource; mustConfirm: boolean };

export type ImportOutcome = { ok: true; result: ImportResult; source: ImportSource; signedBy: string | null } | { ok: false; problems: string[] };

export async function readForImport(db: EvidenceDb, zip: Uint8Array, fileName: string): Promise<ImportReading> {
  const reading = await readBundle(zip, fileName);
  if (!reading.ok) return reading;
  const { signedBy, formatVersion } = reading.bundle.origin;
  // Read only: an import changes nothing stored before the user's choice, not even the key.
  const source: ImportSource = !signedBy ? 'unsigned' : signedBy === (await storedFingerprint(signingKeyStore(db))) ? 'this-device' : 'other-device';
  return { ok: true, bundle: reading.bundle, source, mustConfirm: source === 'unsigned' || formatVersion < 2 };
}

async function storeImport(db: EvidenceDb, reading: Extract<ImportReading, { ok: true }>, now = new Date()): Promise<ImportOutcome> {
  return { ok: true, result: await importBundle(db, reading.bundle, now), source: reading.source, signedBy: reading.bundle.origin.signedBy };
}

export interface ImportOptions {
  now?: Date;
  fileName?: string;
  /** Asked before an unsigned or format 1 bundle is stored; without it such a bundle is not imported. */
  confirm?: (question: string) => Promise<boolean> | boolean;
}

/** Read, ask when the bundle's origin cannot be checked, then store. */
export async function importEvidence(db: EvidenceDb, zip: Uint8Array, options: ImportOptions = {}): Promise<ImportOutcome | { ok: false; cancelled: true }> {
  const reading = await readForImport(db, zip, options.fileName ?? 'bundle.zip');
  if (!reading.ok) return reading;
  if (reading.mustConfirm && !(await options.confirm?.(confirmQuestion(reading)))) return { ok: false, cancelled: true };
  return storeImport(db, reading, options.now);
}

/** The plain question asked before an unsigned or format 1 bundle is stored. */
export function confirmQuestion(reading: Extract<ImportReading, { ok: true }>): string {
  const why = reading.source === 'unsigned'
    ? 'is not signed, so its origin cannot be checked: anyone could have made it or changed it and its hashes together'
    : 'is of the older format 1, whose custody log cannot be checked as fully as format 2';
  return `${reading.bundle.origin.fileName} ${why}. Its files and custody chain check. Import it anyway?`;
}
