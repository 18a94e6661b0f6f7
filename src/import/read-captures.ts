// evidence.json captures[] back into stored capture rows: the inverse of captureRecord in
// ../export/evidence-document.ts. Which messages a capture saw, its counts and the terms it read
// are not in the record; derived-fields.ts fills them in from the other records.
import type { StoredCapture, StoredPageKind } from '../shared/model';
import type { BundleFiles } from './bundle-files';
import type { Fields } from './fields';
import { MAX_SHORT_TEXT_LENGTH } from './limits';
import { refuse } from './refusal';

const STORABLE_KINDS = ['messages-room', 'contract', 'job-post', 'offer', 'proposal', 'timesheet', 'other'] as const;
const SHA256 = /^[0-9a-f]{64}$/;

export function readCapture(f: Fields, files: BundleFiles): StoredCapture {
  const id = f.id('id');
  if (/[/\\]/.test(id)) refuse(`${f.where}: "id" contains a slash, so it cannot name a folder of the bundle.`);
  const sha256 = f.text('sha256', MAX_SHORT_TEXT_LENGTH);
  if (!SHA256.test(sha256)) refuse(`${f.where}: "sha256" is not a SHA-256 in lowercase hex.`);
  const paths = f.texts('files', MAX_SHORT_TEXT_LENGTH);
  if (new Set(paths).size !== paths.length) refuse(`${f.where} lists the same file twice.`);
  return {
    id,
    url: f.text('url'),
    pageKind: pageKind(f),
    title: f.text('title'),
    capturedAt: f.utcTime('capturedAt'),
    timeZone: f.id('timeZone'),
    utcOffsetMinutes: f.integer('utcOffsetMinutes', -24 * 60, 24 * 60),
    browser: f.text('browser', MAX_SHORT_TEXT_LENGTH),
    userAgent: f.text('userAgent', MAX_SHORT_TEXT_LENGTH),
    // Extra beyond the spec: a bundle from another tool does not say which version captured.
    extensionVersion: f.optional('extensionVersion', (k) => f.id(k), 'unknown'),
    actions: f.texts('actions'),
    files: paths.map((path) => files.captureFile(path, id, f.where)),
    sha256,
    // Extras beyond the spec; a bundle without them read no conversation and kept all it loaded.
    conversationId: f.optional('conversationId', (k) => f.idOrNull(k), null),
    partial: f.optional('partial', (k) => f.boolean(k), false),
    // Filled in by derived-fields.ts.
    messageIds: [],
    termsId: null,
    counts: { total: 0, new: 0, edited: 0, deleted: 0 },
  };
}

/** The spec's kind back to ours: a workroom's message tab exports as a messages room that names its layout. */
function pageKind(f: Fields): StoredPageKind {
  const kind = f.oneOf('pageKind', STORABLE_KINDS);
  if (kind === 'messages-room' && f.has('pageVariant') && f.text('pageVariant', MAX_SHORT_TEXT_LENGTH) === 'workroom-messages') return 'workroom-messages';
  return kind;
}
