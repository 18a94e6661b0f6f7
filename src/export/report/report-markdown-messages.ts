// The conversations of report.md. Message text is quoted line by line (mdQuote) so a hostile
// line such as "# Heading" or "[x](javascript:…)" stays literal text.
import type { Attachment, StoredMessage } from '../../shared/model';
import { attachmentFileNote } from './attachment-file-note';
import { versionsOldestFirst, type ConversationSection, type ExportView } from '../bundle/export-view';
import { mdCode, mdInline, mdQuote } from './format/markdown-escape';
import { provenanceNotes } from './report-provenance';
import { messageTime, utcText } from './format/time-format';
import { redactedText } from './redacted-text';
import type { LeftOutFileNote } from '../redact/redaction-notes';

export function conversationsMarkdown(view: ExportView): string {
  return view.sections.map((s) => sectionMarkdown(view, s)).join('\n\n');
}

function sectionMarkdown(view: ExportView, s: ConversationSection): string {
  const c = s.conversation;
  const head = [`## Conversation: ${mdInline(c?.title ?? s.id)}`];
  if (c) {
    const facts = [
      `- Subtitle: ${c.subtitle ? mdInline(c.subtitle) : '—'}`,
      `- Contract ids: ${c.contractIds.length ? c.contractIds.map(mdInline).join(', ') : '—'}`,
      `- Participants: ${c.participants.length ? c.participants.map(mdInline).join(', ') : '—'}`,
      `- Room id: ${mdCode(c.id)}`,
      `- URL: ${mdCode(c.url)}`,
    ];
    if (c.key) facts.push('- **Key evidence:** the whole conversation');
    if (c.tags.length) facts.push(`- Tags: ${c.tags.map((t) => mdInline(view.tagLabel(t))).join(', ')}`);
    if (c.note) facts.push(`- Note: ${mdInline(c.note)}`);
    head.push(facts.join('\n'));
  } else {
    head.push(`This export holds messages of conversation ${mdCode(s.id)} but no record of the conversation itself.`);
  }
  const count = s.messages.length ? `${s.messages.length} ${s.messages.length === 1 ? 'message' : 'messages'} of this conversation are in the Timeline.` : 'No messages of this conversation are in this export.';
  return [...head, count].join('\n\n');
}

/** One message; `n` is its Timeline number, `source` the conversation it belongs to. */
export function messageMarkdown(view: ExportView, m: StoredMessage, n: number, source = ''): string {
  const exhibit = view.exhibits.get(m);
  const time = messageTime(view, m);
  const when = time ? mdInline(time.utc) : 'time not shown';
  const who = mdInline(m.sender ?? (m.kind === 'system' ? 'System event' : 'Unknown sender'));
  const blocks = [`### ${n}. ${when}: ${who}${exhibit ? ` (KEY EVIDENCE, Exhibit ${exhibit})` : ''}`];
  const facts = [`- Message id: ${mdCode(m.id)}${m.kind === 'system' ? ' (system event)' : ''}${source ? ` · ${mdInline(source)}` : ''}`];
  if (time?.local && time.zone) facts.push(`- Local time (${mdInline(time.zone)}): ${mdInline(time.local)}`);
  if (m.sentAtText) facts.push(`- Page showed: ${mdInline(m.sentAtText)}`);
  blocks.push(facts.join('\n'));
  blocks.push(m.text ? mdQuote(m.text) : m.deleted ? '*(no text was seen before it was deleted)*' : '*(no text)*');
  const after: string[] = [];
  const redacted = view.redaction.texts.get(m);
  if (redacted) after.push(`- **Redacted:** ${mdInline(redactedText(redacted))}`);
  for (const a of m.attachments) after.push(`- Attachment: ${mdInline(a.name)}${a.size ? ` (${mdInline(a.size)})` : ''}${a.url ? ` ${mdCode(a.url)}` : ''}; ${fileMarkdown(a, view.redaction.leftOutAttachments.get(a))}`);
  if (m.deleted) after.push(`- **Deleted:** the page showed this message as deleted${m.deletedSeenAt ? `, first seen deleted ${mdInline(utcText(m.deletedSeenAt))}` : ''}; the text above is the last text seen before deletion`);
  if (m.edited) after.push('- **Edited:** the page marked this message as edited');
  for (const note of provenanceNotes(m)) after.push(`- **${note.kind === 'conflict' ? 'Disagreement' : 'Source'}:** ${mdInline(note.text)}`);
  if (m.tags.length) after.push(`- Tags: ${m.tags.map((t) => mdInline(view.tagLabel(t))).join(', ')}`);
  if (m.note) after.push(`- Note: ${mdInline(m.note)}`);
  if (after.length) blocks.push(after.join('\n'));
  if (m.versions.length) {
    blocks.push('Earlier versions, oldest first:');
    for (const v of versionsOldestFirst(m.versions)) {
      blocks.push(`- Seen ${mdInline(utcText(v.seenAt))} in capture ${mdCode(v.captureId)}:`, v.text ? mdQuote(v.text) : '*(empty)*');
      const note = view.redaction.texts.get(v);
      if (note) blocks.push(`- **Redacted:** ${mdInline(redactedText(note))}`);
    }
  }
  return blocks.join('\n\n');
}

function fileMarkdown(a: Attachment, leftOut: LeftOutFileNote | undefined): string {
  const note = attachmentFileNote(a, leftOut);
  return note.saved ? `file in this bundle: ${mdCode(note.path)}${note.detail ? ` (${mdInline(note.detail)})` : ''}` : mdInline(note.text);
}
