// 1,000 seeded single-byte changes spread over every file of a signed bundle: the verifier must
// find every one. Each change turns one byte of one file into another value, then the bundle
// is zipped again as a forger would (so the zip's own checksums are right and only the
// bundle's hashes, chain and signature can tell).
import { describe, expect, it } from 'vitest';
import { signBundleFiles, verifyBundle, zipBundle } from '../../../src/export';
import { bundleFiles } from './export-tamper';
import { seededRandom } from '../helpers/seeded-random';

const CHANGES = 1000;
const SOFTWARE = { name: 'Evidence Locker for Upwork', version: '0.1.0' };

describe('tamper fuzz', () => {
  it(`detects each of ${CHANGES} seeded single-byte changes spread over every file`, async () => {
    const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const files = await signBundleFiles(await bundleFiles(), keys, '2026-11-26T10:04:00Z', SOFTWARE);
    expect((await verifyBundle(await zipBundle(files))).problems).toEqual([]);
    const paths = [...files.keys()].filter((p) => files.get(p)!.length > 0);
    const random = seededRandom(11);
    const missed: string[] = [];
    const perFile = new Map<string, number>();
    for (let i = 0; i < CHANGES; i++) {
      const path = paths[i % paths.length]!; // every file, in turn
      const original = files.get(path)!;
      const at = Math.floor(random() * original.length);
      const changed = original.slice();
      changed[at] = (original[at]! + 1 + Math.floor(random() * 255)) % 256; // never the same byte
      const tampered = new Map(files).set(path, changed);
      const result = await verifyBundle(await zipBundle(tampered));
      if (result.ok || result.problems.length === 0) missed.push(`${path} byte ${at}: ${original[at]} -> ${changed[at]}`);
      perFile.set(path, (perFile.get(path) ?? 0) + 1);
    }
    expect(missed).toEqual([]);
    expect(perFile.size).toBe(paths.length);
  }, 120_000);
});
