// evidence.json as a whole back into stored rows: the document's own checks (format, each list,
// no record twice), then each record by its reader, then the fields the bundle does not carry.
import type { DisputeCase, Tag } from '../shared/model';
import type { BundleFiles } from './bundle-files';
import { withDerivedFields, type BundleRecords } from './derived-fields';
import { Fields } from './fields';
import { MAX_SHORT_TEXT_LENGTH } from './limits';
import { readCapture } from './read-captures';
import { readCases } from './read-cases';
import { readConversation } from './read-conversations';
import { readMessage } from './read-messages';
import { readAllTerms } from './read-terms';
import { refuse } from './refusal';

export interface EvidenceRecords extends BundleRecords {
  exportedAt: string;
  tags: Tag[];
  cases: DisputeCase[];
}

export function readEvidence(doc: Fields, files: BundleFiles): EvidenceRecords {
  const version = doc.raw('formatVersion');
  if (doc.raw('format') !== 'upwork-evidence' || (version !== 1 && version !== 2)) refuse('evidence.json is not format "upwork-evidence", version 1 or 2.');
  const exportedAt = doc.utcTime('exportedAt');
  // Captures first: every file the other records name is checked against the bundle as it is read.
  const captures = unique(doc.objects('captures', 'capture').map((f) => readCapture(f, files)), 'capture');
  const conversations = unique(doc.objects('conversations', 'conversation').map(readConversation), 'conversation');
  const messages = unique(doc.objects('messages', 'message').map((f) => readMessage(f, files)), 'message');
  const terms = unique(readAllTerms(doc), 'contract or terms record');
  const tags = unique(doc.optional('tags', (k) => doc.objects(k, 'tag'), []).map(readTag), 'tag');
  const cases = unique(readCases(doc, exportedAt), 'case');
  return { exportedAt, tags, cases, ...withDerivedFields({ captures, conversations, messages, terms }, exportedAt) };
}

function readTag(f: Fields): Tag {
  const tag: Tag = { id: f.id('id'), label: f.text('label', MAX_SHORT_TEXT_LENGTH), kind: f.oneOf('kind', ['dispute-type', 'custom']) };
  // A colour came with custom tags in later bundles; earlier ones (and format 1) have none.
  const color = f.optional('color', (k) => f.hexColour(k), undefined);
  return color === undefined ? tag : { ...tag, color };
}

/** A record listed twice would make "whole or nothing" ambiguous: which of the two is the evidence? */
function unique<T extends { id: string }>(records: T[], what: string): T[] {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) refuse(`evidence.json lists the ${what} ${r.id.slice(0, 80)} more than once.`);
    seen.add(r.id);
  }
  return records;
}
