// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { zipBundle } from '../../src/export';
import { bundleFiles, editText, intactZip } from './export-tamper';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;

function verify(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'bin/verify.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: `${run.stdout}${run.stderr}`.trim() };
}

function noStackTrace(out: string): void {
  expect(out).not.toMatch(/^\s+at /m);
  expect(out).not.toMatch(/node:internal|Error:/);
}

describe('npm run verify (bin/verify.ts)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'verify-cli-'));
    writeFileSync(path.join(dir, 'ok.zip'), await intactZip());
    writeFileSync(path.join(dir, 'tampered.zip'), await zipBundle(editText(bundleFiles(), 'evidence.json', (t) => t.replace('Hi Priya', 'Hi Pryia'))));
    writeFileSync(path.join(dir, 'not-a-zip.zip'), 'hello, I am text');
  });

  it('exits 0 with an OK summary for an intact bundle', () => {
    const { code, out } = verify(path.join(dir, 'ok.zip'));
    expect(out).toBe('OK: 6 messages in 2 conversations, 2 captures, 10 files, 5 custody events; hashes and custody chain intact');
    expect(code).toBe(0);
  }, 60_000);

  it('exits 1 naming the changed file for a tampered bundle', () => {
    const { code, out } = verify(path.join(dir, 'tampered.zip'));
    expect(out).toBe('FAILED: changed: evidence.json (hash differs)');
    expect(code).toBe(1);
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
