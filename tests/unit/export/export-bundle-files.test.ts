import { describe, expect, it } from 'vitest';
import { buildBundleFiles, buildReportHtml } from '../../../src/export';
import { sha256Hex } from '../../../src/shared/hash';
import { makeEvidenceSet, text } from './export-fixtures';

const REQUIRED = ['datapackage.json', 'evidence.json', 'evidence.schema.json', 'report.html', 'report.md', 'messages.csv', 'custody.jsonl', 'verify.html'];

interface Manifest {
  profile: string;
  name: string;
  title: string;
  created: string;
  software: { name: string; version: string };
  formatVersion: number;
  resources: { name: string; path: string; hash: string; bytes: number; mediatype: string }[];
}

function manifestOf(files: Map<string, Uint8Array>): Manifest {
  return JSON.parse(text(files.get('datapackage.json'))) as Manifest;
}

describe('buildBundleFiles', () => {
  it('writes every required file and every capture file, datapackage.json first', () => {
    const files = buildBundleFiles(makeEvidenceSet());
    expect([...files.keys()][0]).toBe('datapackage.json');
    for (const path of [...REQUIRED, 'captures/cap-1/page.html', 'captures/cap-2/page.html']) expect(files.has(path), path).toBe(true);
    expect(files.size).toBe(REQUIRED.length + 2);
  });

  it('lists every other file exactly once with its sha256 and size', () => {
    const files = buildBundleFiles(makeEvidenceSet());
    const { resources } = manifestOf(files);
    const listed = resources.map((r) => r.path);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual([...files.keys()].filter((p) => p !== 'datapackage.json').sort());
    for (const r of resources) {
      const bytes = files.get(r.path) as Uint8Array;
      expect(r.hash).toBe(`sha256:${sha256Hex(bytes)}`);
      expect(r.bytes).toBe(bytes.length);
      expect(r.name).toMatch(/^[a-z0-9._/-]+$/);
    }
    expect(new Set(resources.map((r) => r.name)).size).toBe(resources.length);
  });

  it('gives media types, keeping the type recorded at capture', () => {
    const byPath = new Map(manifestOf(buildBundleFiles(makeEvidenceSet())).resources.map((r) => [r.path, r.mediatype]));
    expect(Object.fromEntries(byPath)).toMatchObject({
      'evidence.json': 'application/json',
      'evidence.schema.json': 'application/schema+json',
      'report.html': 'text/html',
      'report.md': 'text/markdown',
      'messages.csv': 'text/csv',
      'custody.jsonl': 'application/jsonl',
      'verify.html': 'text/html',
      'captures/cap-1/page.html': 'text/html',
    });
  });

  it('names and titles the package after the export day and the first conversation', () => {
    const manifest = manifestOf(buildBundleFiles(makeEvidenceSet()));
    expect(manifest).toMatchObject({
      profile: 'data-package',
      name: 'upwork-evidence-2026-11-26-dana-whitfield',
      title: 'Evidence: Shopify store migration (Dana Whitfield) and 1 more conversation',
      created: '2026-11-26T10:04:00Z',
      software: { name: 'Evidence Locker for Upwork', version: '0.1.0' },
      formatVersion: 2,
    });
  });

  it('falls back to a plain name when there is no conversation', () => {
    const set = { ...makeEvidenceSet(), conversations: [], messages: [], captures: [], files: new Map() };
    expect(manifestOf(buildBundleFiles(set)).name).toBe('upwork-evidence-2026-11-26-evidence');
  });

  it('is deterministic: the same set gives the same bytes', () => {
    const a = buildBundleFiles(makeEvidenceSet());
    const b = buildBundleFiles(makeEvidenceSet());
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, bytes] of a) expect(sha256Hex(bytes), path).toBe(sha256Hex(b.get(path) as Uint8Array));
  });

  it('ships capture files byte for byte', () => {
    const set = makeEvidenceSet();
    const files = buildBundleFiles(set);
    for (const [path, bytes] of set.files) expect(files.get(path)).toEqual(bytes);
  });

  it('ships the JSON Schema of evidence.json', () => {
    const schema = JSON.parse(text(buildBundleFiles(makeEvidenceSet()).get('evidence.schema.json'))) as { $schema: string };
    expect(schema.$schema).toContain('json-schema.org');
  });

  it('refuses a capture whose file is not in the set, naming it', () => {
    const set = makeEvidenceSet();
    set.files.delete('captures/cap-1/page.html');
    expect(() => buildBundleFiles(set)).toThrow(/cap-1.*captures\/cap-1\/page\.html/);
  });

  it.each([['report.html'], ['captures/../report.html'], ['/etc/passwd'], ['captures\\x\\page.html'], ['captures//page.html']])(
    'refuses a file path that would clobber or escape the bundle: %s',
    (path) => {
      const set = makeEvidenceSet();
      set.files.set(path, new Uint8Array([1]));
      expect(() => buildBundleFiles(set)).toThrow(/cannot export file/);
    },
  );
});

describe('buildReportHtml (Print report)', () => {
  it('gives the very report.html the bundle holds, without building the other files', () => {
    const set = makeEvidenceSet();
    expect(text(buildReportHtml(set))).toBe(text(buildBundleFiles(set).get('report.html')));
  });
});
