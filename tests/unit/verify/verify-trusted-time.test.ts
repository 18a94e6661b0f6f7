// @vitest-environment node
// A signed bundle with a trusted time from a real local authority (openssl ts -reply): the one
// verifier names the authority and the time, trusts it only through a root it was given, and
// fails a token that is over another signature. The CLI prints the same.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestTimeStamp, signBundleFiles, verifyBundle, withTimeStamp, zipBundle } from '../../../src/export';
import { fromBase64 } from '../../../src/shared/base64';
import { SIGNING_ALGORITHM } from '../../../src/export/sign/signature';
import { startLocalAuthority, type LocalAuthority } from '../../../scripts/lib/local-time-stamp-authority';
import { bundleFiles } from '../export/export-tamper';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOFTWARE = { name: 'Evidence Locker for Upwork', version: '0.1.0' };
let authority: LocalAuthority;

async function signed(): Promise<Map<string, Uint8Array>> {
  const keys = (await crypto.subtle.generateKey(SIGNING_ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  return signBundleFiles(await bundleFiles(), keys, '2026-11-26T10:04:00Z', SOFTWARE);
}

function signatureOf(files: Map<string, Uint8Array>): Uint8Array<ArrayBuffer> {
  const digest = JSON.parse(new TextDecoder().decode(files.get('datapackage-digest.json'))) as { signedData: { signature: string } };
  return fromBase64(digest.signedData.signature);
}

beforeAll(async () => {
  authority = await startLocalAuthority({ name: 'Local Test TSA' });
}, 30_000);
afterAll(() => authority.close());

describe('a bundle with a trusted time', () => {
  it('verifies, naming the authority and the time, through a root passed explicitly', async () => {
    const files = await signed();
    const stamp = await requestTimeStamp(authority.url, signatureOf(files));
    const zip = await zipBundle(withTimeStamp(files, stamp));
    const result = await verifyBundle(zip, { trustRoots: [authority.caPem] });
    expect(result.problems).toEqual([]);
    expect(result.trustedTime).toEqual({ status: 'trusted', authority: 'Local Test TSA', time: stamp.time });

    const untrusted = await verifyBundle(zip);
    expect(untrusted.ok).toBe(true);
    expect(untrusted.trustedTime?.status).toBe('not-trusted');
  });

  it('fails when the token is over another signature', async () => {
    const [files, other] = await Promise.all([signed(), signed()]);
    const stamp = await requestTimeStamp(authority.url, signatureOf(other));
    const result = await verifyBundle(await zipBundle(withTimeStamp(files, stamp)), { trustRoots: [authority.caPem] });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['datapackage-digest.json: the time-stamp token is over another hash, not this bundle’s signature']);
  });

  it('is printed by npm run verify: the authority and the time in UTC, trusted only with --trust-root', async () => {
    const files = await signed();
    const stamp = await requestTimeStamp(authority.url, signatureOf(files));
    const dir = mkdtempSync(path.join(tmpdir(), 'verify-time-'));
    writeFileSync(path.join(dir, 'stamped.zip'), await zipBundle(withTimeStamp(files, stamp)));
    writeFileSync(path.join(dir, 'test-root.pem'), authority.caPem);
    const verify = (...args: string[]) => spawnSync('npx', ['tsx', 'bin/verify.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const when = stamp.time.replace('T', ' ').replace('Z', ' UTC');

    const trusted = verify(path.join(dir, 'stamped.zip'), '--trust-root', path.join(dir, 'test-root.pem'));
    expect(trusted.stdout.trim().split('\n')[1]).toBe(`Trusted time: ${when}, from Local Test TSA`);
    expect(trusted.status).toBe(0);

    const shippedOnly = verify(path.join(dir, 'stamped.zip'));
    expect(shippedOnly.stdout).toContain(`Trusted time: NOT TRUSTED: a token from Local Test TSA says ${when}, but its certificate chain does not end at a root of the authorities this verifier knows (FreeTSA, DigiCert)`);
  }, 120_000);
});
