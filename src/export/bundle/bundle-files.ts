// The whole bundle as path → bytes, built from one EvidenceSet and nothing else: pure and
// synchronous, so the same set always gives the same bytes and tests need no zip. buildBundle
// gives the very same bytes, hashing with WebCrypto, for the dashboard's export.
import type { EvidenceSet } from '../../shared/model';
import { exportView } from './export-view';
import { bundleIdentity, type BundleIdentity } from './bundle-identity';
import { sha256HexAsync } from '../../shared/hash';
import { evidenceDocument } from './evidence-document';
import { reportHtml } from '../report/report-html';
import { reportMarkdown } from '../report/report-markdown';
import { messagesCsv } from './messages-csv';
import { custodyJsonl } from './custody-jsonl';
import { verifyPageHtml } from '../verify/verify-page';
import { datapackage } from './datapackage';
import { MANIFEST_PATH, unsafeCapturePath } from './bundle-paths';
import { savedAttachmentPath } from '../../shared/attachment-files';
import evidenceSchema from './evidence.schema.json';
import { sha256Hex } from '../../shared/hash';
import { EXHIBIT_CARD_PATH } from '../case/exhibit-cards';
import { redactEvidenceSet } from '../redact/redact-set';

const encoder = new TextEncoder();
const json = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value, null, 2) + '\n');

/**
 * Every file of the bundle, datapackage.json first; `signedBy` is the fingerprint of the key
 * that will sign it (signBundleFiles), named on the reports' covers. Throws when the set cannot make a bundle
 * that verifies: a capture or saved attachment file that is not in `set.files`, or a file path
 * outside the layout; or when a redaction no longer fits its message's text. Everything is built
 * from the redacted copy of the set (redact/redact-set.ts); the custody log is the store's own.
 */
export function buildBundleFiles(stored: EvidenceSet, extra: BundleExtras = {}): Map<string, Uint8Array> {
  return withManifest(bundleContents(stored, extra));
}

/**
 * The same bytes as buildBundleFiles, with each file hashed by WebCrypto where the platform has
 * it: hashing was a large share of a big export's time in pure JavaScript.
 */
export async function buildBundle(stored: EvidenceSet, extra: BundleExtras = {}): Promise<Map<string, Uint8Array>> {
  const contents = bundleContents(stored, extra);
  const hashes = new Map<string, string>();
  for (const [path, bytes] of contents.listed) hashes.set(path, await sha256HexAsync(bytes));
  return withManifest(contents, hashes);
}

interface BundleContents {
  /** The export's redacted copy of the set. */
  set: EvidenceSet;
  identity: BundleIdentity;
  listed: Map<string, Uint8Array>;
}

/** Files the extension page adds: PNG cards of a case's exhibits, drawn from exhibitCards(set) (a canvas is needed). */
export interface BundleExtras {
  exhibitCards?: ReadonlyMap<string, Uint8Array>;
  /** Fingerprint of the key that will sign the bundle (signBundleFiles), named on the reports' covers. */
  signedBy?: string | null;
}

/**
 * report.html alone, the very bytes the bundle would hold, for `Print report`: the other files
 * are neither built nor hashed (a print of a case with its screenshots need not hash them all).
 */
export function buildReportHtml(stored: EvidenceSet, extra: BundleExtras = {}): Uint8Array {
  const { view, identity } = reportInputs(stored, extra);
  return encoder.encode(reportHtml(view, identity));
}

/** What every report needs: the redacted view, and the identity naming evidence.json's hash. */
function reportInputs(stored: EvidenceSet, extra: BundleExtras) {
  const { set, notes } = redactEvidenceSet(stored);
  checkCaptureFiles(set);
  const view = exportView(set, notes);
  const evidence = json(evidenceDocument(view));
  const identity = { ...bundleIdentity(view, extra.signedBy ?? null), evidenceSha256: sha256Hex(evidence) };
  return { set, view, evidence, identity };
}

function bundleContents(stored: EvidenceSet, extra: BundleExtras): BundleContents {
  const { set, view, evidence, identity } = reportInputs(stored, extra);
  const listed = new Map<string, Uint8Array>([
    ['evidence.json', evidence],
    ['evidence.schema.json', json(evidenceSchema)],
    ['report.html', encoder.encode(reportHtml(view, identity))],
    ['report.md', encoder.encode(reportMarkdown(view, identity))],
    ['messages.csv', encoder.encode(messagesCsv(view))],
    ['custody.jsonl', encoder.encode(custodyJsonl(view.custody))],
    ['verify.html', encoder.encode(verifyPageHtml(identity.title))],
  ]);
  for (const path of [...set.files.keys()].sort()) listed.set(path, set.files.get(path) as Uint8Array);
  for (const [path, bytes] of extra.exhibitCards ?? []) {
    if (!EXHIBIT_CARD_PATH.test(path)) throw new Error(`cannot export exhibit card "${path}": cards are exhibits/E-<n>.png`);
    listed.set(path, bytes);
  }
  return { set, identity, listed };
}

function withManifest({ set, identity, listed }: BundleContents, hashes?: ReadonlyMap<string, string>): Map<string, Uint8Array> {
  const cards = [...listed.keys()].filter((path) => EXHIBIT_CARD_PATH.test(path)).map((path) => [path, 'image/png'] as const);
  const mediaTypes = new Map([...cards, ...set.captures.flatMap((c) => c.files.map((f) => [f.path, f.mediaType] as const)), ...attachmentMediaTypes(set)]);
  const manifest = datapackage({ ...identity, created: set.exportedAt, software: set.software, files: listed, mediaTypes, ...(hashes ? { hashes } : {}) });
  return new Map([[MANIFEST_PATH, json(manifest)], ...listed]);
}

function checkCaptureFiles(set: EvidenceSet): void {
  for (const path of set.files.keys()) {
    const why = unsafeCapturePath(path);
    if (why) throw new Error(`cannot export file "${path}": ${why}`);
  }
  for (const capture of set.captures) {
    for (const file of capture.files) {
      if (!set.files.has(file.path)) throw new Error(`cannot export capture ${capture.id}: its file ${file.path} is not in the evidence set`);
    }
  }
  // The reports name each saved file's path; the bundle must hold it.
  for (const m of set.messages) {
    for (const a of m.attachments) {
      const path = savedAttachmentPath(a);
      if (path && !set.files.has(path)) throw new Error(`cannot export message ${m.id}: its attachment file ${path} is not in the evidence set`);
    }
  }
}

function attachmentMediaTypes(set: EvidenceSet): [string, string][] {
  return set.messages.flatMap((m) => m.attachments.flatMap((a): [string, string][] => {
    const path = savedAttachmentPath(a);
    return path && a.mediaType ? [[path, a.mediaType]] : [];
  }));
}
