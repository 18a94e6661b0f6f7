// messages.csv: one row per message for a spreadsheet. Columns fixed by evidence-bundle.md.
import type { StoredMessage } from '../../shared/model';
import type { ExportView } from './export-view';
import { csvTable } from './csv';

export const CSV_HEADER = ['conversation', 'id', 'sentAt', 'sender', 'kind', 'text', 'attachments', 'tags', 'note', 'deleted', 'edited'] as const;

export function messagesCsv(view: ExportView): string {
  return csvTable([[...CSV_HEADER], ...view.messages.map((m) => messageRow(view, m))]);
}

function messageRow(view: ExportView, m: StoredMessage): string[] {
  return [
    // The title a person recognises; the id column and evidence.json carry the exact link.
    view.conversationTitle(m.conversationId),
    m.id,
    m.sentAt ?? '',
    m.sender ?? '',
    m.kind,
    m.text,
    m.attachments.map((a) => (a.size ? `${a.name} (${a.size})` : a.name)).join('; '),
    m.tags.map((t) => view.tagLabel(t)).join('; '),
    m.note,
    String(m.deleted),
    String(m.edited),
  ];
}
