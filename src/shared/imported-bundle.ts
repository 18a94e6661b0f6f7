// What reading a verified bundle yields: the stored row types of ../shared/model.ts, ready to be
// added to the store, plus every file they name, once by SHA-256.
import type { DisputeCase, IsoUtc, StoredCapture, StoredConversation, StoredMessage, StoredTerms, Tag } from './model';

export interface ImportedFile {
  sha256: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** What verification established about where a bundle came from. */
export interface BundleOrigin {
  /** The zip's file name as picked. */
  fileName: string;
  /** SHA-256 hex of the bundle's datapackage.json. */
  datapackageSha256: string;
  /** Fingerprint of the key whose signature verified; null when the bundle is not signed. */
  signedBy: string | null;
  /** datapackage.json's formatVersion (1 or 2). */
  formatVersion: number;
}

export interface ImportedBundle {
  /** datapackage.json's name, e.g. "upwork-evidence-2026-11-26-dana-whitfield". */
  name: string;
  origin: BundleOrigin;
  exportedAt: IsoUtc;
  /** The zip as picked, kept so the bundle's own custody log stays available after import. */
  zip: ImportedFile;
  /** The last hash of the bundle's custody.jsonl (null for an empty log): what the import event names. */
  custodyLastHash: string | null;
  captures: StoredCapture[];
  conversations: StoredConversation[];
  messages: StoredMessage[];
  terms: StoredTerms[];
  tags: Tag[];
  /** The user's dispute cases (format 2); their links to rooms, contracts and exhibits are checked against the store when stored. */
  cases: DisputeCase[];
  /** Page copies, MHTML, screenshots and attachment files the records name. */
  files: ImportedFile[];
}

/** Either the records (each capture's importedFrom set), or why the bundle was refused, one plain sentence per problem. */
export type BundleReading = { ok: true; bundle: ImportedBundle } | { ok: false; problems: string[] };
