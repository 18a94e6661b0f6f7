// An export set with saved attachment files: story_a1's file is in the set, story_b1's download failed.
import { sha256Hex } from '../../../src/shared/hash';
import type { EvidenceSet } from '../../../src/shared/model';
import { makeEvidenceSet } from './export-fixtures';

export const PDF = new TextEncoder().encode('%PDF-1.4\n% a scanned, signed change request\n%%EOF\n');
export const SHA = sha256Hex(PDF);
export const PATH = `attachments/${SHA}.xlsx`;
export const LINK = 'https://www.upwork.com/ab/messages/att/1';

/** story_a1 has a saved file (named .xlsx on the page); story_b1's download failed. */
export function setWithAttachments(): EvidenceSet {
  const set = makeEvidenceSet();
  set.messages = set.messages.map((m) => {
    if (m.id === 'story_a1') return { ...m, attachments: [{ ...m.attachments[0]!, sha256: SHA, savedBytes: PDF.length, mediaType: 'application/vnd.ms-excel' }] };
    if (m.id === 'story_b1') return { ...m, attachments: [{ ...m.attachments[0]!, sha256: null, downloadError: 'larger than the 25 MB limit you set (31.2 MB)' }] };
    return m;
  });
  set.files.set(PATH, PDF);
  return set;
}

