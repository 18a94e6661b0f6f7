// Where a message came from, in words for both reports: a message the page never showed, a time
// read from the page's own data, and every point where the page and its data disagreed (both
// values). Plain text; each report escapes it in its own way.
import type { FieldConflict, SourcedField, StoredMessage } from '../../shared/model';
import { seenOnlyInPageData } from '../../shared/provenance';
import { utcText } from './format/time-format';

export interface ProvenanceNote {
  kind: 'data-only' | 'time' | 'conflict';
  text: string;
}

const FIELD_WORDS: Record<SourcedField, string> = {
  sender: 'the sender',
  sentAt: 'the time',
  text: 'the text',
  kind: 'whether it was a message or a system event',
  edited: 'whether it was edited',
  deleted: 'whether it was deleted',
  attachments: 'the attached files',
};

export function provenanceNotes(m: StoredMessage): ProvenanceNote[] {
  const notes: ProvenanceNote[] = [];
  if (seenOnlyInPageData(m)) {
    notes.push({ kind: 'data-only', text: "Seen only in the page's own data, never shown on the page: Upwork's responses to the page, which any script on the page could also have sent." });
  } else if (m.sources?.sentAt === 'both') {
    notes.push({ kind: 'time', text: "Exact time from the page's own data; it agrees with the minute the page showed." });
  } else if (m.sources?.sentAt === 'page-data') {
    notes.push({ kind: 'time', text: "Time from the page's own data, not from what the page showed." });
  }
  for (const c of m.conflicts ?? []) notes.push({ kind: 'conflict', text: conflictText(m, c) });
  return notes;
}

function conflictText(m: StoredMessage, c: FieldConflict): string {
  const kept = valueOf(m, c.field) === c.dom ? "this record keeps what the page showed" : "this record keeps the page's data";
  return `The page and its own data disagree on ${FIELD_WORDS[c.field]}: the page showed ${shown(c.field, c.dom)}; the page's data said ${shown(c.field, c.pageData)} (${kept}).`;
}

/** The record's value in the form conflicts use. */
function valueOf(m: StoredMessage, field: SourcedField): FieldConflict['dom'] {
  if (field === 'attachments') return m.attachments.map((a) => a.name).join('\n');
  return m[field];
}

function shown(field: SourcedField, value: FieldConflict['dom']): string {
  if (value === null) return 'nothing';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (field === 'sentAt') return utcText(value, 'millisecond');
  return `"${value.replace(/\n/g, ' / ')}"`;
}
