// @vitest-environment node
// Saved attachment files in a bundle: listed in datapackage.json with their media type, named in
// evidence.json and both reports, checked by verification like every other file.
import { describe, expect, it } from 'vitest';
import { buildBundleFiles, verifyBundle, type EvidenceDocument } from '../../../src/export';
import { makeEvidenceSet, text } from './export-fixtures';
import { LINK, PATH, PDF, SHA, setWithAttachments } from './export-attachment-fixtures';
import { schemaErrors } from './export-json-schema';
import { editManifest, relist, signedZip } from './export-tamper';

const evidenceOf = (files: Map<string, Uint8Array>) => JSON.parse(text(files.get('evidence.json'))) as EvidenceDocument;

describe('a bundle with saved attachment files', () => {
  it('ships each file byte for byte and lists it with its hash, size and recorded media type', () => {
    const files = buildBundleFiles(setWithAttachments());
    expect(files.get(PATH)).toEqual(PDF);
    const manifest = JSON.parse(text(files.get('datapackage.json'))) as { resources: { path: string; hash: string; bytes: number; mediatype: string }[] };
    expect(manifest.resources.find((r) => r.path === PATH)).toMatchObject({ hash: `sha256:${SHA}`, bytes: PDF.length, mediatype: 'application/vnd.ms-excel' });
  });

  it('names the file (or why there is none) on each attachment in evidence.json, which still meets its schema', () => {
    const doc = evidenceOf(buildBundleFiles(setWithAttachments()));
    expect(doc.messages.find((m) => m.id === 'story_a1')?.attachments).toEqual([
      { name: 'redirects.xlsx', size: '24 KB', url: LINK, sha256: SHA, path: PATH, savedBytes: PDF.length, mediaType: 'application/vnd.ms-excel' },
    ]);
    expect(doc.messages.find((m) => m.id === 'story_b1')?.attachments[0]).toMatchObject({ sha256: null, downloadError: 'larger than the 25 MB limit you set (31.2 MB)' });
    expect(doc.messages.find((m) => m.id === 'story_b1')?.attachments[0]).not.toHaveProperty('path');
    expect(schemaErrors(doc)).toEqual([]);
  });

  it('exports attachments from before files were saved exactly as before', () => {
    const doc = evidenceOf(buildBundleFiles(makeEvidenceSet()));
    expect(doc.messages.find((m) => m.id === 'story_a1')?.attachments).toEqual([{ name: 'redirects.xlsx', size: '24 KB', url: LINK }]);
  });

  it('says in report.html and report.md where each file is in the bundle, or why it is not', () => {
    const files = buildBundleFiles(setWithAttachments());
    const html = text(files.get('report.html'));
    expect(html).toContain(`File in this bundle: <a href="${PATH}"><code>${PATH}</code></a>`);
    expect(html).toContain('File not in this bundle: larger than the 25 MB limit you set (31.2 MB)');
    const md = text(files.get('report.md'));
    expect(md).toContain(`file in this bundle: \`${PATH}\``);
    expect(md).toContain('file not in this bundle: larger than the 25 MB limit you set (31.2 MB)');
    expect(text(buildBundleFiles(makeEvidenceSet()).get('report.md'))).toContain('file not in this bundle: it was not saved');
  });

  it('refuses to export a message whose saved file is not in the set', () => {
    const set = setWithAttachments();
    set.files.delete(PATH);
    expect(() => buildBundleFiles(set)).toThrow(`cannot export message story_a1: its attachment file ${PATH} is not in the evidence set`);
  });

  it('verifies OK, and fails naming the file once the attachment is changed, even with the manifest redone', async () => {
    const files = buildBundleFiles(setWithAttachments());
    expect(await verifyBundle(await signedZip(files))).toMatchObject({ ok: true, problems: [] });

    const changed = new Map(files);
    const forged = new Uint8Array(PDF);
    forged[10] = (forged[10] ?? 0) ^ 1;
    changed.set(PATH, forged);
    const plain = await verifyBundle(await signedZip(changed));
    expect(plain.ok).toBe(false);
    expect(plain.problems).toEqual([`changed: ${PATH} (hash differs)`, `changed: ${PATH} (its content is not the file evidence.json recorded: the SHA-256 differs from its name)`]);
    // Recomputing datapackage.json hides nothing: the file's name is its hash, recorded in evidence.json.
    const relisted = await verifyBundle(await signedZip(relist(changed)));
    expect(relisted.problems).toEqual([`changed: ${PATH} (its content is not the file evidence.json recorded: the SHA-256 differs from its name)`]);
  });

  it('fails when evidence.json names a saved file the bundle does not hold', async () => {
    const files = editManifest(buildBundleFiles(setWithAttachments()), (resources) => resources.filter((r) => r.path !== PATH));
    files.delete(PATH);
    const result = await verifyBundle(await signedZip(files));
    expect(result.problems).toContain(`missing: ${PATH} (the saved file of an attachment of message story_a1)`);
  });
});
