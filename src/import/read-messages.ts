// evidence.json messages[] back into stored message rows: the inverse of messageRecord in
// ../export/evidence-document.ts. `position` and `deletedSeenAt` are not in the bundle; see
// derived-fields.ts for what stands in for them.
import type { Attachment, StoredMessage } from '../shared/model';
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
    ...readReview(f, true),
    // Filled in by derived-fields.ts from the bundle's order.
    position: 0,
    // The bundle does not say when a deletion was first seen; a guessed time would read as evidence.
    deletedSeenAt: null,
  };
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
