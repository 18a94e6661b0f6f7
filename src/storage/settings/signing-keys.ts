// The signingKeys table: one row, the install's key. A new key and the custody event that names
// it land together or not at all.
import type { CustodyEntry } from '../../shared/proof/custody';
import { SigningKeyChanged, type SigningKeyStore, type StoredSigningKey } from '../../shared/proof/signing-key';
import { appendCustody } from '../custody-log';
import type { EvidenceDb } from '../db';

const ROW_ID = 'install';

export function signingKeyStore(db: EvidenceDb): SigningKeyStore {
  return {
    read: () => db.signingKeys.get(ROW_ID),
    async lastLoggedFingerprint() {
      // Newest first, stopping at the first key event: read only when the stored key is gone.
      const event = await db.custody.orderBy('seq').reverse().filter((e) => e.event === 'key').first();
      const fingerprint = event?.detail.fingerprint;
      return typeof fingerprint === 'string' ? fingerprint : null;
    },
    async replace(row: StoredSigningKey, custody: CustodyEntry, expected: string | null) {
      await db.transaction('rw', [db.signingKeys, db.custody], async () => {
        const current = await db.signingKeys.get(ROW_ID);
        const now = current && typeof current.fingerprint === 'string' ? current.fingerprint : null;
        if (now !== expected) throw new SigningKeyChanged('the signing key was replaced meanwhile');
        await db.signingKeys.put(row as unknown as StoredSigningKey & Record<string, unknown>);
        await appendCustody(db, custody);
      });
    },
  };
}
