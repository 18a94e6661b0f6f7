// Bundles exported before format 2 (no bodyHash, no withheld lines) still verify and import.
import { describe, expect, it } from 'vitest';
import { verifyBundle, zipBundle } from '../../../src/export';
import { readBundle } from '../../../src/import';
import { asFormatOne, editText, relist, signed, signedZip, unsignedFiles } from '../export/export-tamper';
import { richEvidenceSet } from '../import/import-fixtures';
import { buildBundleFiles } from '../../../src/export';

describe('a format 1 bundle', () => {
  it('verifies, its custody lines checked the format 1 way', async () => {
    const files = await signed(asFormatOne(unsignedFiles()));
    expect(new TextDecoder().decode(files.get('custody.jsonl'))).not.toContain('bodyHash');
    expect(await verifyBundle(await zipBundle(files))).toMatchObject({ ok: true, problems: [] });
  });

  it('still shows an edited custody line, even with the manifest redone', async () => {
    const files = await signed(relist(editText(asFormatOne(unsignedFiles()), 'custody.jsonl', (t) => t.replace('"tag":"billing"', '"tag":"quality"'))));
    expect((await verifyBundle(await zipBundle(files))).problems).toEqual(['custody line 3: its hash does not match its content']);
  });

  it('is not passed off as format 2: its lines fail the format 2 check', async () => {
    const files = await signed(relist(editText(asFormatOne(unsignedFiles()), 'datapackage.json', (t) => t.replace('"formatVersion": 1', '"formatVersion": 2'))));
    expect((await verifyBundle(await zipBundle(files))).problems).toContain('custody line 1: its bodyHash does not match its content');
  });

  it('imports, keeping the last hash of its own log', async () => {
    const files = asFormatOne(buildBundleFiles(richEvidenceSet()));
    const reading = await readBundle(await signedZip(files));
    if (!reading.ok) throw new Error(reading.problems.join('; '));
    const lines = new TextDecoder().decode(files.get('custody.jsonl')).trim().split('\n');
    expect(reading.bundle.custodyLastHash).toBe((JSON.parse(lines.at(-1)!) as { hash: string }).hash);
    expect(reading.bundle.messages.length).toBeGreaterThan(0);
  });
});
