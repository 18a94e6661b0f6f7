// The install's signing key: made once on first use, kept (not extractable) and reused; a key
// missing or damaged in storage is replaced by a new one, with both fingerprints in the custody log.
import { beforeEach, describe, expect, it } from 'vitest';
import { fingerprintGroups, installSigner } from '../../../src/export';
import { custodyProblems } from '../../../src/shared/custody';
import { custodyLog, openEvidenceDb, signingKeyStore, type EvidenceDb } from '../../../src/storage';

let db: EvidenceDb;
const NOW = () => new Date('2026-11-26T10:00:00Z');

beforeEach(async () => {
  db = openEvidenceDb(`test-${Math.random()}`);
  await db.open();
});

const keyEvents = async () => (await custodyLog(db)).filter((e) => e.event === 'key').map((e) => e.detail);

describe('the install signing key', () => {
  it('is made on first use, not extractable, and logged once in custody', async () => {
    const signer = await installSigner(signingKeyStore(db), NOW);
    expect(signer.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(signer.made).toEqual({ reason: 'first-use', previous: null });
    expect(signer.keys.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', signer.keys.privateKey)).rejects.toThrow();
    expect(await keyEvents()).toEqual([{ fingerprint: signer.fingerprint, replaces: null, reason: 'first-use' }]);
    const again = await installSigner(signingKeyStore(db), NOW);
    expect(again.fingerprint).toBe(signer.fingerprint);
    expect(again.made).toBeUndefined();
    expect(await keyEvents()).toHaveLength(1);
  });

  it('reads in groups of four hex digits', () => {
    expect(fingerprintGroups('0123456789abcdef'.repeat(4))).toBe('0123 4567 89ab cdef '.repeat(4).trim());
  });

  it('a key missing from storage: a new one, logged with the fingerprint it replaces', async () => {
    const first = await installSigner(signingKeyStore(db), NOW);
    await db.signingKeys.clear();
    const second = await installSigner(signingKeyStore(db), NOW);
    expect(second.fingerprint).not.toBe(first.fingerprint);
    expect(second.made).toEqual({ reason: 'missing', previous: first.fingerprint });
    expect((await keyEvents()).at(-1)).toEqual({ fingerprint: second.fingerprint, replaces: first.fingerprint, reason: 'missing' });
    expect(custodyProblems(await custodyLog(db))).toEqual([]);
  });

  it('a damaged key in storage: replaced, never used, and the log stays whole', async () => {
    const first = await installSigner(signingKeyStore(db), NOW);
    const other = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    // The public key no longer belongs to the private key or to the fingerprint.
    await db.signingKeys.update('install', { publicKey: other.publicKey });
    const second = await installSigner(signingKeyStore(db), NOW);
    expect(second.made).toEqual({ reason: 'unreadable', previous: first.fingerprint });
    await db.signingKeys.put({ id: 'install', privateKey: 'garbage', fingerprint: 42 });
    const third = await installSigner(signingKeyStore(db), NOW);
    // Nothing readable in the row: the key this device last logged is the one replaced.
    expect(third.made).toEqual({ reason: 'unreadable', previous: second.fingerprint });
    expect((await keyEvents()).map((d) => d.reason)).toEqual(['first-use', 'unreadable', 'unreadable']);
    const kept = await installSigner(signingKeyStore(db), NOW);
    expect([kept.fingerprint, kept.made]).toEqual([third.fingerprint, undefined]);
    expect(custodyProblems(await custodyLog(db))).toEqual([]);
  });

  it('two tabs at once make one key, not two', async () => {
    const [a, b] = await Promise.all([installSigner(signingKeyStore(db), NOW), installSigner(signingKeyStore(db), NOW)]);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(await keyEvents()).toHaveLength(1);
  });
});
