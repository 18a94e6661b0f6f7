// Stores a verified bundle (../import) whole or not at all. Records already stored are left
// exactly as they are and only counted; files go in once by SHA-256 like a capture's; the zip is
// kept too, so the bundle's own custody log stays readable. The local custody chain is not
// spliced with the bundle's: it gains one `imported` event naming the bundle and its last hash.
import type { Table } from 'dexie';
import type { ImportedBundle, ImportedFile } from '../shared/imported-bundle';
import { isCompressible } from '../shared/attachment-files';
import { gzip } from '../shared/bytes/bytes';
import type { StoredTerms, TermsRecord } from '../shared/model';
import { presentBlobs } from './files/attachment-files';
import { addMissingBlobs } from './files/blobs';
import { appendCustody } from './custody-log';
import { importCases } from './import-cases';
import { isDiskFull } from './capture/disk-full';
import type { EvidenceDb, StoredBlob } from './db';
import { piecedRows } from './files/pieced-blobs';

export interface ImportCounts {
  captures: number;
  conversations: number;
  messages: number;
  terms: number;
  tags: number;
  cases: number;
  files: number;
}

export interface ImportResult {
  /** The bundle's name from its datapackage.json. */
  bundle: string;
  added: ImportCounts;
  alreadyStored: ImportCounts;
  /** The terms added, by kind: "1 contract and 2 offers". */
  addedTerms: Partial<Record<TermsRecord['kind'], number>>;
  /** Links of the added cases to rooms, contracts or exhibits that neither the bundle nor the store holds, left out. */
  caseLinksLeftOut: number;
}

export async function importBundle(db: EvidenceDb, bundle: ImportedBundle, now = new Date()): Promise<ImportResult> {
  // Blobs are never deleted, so files found stored here are still stored when the transaction runs;
  // the rest are cut and compressed now, as awaiting that inside would let the transaction commit early.
  const stored = await presentBlobs(db, bundle.files.map((f) => f.sha256));
  const fresh = bundle.files.filter((f) => !stored.has(f.sha256));
  const rows = [...(await blobRows(fresh)), wholeRow(bundle.zip, false)];
  try {
    return await db.transaction('rw', [db.captures, db.conversations, db.messages, db.terms, db.tags, db.blobs, db.cases, db.custody, db.searchQueue], async () => {
      const captures = await addMissing(db.captures, bundle.captures);
      const conversations = await addMissing(db.conversations, bundle.conversations);
      const messages = await addMissing(db.messages, bundle.messages);
      const terms = await addMissing(db.terms, bundle.terms);
      // Dispute-type tags always exist; only the user's own come from a bundle.
      const tags = await addMissing(db.tags, bundle.tags.filter((t) => t.kind === 'custom'));
      const filesBefore = await presentBlobs(db, bundle.files.map((f) => f.sha256));
      await addMissingBlobs(db, rows);
      // Last of the records: a case keeps only the links to what the store now holds.
      const cases = await importCases(db, bundle, now.toISOString());
      const count = (pick: (r: { added: unknown[]; already: number }) => number): ImportCounts => ({
        captures: pick(captures), conversations: pick(conversations), messages: pick(messages), terms: pick(terms), tags: pick(tags), cases: pick(cases),
        files: pick({ added: bundle.files.filter((f) => !filesBefore.has(f.sha256)), already: filesBefore.size }),
      });
      const result: ImportResult = { bundle: bundle.name, added: count((r) => r.added.length), alreadyStored: count((r) => r.already), addedTerms: byKind(terms.added), caseLinksLeftOut: cases.linksLeftOut };
      await appendCustody(db, {
        at: now.toISOString(),
        event: 'imported',
        subject: bundle.name,
        detail: {
          bundle: bundle.name,
          zipSha256: bundle.zip.sha256,
          exportedAt: bundle.exportedAt,
          bundleCustodyLastHash: bundle.custodyLastHash,
          datapackageSha256: bundle.origin.datapackageSha256,
          signedBy: bundle.origin.signedBy,
          added: result.added,
          alreadyStored: result.alreadyStored,
        },
      });
      return result;
    });
  } catch (error) {
    throw importStorageError(error);
  }
}

/** Adds the rows whose id is not stored yet; a stored row is never read, compared or rewritten. */
async function addMissing<T extends { id: string }>(table: Table<T, string>, rows: readonly T[]): Promise<{ added: T[]; already: number }> {
  if (rows.length === 0) return { added: [], already: 0 };
  const present = new Set((await table.where(':id').anyOf(rows.map((r) => r.id)).primaryKeys()) as string[]);
  const added = rows.filter((r) => !present.has(r.id));
  if (added.length > 0) await table.bulkAdd(added);
  return { added, already: rows.length - added.length };
}

/**
 * MHTML and screenshots as pieces, exactly as a capture stores them, so a later recapture of the
 * same page shares them with the import; everything else whole, text compressed as staging does.
 */
async function blobRows(files: readonly ImportedFile[]): Promise<StoredBlob[]> {
  const rows: StoredBlob[] = [];
  for (const f of files) {
    const pieced = await piecedRows({ path: '', sha256: f.sha256, bytes: f.bytes.length, mediaType: f.mediaType }, f.bytes);
    if (pieced) rows.push(...pieced);
    else if (isCompressible(f.mediaType)) rows.push({ ...wholeRow(f, true), data: await gzip(f.bytes) });
    else rows.push(wholeRow(f, false));
  }
  return rows;
}

function wholeRow(f: ImportedFile, gzipped: boolean): StoredBlob {
  return { sha256: f.sha256, mediaType: f.mediaType, bytes: f.bytes.length, gzip: gzipped, data: f.bytes };
}

function byKind(terms: readonly StoredTerms[]): ImportResult['addedTerms'] {
  const out: ImportResult['addedTerms'] = {};
  for (const t of terms) out[t.kind] = (out[t.kind] ?? 0) + 1;
  return out;
}

/** A full disk in the words the capture path uses (../background/handlers.ts); nothing was stored. */
function importStorageError(error: unknown): unknown {
  if (isDiskFull(error)) {
    return new Error('the disk is full, so nothing was imported. Free some space and import again; your evidence is untouched.');
  }
  return error;
}
