// Appends to the custody log. Call only inside a transaction that includes db.custody, so the
// event lands together with the change it records (or not at all).
import Dexie from 'dexie';
import { chainCustody, type CustodyEntry } from '../shared/proof/custody';
import type { CustodyEvent } from '../shared/model';
import type { EvidenceDb } from './db';

export async function appendCustody(db: EvidenceDb, entry: CustodyEntry): Promise<CustodyEvent> {
  if (!Dexie.currentTransaction) throw new Error('appendCustody must run inside a transaction');
  const last = (await db.custody.orderBy('seq').last()) ?? null;
  const event = chainCustody(last, entry);
  await db.custody.add(event);
  return event;
}

export function custodyLog(db: EvidenceDb): Promise<CustodyEvent[]> {
  return db.custody.orderBy('seq').toArray();
}
