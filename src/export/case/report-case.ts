// The case sections of both reports, right after the cover: the statement, the exhibit list and
// the deadlines as of the export. A report of no case has none of them.
import { deadlinesOfCase } from '../../shared/cases/case-deadlines';
import { captureScreenshots } from '../../shared/cases/exhibits';
import { describeDue, termsDecide } from '../../shared/deadlines';
import { CASE_STAGE_LABELS, type CaseExhibit, type DisputeCase } from '../../shared/model';
import { caseStatement } from './case-records';
import type { ExportView } from '../bundle/export-view';
import { escapeHtml as h } from '../report/format/html-escape';
import { mdInline, mdQuote } from '../report/format/markdown-escape';
import { utcText } from '../report/format/time-format';
import type { TimelineEntry } from '../report/timeline/timeline';

const FLAG = { soon: 'WITHIN 48 HOURS', past: 'PAST', upcoming: '', unknown: 'DATE NEEDED' } as const;

/**
 * Each party once, the contract's roles first: a contract names its client as "Dana Whitfield,
 * Whitfield Home Goods" where the room says "Dana Whitfield", so a name already said as the first
 * part of a fuller one is the same person. Joined with "; " since a party's name may hold a comma.
 */
export function caseParties(roles: readonly (readonly [string | null | undefined, string])[], participants: readonly string[]): string[] {
  const parties: { name: string; role: string }[] = [];
  const person = (name: string) => name.split(',')[0]!.trim().toLowerCase();
  for (const [name, role] of [...roles, ...participants.map((p) => [p, ''] as const)]) {
    const full = name?.trim();
    if (!full) continue;
    const same = parties.find((p) => person(p.name) === person(full));
    if (!same) parties.push({ name: full, role });
    else {
      if (full.length > same.name.length) same.name = full;
      same.role ||= role;
    }
  }
  return parties.map((p) => (p.role ? `${p.name} (${p.role})` : p.name));
}

/** Cover facts about the case: parties, contracts, stage. */
export function caseFacts(view: ExportView, c: DisputeCase): [string, string][] {
  const contracts = view.set.terms.flatMap((t) => (t.record.kind === 'contract' ? [t.record.contract] : []));
  const parties = caseParties(contracts.flatMap((k) => [[k.client, 'client'], [k.freelancer, 'freelancer']] as const), view.conversations.flatMap((r) => r.participants));
  return [
    ['Case', c.name],
    ['Dispute type', c.disputeType],
    ['Parties', parties.join('; ') || '—'],
    ['Contracts', c.contractIds.map((id) => { const k = contracts.find((x) => x.id === id); return k ? `${k.title} (${id}, ${k.type ?? 'type not shown'})` : `${id} (not captured)`; }).join('; ') || '—'],
    ['Stage', `${CASE_STAGE_LABELS[c.stage]} (since ${utcText(c.stageHistory.at(-1)?.at ?? c.createdAt)})`],
  ];
}

interface CaseParts {
  statement: string;
  exhibits: { number: string; what: string; entry: number | null }[];
  deadlines: ReturnType<typeof deadlinesOfCase>;
}

function caseParts(view: ExportView, c: DisputeCase, timeline: readonly TimelineEntry[]): CaseParts {
  const entryOf = new Map(timeline.flatMap((e) => (e.message ? [[e.message.id, e] as const] : [])));
  const what = (x: CaseExhibit): { what: string; entry: number | null } => {
    const e = x.kind === 'message' ? entryOf.get(x.id) : undefined;
    if (e?.message) return { what: `${e.message.sentAt ? utcText(e.message.sentAt) : 'time not shown'}, ${e.message.sender ?? 'system'} (${e.source}): ${(e.message.text.split('\n')[0] ?? '').slice(0, 120)}`, entry: e.n };
    if (x.kind === 'contract') return { what: `Contract ${x.id}, as captured (see Contracts and terms)`, entry: null };
    const shot = x.kind === 'capture' ? view.captureById.get(x.id) : undefined;
    if (shot) return { what: `Screenshot of "${shot.title}" taken at capture ${shot.id}, ${utcText(shot.capturedAt)}: ${captureScreenshots(shot).map((f) => f.path).join(', ') || 'no screenshot file in this export'}`, entry: null };
    return { what: `${x.kind} ${x.id} (not in this export)`, entry: null };
  };
  return {
    statement: caseStatement(c, view.set),
    exhibits: c.exhibits.map((x) => ({ number: x.number, ...what(x) })),
    deadlines: deadlinesOfCase(c, view.set.terms, new Date(view.set.exportedAt)),
  };
}

export function caseHtml(view: ExportView, timeline: readonly TimelineEntry[], timeZone: string): string {
  const c = view.theCase;
  if (!c) return '';
  const p = caseParts(view, c, timeline);
  const exhibits = p.exhibits.map((x) => `<tr><td><strong>${h(x.number)}</strong></td><td>${x.entry ? `<a href="#m-${x.entry}">Timeline ${x.entry}</a>` : '—'}</td><td>${h(x.what)}</td></tr>`);
  const deadlines = p.deadlines.deadlines.map(
    (d) => `<tr class="deadline-${d.status}"><td>${FLAG[d.status] ? `<strong>${FLAG[d.status]}</strong> ` : ''}${h(d.name)}</td><td>${d.due ? h(describeDue(d.due, timeZone)) : h(d.needs ?? '')}</td><td>${h(d.basis)}<br><span class="url">${h(d.source)}</span></td></tr>`,
  );
  return `<section id="statement">
<h2>Statement</h2>
${p.statement.split('\n').map((line) => (line ? `<p>${h(line)}</p>` : '')).join('\n')}
</section>
<section id="exhibits">
<h2>Exhibits</h2>
${exhibits.length ? `<table><thead><tr><th>Exhibit</th><th>Entry</th><th>What</th></tr></thead><tbody>\n${exhibits.join('\n')}\n</tbody></table>` : '<p>No exhibits: no evidence of this case is marked as key.</p>'}
</section>
<section id="deadlines">
<h2>Deadlines</h2>
${p.deadlines.problems.map((x) => `<p class="warning">${h(x)}</p>`).join('\n')}
${deadlines.length ? `<table><thead><tr><th>Deadline</th><th>Due</th><th>Rests on</th></tr></thead><tbody>\n${deadlines.join('\n')}\n</tbody></table>` : ''}
<p>As of the export. ${h(termsDecide())}</p>
</section>`;
}

export function caseMarkdown(view: ExportView, timeline: readonly TimelineEntry[], timeZone: string): string[] {
  const c = view.theCase;
  if (!c) return [];
  const p = caseParts(view, c, timeline);
  return [
    '## Statement',
    mdQuote(p.statement),
    '## Exhibits',
    p.exhibits.length ? p.exhibits.map((x) => `- **${x.number}**${x.entry ? ` (Timeline ${x.entry})` : ''}: ${mdInline(x.what)}`).join('\n') : 'No exhibits: no evidence of this case is marked as key.',
    '## Deadlines',
    [
      ...p.deadlines.problems.map((x) => `- ${mdInline(x)}`),
      ...p.deadlines.deadlines.map((d) => `- ${FLAG[d.status] ? `**${FLAG[d.status]}** ` : ''}${mdInline(d.name)}: ${mdInline(d.due ? describeDue(d.due, timeZone) : d.needs ?? '')}. ${mdInline(d.basis)}. ${mdInline(d.source)}`),
    ].join('\n') || 'No deadlines.',
    `As of the export. ${mdInline(termsDecide())}`,
  ];
}
