// The Timeline section of both reports: the report's body. Messages appear once each, as full
// cards; contract events as short numbered lines naming their contract.
import type { ExportView } from '../../bundle/export-view';
import { escapeHtml as h } from '../format/html-escape';
import { mdInline } from '../format/markdown-escape';
import { messageHtml } from '../report-html-messages';
import { messageMarkdown } from '../report-markdown-messages';
import { utcText } from '../format/time-format';
import type { TimelineEntry } from './timeline';

const INTRO = 'Every message and system event in this export, and the contract events (start, milestone due dates, milestone statuses and term changes as first captured), in one time order. Entries are numbered so a statement can point at them.';

function eventTime(e: TimelineEntry): string {
  if (!e.at) return 'time not known';
  return e.dateOnly ? `${e.at.slice(0, 10)} (date)` : utcText(e.at);
}

export function timelineHtml(view: ExportView, entries: readonly TimelineEntry[]): string {
  const rows = entries.map((e) =>
    e.message
      ? messageHtml(view, e.message, e.n, e.source)
      : `<article class="event" id="m-${e.n}"><span class="entry-number">${e.n}</span><time${e.at ? ` datetime="${h(e.at)}"` : ''}>${h(eventTime(e))}</time> <span class="source">${h(e.source)}</span><p>${h(e.event ?? '')}</p></article>`,
  );
  return `<section id="timeline">
<h2>Timeline</h2>
<p>${INTRO}</p>
${rows.length ? rows.join('\n') : '<p>Nothing in this export has a time.</p>'}
</section>`;
}

export function timelineMarkdown(view: ExportView, entries: readonly TimelineEntry[]): string {
  const rows = entries.map((e) => (e.message ? messageMarkdown(view, e.message, e.n, e.source) : `### ${e.n}. ${mdInline(eventTime(e))}: ${mdInline(e.source)}\n\n${mdInline(e.event ?? '')}`));
  return ['## Timeline', INTRO, ...(rows.length ? rows : ['Nothing in this export has a time.'])].join('\n\n');
}
