// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprintGroups, zipBundle } from '../../../src/export';
import { bundleFiles, DEVICE_FINGERPRINT, editText, fingerprintOf, intactZip, OTHER_KEYS, relist, signed, unsignedFiles } from '../export/export-tamper';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let dir: string;

function verify(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'bin/verify.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: `${run.stdout}${run.stderr}`.trim() };
}

function noStackTrace(out: string): void {
  expect(out).not.toMatch(/^\s+at /m);
  expect(out).not.toMatch(/node:internal|Error:/);
}

const edit = (t: string) => t.replace('Hi Priya', 'Hi Pryia');

describe('npm run verify (bin/verify.ts)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'verify-cli-'));
    writeFileSync(path.join(dir, 'ok.zip'), await intactZip());
    writeFileSync(path.join(dir, 'tampered.zip'), await zipBundle(editText(await bundleFiles(), 'evidence.json', edit)));
    writeFileSync(path.join(dir, 'manifest-fixed.zip'), await zipBundle(relist(editText(await bundleFiles(), 'evidence.json', edit))));
    const unsigned = relist(editText(await bundleFiles(), 'evidence.json', edit));
    unsigned.delete('datapackage-digest.json');
    writeFileSync(path.join(dir, 'signature-removed.zip'), await zipBundle(unsigned));
    writeFileSync(path.join(dir, 're-signed.zip'), await zipBundle(await signed(relist(editText(unsignedFiles(), 'evidence.json', edit)), OTHER_KEYS)));
    writeFileSync(path.join(dir, 'not-a-zip.zip'), 'hello, I am text');
  });

  it('exits 0 with an OK summary naming the signing key for an intact bundle', () => {
    const { code, out } = verify(path.join(dir, 'ok.zip'));
    expect(out).toBe(`OK: 6 messages in 2 conversations, 2 captures, 11 files, 5 custody events; hashes, custody chain and signature intact; signed by key ${fingerprintGroups(DEVICE_FINGERPRINT)}`);
    expect(code).toBe(0);
  }, 60_000);

  it('exits 1 naming the changed file for a tampered bundle', () => {
    const { code, out } = verify(path.join(dir, 'tampered.zip'));
    expect(out).toBe('FAILED: changed: evidence.json (hash differs)');
    expect(code).toBe(1);
  }, 60_000);

  it('exits 1 for an edit whose manifest was fixed to match: the signature is not over it', () => {
    const { code, out } = verify(path.join(dir, 'manifest-fixed.zip'));
    expect(out).toBe('FAILED: datapackage-digest.json: its hash does not match datapackage.json (the manifest changed after it was signed)');
    expect(code).toBe(1);
  }, 60_000);

  it('exits 1 with NOT SIGNED when the signature was removed', () => {
    const { code, out } = verify(path.join(dir, 'signature-removed.zip'));
    expect(out).toMatch(/^FAILED: NOT SIGNED: /);
    expect(code).toBe(1);
  }, 60_000);

  it('prints the other key\'s fingerprint for a bundle re-signed with another key', async () => {
    const { code, out } = verify(path.join(dir, 're-signed.zip'));
    const other = fingerprintGroups(await fingerprintOf(OTHER_KEYS));
    expect(out).toMatch(/^OK: /);
    expect(out).toContain(`signed by key ${other}`);
    expect(out).not.toContain(fingerprintGroups(DEVICE_FINGERPRINT));
    expect(code).toBe(0);
  }, 60_000);

  it('exits 1 with one plain line for a file that is not a zip', () => {
    const { code, out } = verify(path.join(dir, 'not-a-zip.zip'));
    expect(out).toBe('FAILED: not a ZIP file');
    expect(out.split('\n')).toHaveLength(1);
    noStackTrace(out);
    expect(code).toBe(1);
  }, 60_000);

  it('exits 1 with one plain line for a file that does not exist, or a folder', () => {
    const missing = verify(path.join(dir, 'nope.zip'));
    expect(missing.out).toBe(`FAILED: cannot read ${path.join(dir, 'nope.zip')}: no such file`);
    expect(missing.code).toBe(1);
    const folder = verify(dir);
    expect(folder.out).toBe(`FAILED: cannot read ${dir}: it is a folder, not a .zip file`);
    expect(folder.code).toBe(1);
    noStackTrace(missing.out + folder.out);
  }, 60_000);

  it('prints usage and exits 1 without an argument', () => {
    const { code, out } = verify();
    expect(out).toBe('usage: npm run verify -- <bundle.zip> [--trust-root authority-root.pem]');
    expect(code).toBe(1);
  }, 60_000);
});
