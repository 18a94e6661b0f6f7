// evidence.json messages[] back into stored message rows: the inverse of messageRecord in
// ../export/evidence-document.ts. `position` and `deletedSeenAt` are not in the bundle; see
// derived-fields.ts for what stands in for them.
import type { Attachment, FieldConflict, FieldSource, SourcedField, StoredMessage } from '../shared/model';
import { SOURCED_FIELDS } from '../shared/provenance';
import type { BundleFiles } from './bundle-files';
import { Fields } from './fields';
import { MAX_SHORT_TEXT_LENGTH } from './limits';
import { refuse } from './refusal';
import { readReview } from './read-review';

const SHA256 = /^[0-9a-f]{64}$/;

export function readMessage(f: Fields, files: BundleFiles): StoredMessage {
  return {
    id: f.id('id'),
    conversationId: f.id('conversationId'),
    kind: f.oneOf('kind', ['message', 'system']),
    sender: f.textOrNull('sender', MAX_SHORT_TEXT_LENGTH),
    sentAt: f.utcTimeOrNull('sentAt'),
    sentAtText: f.textOrNull('sentAtText', MAX_SHORT_TEXT_LENGTH),
    sentAtPrecision: f.oneOf('sentAtPrecision', ['minute', 'millisecond']),
    text: f.text('text'),
    replyTo: f.idOrNull('replyTo'),
    attachments: f.objects('attachments', 'attachment').map((a) => readAttachment(a, files)),
    deleted: f.boolean('deleted'),
    // Extra beyond the spec: a bundle that does not say was not marked edited by its page.
    edited: f.optional('edited', (k) => f.boolean(k), false),
    versions: f.objects('versions', 'earlier text').map((v) => ({ text: v.text('text'), seenAt: v.utcTime('seenAt'), captureId: v.id('captureId') })),
    firstCapturedAt: f.utcTime('firstCapturedAt'),
    captureIds: f.ids('captureIds'),
    ...readProvenance(f),
    ...readReview(f, true),
    // Filled in by derived-fields.ts from the bundle's order.
    position: 0,
    // The bundle does not say when a deletion was first seen; a guessed time would read as evidence.
    deletedSeenAt: null,
  };
}

/**
 * `sources` and `conflicts` (format 2; a bundle without them read everything from the page). As
 * stored, a field read from the page alone is not named, and no conflict means no list.
 */
function readProvenance(f: Fields): Pick<StoredMessage, 'sources' | 'conflicts'> {
  const out: Pick<StoredMessage, 'sources' | 'conflicts'> = {};
  if (f.has('sources')) {
    const given = f.object('sources');
    const sources: Partial<Record<SourcedField, FieldSource>> = {};
    for (const [key] of given.entries()) {
      if (!(SOURCED_FIELDS as readonly string[]).includes(key)) refuse(`${given.where}: "${key.slice(0, 40)}" is not a field with a source.`);
      const source = given.oneOf(key, ['dom', 'page-data', 'both']);
      if (source !== 'dom') sources[key as SourcedField] = source;
    }
    if (Object.keys(sources).length > 0) out.sources = sources;
  }
  const conflicts = f.optional('conflicts', (k) => f.objects(k, 'conflict').map(readConflict), []);
  if (conflicts.length > 0) out.conflicts = conflicts;
  return out;
}

function readConflict(c: Fields): FieldConflict {
  const value = (key: string): FieldConflict['dom'] => {
    const v = c.raw(key);
    if (v === null || typeof v === 'boolean') return v;
    if (!c.has(key)) refuse(`${c.where}: "${key}" is missing.`);
    return c.text(key);
  };
  return { field: c.oneOf('field', SOURCED_FIELDS), dom: value('dom'), pageData: value('pageData') };
}

/** The spec's { name, size, url } and, where a file was saved, its SHA-256, size and type. */
function readAttachment(a: Fields, files: BundleFiles): Attachment {
  const out: Attachment = { name: a.text('name', MAX_SHORT_TEXT_LENGTH), size: a.textOrNull('size', MAX_SHORT_TEXT_LENGTH), url: a.textOrNull('url') };
  if (a.has('mediaType')) out.mediaType = a.id('mediaType');
  if (a.has('savedBytes')) out.savedBytes = a.integer('savedBytes', 0, Number.MAX_SAFE_INTEGER);
  if (a.has('downloadError')) out.downloadError = a.text('downloadError');
  if (a.has('leftOut')) {
    // The exporter left the file out on purpose (redaction): keep the record, say why, expect no file.
    out.downloadError = 'the file was left out of the bundle this was imported from';
  } else if (a.has('sha256')) {
    const sha256 = a.idOrNull('sha256');
    if (sha256 !== null && !SHA256.test(sha256)) refuse(`${a.where}: "sha256" is not a SHA-256 in lowercase hex.`);
    out.sha256 = sha256;
    if (sha256) files.attachmentFile(sha256, out.name, out.mediaType, a.where);
  } else if (a.has('path')) {
    refuse(`${a.where} names a saved file but gives no SHA-256 for it.`);
  }
  return out;
}
