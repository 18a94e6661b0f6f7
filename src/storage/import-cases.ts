// The cases of an imported bundle, written inside import-bundle.ts's transaction once the rooms,
// contracts, captures and files are in. A case already stored under the same id is left exactly
// as it is. A new case keeps only the links the store can follow: a room, contract or exhibit that
// the export withheld (or that another tool never wrote) is dropped and counted, never invented.
// Each case gains a `case` line naming the bundle it came from, as each imported capture names it.
import type { Table } from 'dexie';
import type { ImportedBundle } from '../shared/imported-bundle';
import type { CaseExhibit, DisputeCase } from '../shared/model';
import { appendCustody } from './custody-log';
import type { EvidenceDb } from './db';
import { contractTermsId } from '../shared/terms/terms-identity';

export interface CasesImport {
  added: DisputeCase[];
  /** Cases of the bundle already stored under the same id: kept as they were. */
  already: number;
  /** Links of the added cases to rooms, contracts or exhibits neither the bundle nor the store holds. */
  linksLeftOut: number;
}

export async function importCases(db: EvidenceDb, bundle: ImportedBundle, at: string): Promise<CasesImport> {
  if (bundle.cases.length === 0) return { added: [], already: 0, linksLeftOut: 0 };
  const present = new Set((await db.cases.where(':id').anyOf(bundle.cases.map((c) => c.id)).primaryKeys()) as string[]);
  const fresh = bundle.cases.filter((c) => !present.has(c.id));
  const stored = await storedTargets(db, fresh);
  let linksLeftOut = 0;
  const added = fresh.map((c) => {
    const kept: DisputeCase = {
      ...c,
      conversationIds: c.conversationIds.filter((id) => stored.conversations.has(id)),
      contractIds: c.contractIds.filter((id) => stored.terms.has(contractTermsId(id))),
      exhibits: c.exhibits.filter((e) => isStored(e, stored)),
    };
    const left = c.conversationIds.length + c.contractIds.length + c.exhibits.length - kept.conversationIds.length - kept.contractIds.length - kept.exhibits.length;
    linksLeftOut += left;
    return { kept, left };
  });
  if (added.length > 0) await db.cases.bulkAdd(added.map((a) => a.kept));
  const { fileName, datapackageSha256, signedBy } = bundle.origin;
  for (const { kept, left } of added) {
    // Counts only: the ids left out name records this store does not hold, which a later export of the case must not tell.
    await appendCustody(db, {
      at,
      event: 'case',
      subject: kept.id,
      detail: { action: 'imported', name: kept.name, bundle: fileName, datapackageSha256, signedBy, ...(left ? { linksLeftOut: left } : {}) },
    });
  }
  return { added: added.map((a) => a.kept), already: present.size, linksLeftOut };
}

interface StoredTargets {
  conversations: Set<string>;
  terms: Set<string>;
  messages: Set<string>;
  captures: Set<string>;
  files: Set<string>;
}

/** Which of the records the cases name the store holds (the bundle's own are stored by now). */
async function storedTargets(db: EvidenceDb, cases: readonly DisputeCase[]): Promise<StoredTargets> {
  const exhibits = (kind: CaseExhibit['kind']) => cases.flatMap((c) => c.exhibits.filter((e) => e.kind === kind).map((e) => e.id));
  const keys = async <T>(table: Table<T, string>, ids: string[]) => new Set(ids.length ? ((await table.where(':id').anyOf(ids).primaryKeys()) as string[]) : []);
  return {
    conversations: await keys(db.conversations, cases.flatMap((c) => c.conversationIds)),
    terms: await keys(db.terms, [...cases.flatMap((c) => c.contractIds), ...exhibits('contract')].map(contractTermsId)),
    messages: await keys(db.messages, exhibits('message')),
    captures: await keys(db.captures, exhibits('capture')),
    files: await keys(db.blobs, exhibits('attachment')),
  };
}

function isStored(e: CaseExhibit, stored: StoredTargets): boolean {
  switch (e.kind) {
    case 'message':
      return stored.messages.has(e.id);
    case 'contract':
      return stored.terms.has(contractTermsId(e.id));
    case 'capture':
      return stored.captures.has(e.id);
    case 'attachment':
      return stored.files.has(e.id);
  }
}
