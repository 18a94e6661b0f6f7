// Bundles for verification tests: built from the export fixtures, then tampered with in the
// ways a forger (or a damaged disk) would.
import { buildBundleFiles, zipBundle } from '../../src/export';
import { sha256Hex } from '../../src/shared/hash';
import { makeEvidenceSet } from './export-fixtures';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function bundleFiles(): Map<string, Uint8Array> {
  return buildBundleFiles(makeEvidenceSet());
}

export function intactZip(): Promise<Uint8Array> {
  return zipBundle(bundleFiles());
}

export function editText(files: Map<string, Uint8Array>, path: string, edit: (text: string) => string): Map<string, Uint8Array> {
  const copy = new Map(files);
  copy.set(path, encoder.encode(edit(decoder.decode(files.get(path)))));
  return copy;
}

interface Resource {
  path: string;
  hash: string;
  bytes: number;
}

export function editManifest(files: Map<string, Uint8Array>, edit: (resources: Resource[]) => Resource[]): Map<string, Uint8Array> {
  return editText(files, 'datapackage.json', (text) => {
    const manifest = JSON.parse(text) as { resources: Resource[] };
    return JSON.stringify({ ...manifest, resources: edit(manifest.resources) }, null, 2);
  });
}

/** What a careful forger does after editing files: recompute datapackage.json to match. */
export function relist(files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  return editManifest(files, (resources) =>
    resources.map((r) => {
      const bytes = files.get(r.path);
      return bytes ? { ...r, hash: `sha256:${sha256Hex(bytes)}`, bytes: bytes.length } : r;
    }),
  );
}

/**
 * The same bundle as a format 1 exporter wrote it (before bodyHash and withheld lines): custody
 * lines hashed over { seq, at, event, subject, detail, prev }, formatVersion 1, manifest redone.
 */
export function asFormatOne(files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  let prev: string | null = null;
  const oldCustody = editText(files, 'custody.jsonl', (text) =>
    text
      .trim()
      .split('\n')
      .map((line) => {
        const { seq, at, event, subject, detail } = JSON.parse(line) as Record<string, unknown>;
        const hash = sha256Hex(JSON.stringify({ seq, at, event, subject, detail, prev }));
        const out = JSON.stringify({ seq, at, event, subject, detail, prev, hash });
        prev = hash;
        return out + '\n';
      })
      .join(''),
  );
  const oldVersion = (text: string) => text.replace('"formatVersion": 2', '"formatVersion": 1');
  return relist(editText(editText(oldCustody, 'evidence.json', oldVersion), 'datapackage.json', oldVersion));
}
