// The conversations of report.html (who, which contract, where) and the message cards the
// Timeline shows them in. Every captured string goes through h(); nothing captured becomes
// markup or a non-http link.
import type { Attachment, StoredConversation, StoredMessage } from '../../shared/model';
import { attachmentFileNote } from './attachment-file-note';
import { versionsOldestFirst, type ConversationSection, type ExportView } from '../bundle/export-view';
import { escapeHtml as h, urlHtml } from './format/html-escape';
import { provenanceNotes } from './report-provenance';
import { messageTime, utcText } from './format/time-format';
import { redactedText } from './redacted-text';
import type { LeftOutFileNote } from '../redact/redaction-notes';

export function conversationsHtml(view: ExportView): string {
  return view.sections.map((s) => sectionHtml(view, s)).join('\n');
}

function sectionHtml(view: ExportView, s: ConversationSection): string {
  const c = s.conversation;
  const count = s.messages.length ? `<p>${s.messages.length} ${s.messages.length === 1 ? 'message' : 'messages'} of this conversation are in the Timeline.</p>` : '<p>No messages of this conversation are in this export.</p>';
  return `<section class="conversation">
<h2>Conversation: ${h(c?.title ?? s.id)}</h2>
${c ? conversationFacts(view, c) : `<p class="warning">This export holds messages of conversation ${h(s.id)} but no record of the conversation itself.</p>`}
${count}
</section>`;
}

function conversationFacts(view: ExportView, c: StoredConversation): string {
  const rows: [string, string][] = [
    ['Subtitle', c.subtitle ? h(c.subtitle) : '—'],
    ['Contract ids', c.contractIds.length ? c.contractIds.map(h).join(', ') : '—'],
    ['Participants', c.participants.length ? c.participants.map(h).join(', ') : '—'],
    ['Room id', `<code>${h(c.id)}</code>`],
    ['URL', urlHtml(c.url)],
  ];
  if (c.key) rows.push(['Key evidence', 'the whole conversation is marked as key evidence']);
  if (c.tags.length) rows.push(['Tags', tagsHtml(view, c.tags)]);
  if (c.note) rows.push(['Note', `<span class="note">${h(c.note)}</span>`]);
  return `<dl class="facts">\n${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}\n</dl>`;
}

/** One message card; `anchor` is its Timeline number, `source` the conversation it belongs to. */
export function messageHtml(view: ExportView, m: StoredMessage, anchor: number, source = ''): string {
  const exhibit = view.exhibits.get(m);
  const classes = ['message', m.kind === 'system' ? 'system' : '', exhibit ? 'key' : ''].filter(Boolean).join(' ');
  const parts = [
    `<header><span class="entry-number">${anchor}</span>${exhibit ? `<span class="exhibit">Key evidence · Exhibit ${exhibit}</span>` : ''}` +
      `<span class="sender">${h(m.sender ?? (m.kind === 'system' ? 'System event' : 'Unknown sender'))}</span>` +
      (m.kind === 'system' && m.sender ? '<span class="meta">system event</span>' : '') +
      `${timeHtml(view, m)}${source ? `<span class="source">${h(source)}</span>` : ''}</header>`,
    textHtml(m.text, m.deleted ? '(no text was seen before it was deleted)' : '(no text)'),
  ];
  const redacted = view.redaction.texts.get(m);
  if (redacted) parts.push(`<p class="marker redacted">${h(redactedText(redacted))}</p>`);
  if (m.attachments.length) {
    parts.push(`<ul class="attachments">${m.attachments.map((a) => attachmentHtml(a, view.redaction.leftOutAttachments.get(a))).join('')}</ul>`);
  }
  if (m.deleted) {
    const seen = m.deletedSeenAt ? `, first seen deleted ${h(utcText(m.deletedSeenAt))}` : '';
    parts.push(`<p class="marker deleted">Deleted: the page showed this message as deleted${seen}. The text above is the last text seen before deletion.</p>`);
  }
  if (m.edited) parts.push('<p class="marker edited">Edited: the page marked this message as edited.</p>');
  for (const note of provenanceNotes(m)) parts.push(`<p class="provenance ${note.kind}">${h(note.text)}</p>`);
  if (m.versions.length) parts.push(versionsHtml(view, m));
  if (m.tags.length) parts.push(`<p>Tags: ${tagsHtml(view, m.tags)}</p>`);
  if (m.note) parts.push(`<p>Note: <span class="note">${h(m.note)}</span></p>`);
  const reply = m.replyTo ? ` · in reply to <code>${h(m.replyTo)}</code>` : '';
  parts.push(`<p class="meta">Message id <code>${h(m.id)}</code>${reply} · captured in ${m.captureIds.map((id) => `<code>${h(id)}</code>`).join(', ')}</p>`);
  return `<article class="${classes}" id="m-${anchor}">\n${parts.join('\n')}\n</article>`;
}

function attachmentHtml(a: Attachment, leftOut: LeftOutFileNote | undefined): string {
  const note = attachmentFileNote(a, leftOut);
  // A relative link opens the file from the unzipped bundle; the path is hex and [a-z0-9] only.
  const file = note.saved
    ? `<span class="file">File in this bundle: <a href="${h(note.path)}"><code>${h(note.path)}</code></a>${note.detail ? ` (${h(note.detail)})` : ''}</span>`
    : `<span class="file missing">${h(note.text.charAt(0).toUpperCase() + note.text.slice(1))}</span>`;
  return `<li>Attachment: ${h(a.name)}${a.size ? ` (${h(a.size)})` : ''}${a.url ? ` ${urlHtml(a.url)}` : ''}<br>${file}</li>`;
}

/** UTC as the reference, then the capture's local time and the page's own words for checking. */
function timeHtml(view: ExportView, m: StoredMessage): string {
  const time = messageTime(view, m);
  if (!m.sentAt || !time) return `<span class="local">Time not shown on the page${m.sentAtText ? `; page text "${h(m.sentAtText)}"` : ''}</span>`;
  const { zone, local } = time;
  const details = [local && zone ? `local (${h(zone)}): ${h(local)}` : '', m.sentAtText ? `page showed "${h(m.sentAtText)}"` : ''].filter(Boolean);
  return `<time datetime="${h(m.sentAt)}">${h(time.utc)}</time>` +
    (details.length ? `<span class="local">${details.join(' · ')}</span>` : '');
}

function textHtml(text: string, empty: string): string {
  if (!text) return `<div class="text"><p><em>${empty}</em></p></div>`;
  return `<div class="text">${text.split('\n').map((p) => `<p>${h(p)}</p>`).join('')}</div>`;
}

function versionsHtml(view: ExportView, m: StoredMessage): string {
  const items = versionsOldestFirst(m.versions).map((v) => {
    const redacted = view.redaction.texts.get(v);
    const note = redacted ? `<p class="marker redacted">${h(redactedText(redacted))}</p>` : '';
    return `<li>Seen ${h(utcText(v.seenAt))} in capture <code>${h(v.captureId)}</code>:${textHtml(v.text, '(empty)')}${note}</li>`;
  });
  return `<div class="versions"><p>Earlier versions, oldest first:</p><ol>${items.join('')}</ol></div>`;
}

function tagsHtml(view: ExportView, ids: string[]): string {
  // A custom tag's colour marks its left edge; the name stays in the text colour.
  return ids
    .map((id) => {
      const color = view.tagColor(id);
      return `<span class="tag"${color ? ` style="border-left: .5rem solid ${color}"` : ''}>${h(view.tagLabel(id))}</span>`;
    })
    .join(' ');
}
