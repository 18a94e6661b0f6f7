// The "Contracts and terms" section of both reports: each record's terms as last captured, and
// for every change between captures, what it was before and after (scope creep, moved dates).
import type { StoredTerms } from '../../shared/model';
import { describeValue, fieldLabel, termsHistory } from '../../shared/terms/terms-diff';
import { escapeHtml as h } from './format/html-escape';
import { mdInline } from './format/markdown-escape';
import { termsFields } from '../bundle/terms-records';
import { utcText } from './format/time-format';

const KIND_NAMES: Record<StoredTerms['kind'], string> = { contract: 'Contract', timesheet: 'Timesheet', 'job-post': 'Job post', offer: 'Offer', proposal: 'Proposal' };

/** Labels a tag id as the user named it. */
type TagLabel = (id: string) => string;

/** What the reviewer added (key mark, tags, note), then the terms as captured. */
function facts(t: StoredTerms, tagLabel: TagLabel): [string, string][] {
  const review: [string, string][] = [];
  if (t.key) review.push(['Key evidence', 'marked as key evidence']);
  if (t.tags.length) review.push(['Tags', t.tags.map(tagLabel).join(', ')]);
  if (t.note) review.push(['Note', t.note]);
  return [...review, ...termsFacts(t)];
}

function termsFacts(t: StoredTerms): [string, string][] {
  return Object.entries(termsFields(t.record))
    .filter(([k]) => k !== 'milestones')
    .map(([k, v]) => [fieldLabel(k), describeValue(v)]);
}

export function termsHtml(terms: readonly StoredTerms[], tagLabel: TagLabel): string {
  if (terms.length === 0) return '';
  const items = terms.map((t) => {
    const milestones = t.record.kind === 'contract' ? t.record.contract.milestones : t.record.kind === 'offer' || t.record.kind === 'proposal' ? t.record.terms.milestones : [];
    const rows = milestones.map((m) => `<tr><td>${h(m.title)}</td><td>${h(describeValue(m.amount))}</td><td>${h(m.dueDate ?? '')}</td><td>${h(m.status ?? '')}</td></tr>`);
    const changes = termsHistory(t).map(
      (c) => `<h4>Terms changed (first seen ${h(utcText(c.seenAt))})</h4>\n<table><tr><th>Field</th><th>Before</th><th>After</th></tr>\n${c.changes.map((x) => `<tr><td>${h(x.field)}</td><td>${h(x.before)}</td><td>${h(x.after)}</td></tr>`).join('\n')}\n</table>`,
    );
    return `<article class="terms">
<h3>${h(KIND_NAMES[t.kind])}: ${h(t.title)}</h3>
<p class="meta">First captured ${h(utcText(t.firstCapturedAt))}, last ${h(utcText(t.lastCapturedAt))}; ${t.captureIds.length} capture(s)</p>
<dl class="facts">${facts(t, tagLabel).map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>
${rows.length ? `<table><tr><th>Milestone</th><th>Amount</th><th>Due</th><th>Status</th></tr>\n${rows.join('\n')}\n</table>` : ''}
${changes.join('\n')}
</article>`;
  });
  return `<section id="terms">\n<h2>Contracts and terms</h2>\n${items.join('\n')}\n</section>`;
}

export function termsMarkdown(terms: readonly StoredTerms[], tagLabel: TagLabel): string {
  if (terms.length === 0) return '';
  const blocks = terms.map((t) => {
    const lines = [`### ${mdInline(`${KIND_NAMES[t.kind]}: ${t.title}`)}`, ...facts(t, tagLabel).map(([k, v]) => `- ${mdInline(k)}: ${mdInline(v)}`)];
    for (const c of termsHistory(t)) {
      lines.push('', `Terms changed (first seen ${mdInline(utcText(c.seenAt))}):`, ...c.changes.map((x) => `- ${mdInline(x.field)}: ${mdInline(x.before)} → ${mdInline(x.after)}`));
    }
    return lines.join('\n');
  });
  return ['## Contracts and terms', ...blocks].join('\n\n');
}
