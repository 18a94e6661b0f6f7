// Reading a bundle for import: only a verified bundle is read, and its records come back as the
// stored rows they were exported from, with the fields evidence.json lacks derived.
import { describe, expect, it } from 'vitest';
import { readBundle, type ImportedBundle } from '../../../src/import';
import { sha256Hex } from '../../../src/shared/bytes/hash';
import type { StoredMessage } from '../../../src/shared/model';
import { richBundle, richEvidenceSet } from './import-fixtures';

async function read(zip: Uint8Array): Promise<ImportedBundle> {
  const reading = await readBundle(zip);
  if (!reading.ok) throw new Error(reading.problems.join('; '));
  return reading.bundle;
}

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const exportedFields = ({ position: _p, deletedSeenAt: _d, ...rest }: StoredMessage) => rest;

describe('reading a bundle for import', () => {
  it('gives back every message, conversation, contract and terms record as stored', async () => {
    const set = richEvidenceSet();
    const bundle = await read(await richBundle(set));
    expect(byId(bundle.messages).map(exportedFields)).toEqual(byId(set.messages).map(exportedFields));
    expect(byId(bundle.conversations)).toEqual(byId(set.conversations));
    expect(byId(bundle.terms)).toEqual(byId(set.terms));
    expect(bundle.tags).toEqual(set.tags);
    // Cases as kept: the lessons' three parts from their one text, a drafted statement as not written yet.
    expect(bundle.cases).toEqual(set.cases);
    expect(bundle.exportedAt).toBe(set.exportedAt);
    expect(bundle.name).toBe('upwork-evidence-2026-11-26-dana-whitfield');
    expect(bundle.custodyLastHash).toBe(set.custody.at(-1)!.hash);
  });

  it('gives back each capture with its files, and derives what evidence.json does not carry', async () => {
    const set = richEvidenceSet();
    const bundle = await read(await richBundle(set));
    const derived = ({ messageIds: _m, counts: _c, termsId: _t, importedFrom: _i, ...rest }: (typeof set.captures)[number]) => rest;
    expect(byId(bundle.captures).map(derived)).toEqual(byId(set.captures).map(derived));
    // Each keeps where it came from: the bundle, its manifest's hash, and the key that signed it.
    expect(new Set(bundle.captures.map((c) => JSON.stringify(c.importedFrom)))).toEqual(new Set([JSON.stringify(bundle.origin && { bundle: 'bundle.zip', datapackageSha256: bundle.origin.datapackageSha256, signedBy: bundle.origin.signedBy })]));
    expect(bundle.origin.signedBy).toMatch(/^[0-9a-f]{64}$/);
    const cap1 = bundle.captures.find((c) => c.id === 'cap-1')!;
    expect(cap1.messageIds).toEqual(['story_a1', 'story_a2', 'story_a3', 'story_a4']);
    expect(cap1.counts).toEqual({ total: 4, new: 4, edited: 0, deleted: 0 });
    expect(bundle.captures.find((c) => c.id === 'cap-2')?.pageKind).toBe('workroom-messages');
    expect(bundle.captures.find((c) => c.id === 'cap-t2')?.termsId).toBe('contract:52004417');
    // Positions follow the bundle's time order within each conversation.
    expect(byId(bundle.messages).map((m) => [m.id, m.position])).toEqual([['story_a1', 0], ['story_a2', 1], ['story_a3', 2], ['story_a4', 3], ['story_b1', 0], ['story_b2', 1]]);
  });

  it('gives back every file the records name, once, by its SHA-256, and the zip itself', async () => {
    const set = richEvidenceSet();
    const zip = await richBundle(set);
    const bundle = await read(zip);
    const expected = new Map([...set.files.values()].map((bytes) => [sha256Hex(bytes), bytes]));
    expect(new Map(bundle.files.map((f) => [f.sha256, f.bytes]))).toEqual(expected);
    expect(bundle.files.find((f) => f.mediaType === 'multipart/related')).toBeDefined();
    expect(bundle.files.find((f) => f.mediaType === 'application/vnd.ms-excel')).toBeDefined();
    expect(bundle.zip).toEqual({ sha256: sha256Hex(zip), mediaType: 'application/zip', bytes: zip });
  });
});
