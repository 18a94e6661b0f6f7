// The "Contracts and terms" section of both reports: each record's terms as last captured, and
// for every change between captures, what it was before and after (scope creep, moved dates).
// Terms are worded as the dashboard's contract view words them (shared/terms): money in the
// record's currency, dates as days, only the fields of the contract's type, "not shown" rather
// than an empty value; in a fixed en-US format, so the report reads the same on every computer.
// The values as captured stay in the HTML (a hover title, a <time datetime>) and in evidence.json.
import type { ContractEvent, Milestone, StoredTerms } from '../../shared/model';
import { eventsInDateOrder } from '../../shared/terms/contract-events';
import { termsHistory, termsRecordFields } from '../../shared/terms/terms-diff';
import { englishFactLabel, termsFacts } from '../../shared/terms/terms-facts';
import { capturedText, formatDay, formatMoney, isNotShown, REPORT_FORMAT, termsValueText } from '../../shared/terms/terms-format';
import { escapeHtml as h } from './format/html-escape';
import { mdInline } from './format/markdown-escape';
import { utcText } from './format/time-format';

const KIND_NAMES: Record<StoredTerms['kind'], string> = { contract: 'Contract', timesheet: 'Timesheet', 'job-post': 'Job post', offer: 'Offer', proposal: 'Proposal' };

const NOT_SHOWN = REPORT_FORMAT.words.notShown;

/** Long texts and lists, after the facts (the contract view gives them sections of their own). */
const TEXTS = ['terms', 'description', 'coverLetter', 'deliverables', 'hoursByDay', 'manualHoursByDay'];

/** Labels a tag id as the user named it. */
type TagLabel = (id: string) => string;

interface Fact {
  label: string;
  text: string;
  /** The value as captured, or the page's own wording, where it says more than `text`. */
  captured?: string;
  /** An ISO day, for <time datetime>. */
  day?: string;
}

/** What the reviewer added (key mark, tags, note), then the terms as captured. */
function facts(t: StoredTerms, tagLabel: TagLabel): Fact[] {
  const review: Fact[] = [];
  if (t.key) review.push({ label: 'Key evidence', text: 'marked as key evidence' });
  if (t.tags.length) review.push({ label: 'Tags', text: t.tags.map(tagLabel).join(', ') });
  if (t.note) review.push({ label: 'Note', text: t.note });
  const fields = termsRecordFields(t.record);
  const shown = termsFacts(t.record).map(({ key, value }) => fact(englishFactLabel(key, t.kind), key, value, key === 'postedDate' ? fields['postedText'] : null));
  const texts = TEXTS.filter((key) => !isNotShown(fields[key])).map((key) => fact(englishFactLabel(key, t.kind), key, fields[key], null));
  return [...review, ...shown, ...texts];
}

function fact(label: string, key: string, value: unknown, pageText: unknown): Fact {
  const captured = [capturedText(value), typeof pageText === 'string' && pageText ? `the page showed: ${pageText}` : null].filter(Boolean).join('; ');
  const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  return { label, text: termsValueText(key, value, REPORT_FORMAT) ?? NOT_SHOWN, ...(captured ? { captured } : {}), ...(day ? { day } : {}) };
}

function factHtml(f: Pick<Fact, 'text' | 'captured' | 'day'>): string {
  const title = f.captured ? ` title="${h(`as captured: ${f.captured}`)}"` : '';
  return f.day ? `<time datetime="${h(f.day)}"${title}>${h(f.text)}</time>` : title ? `<span${title}>${h(f.text)}</span>` : h(f.text);
}

function milestoneCells(m: Milestone): string[] {
  const amount: Fact = m.amount ? { label: '', text: formatMoney(m.amount, REPORT_FORMAT.locale), captured: capturedText(m.amount)! } : { label: '', text: NOT_SHOWN };
  const due: Fact = m.dueDate
    ? { label: '', text: formatDay(m.dueDate, REPORT_FORMAT.locale), day: m.dueDate, captured: [m.dueDate, m.dueText && `the page showed: ${m.dueText}`].filter(Boolean).join('; ') }
    : { label: '', text: m.dueText ?? NOT_SHOWN };
  return [h(m.title), factHtml(amount), factHtml(due), h(m.status ?? NOT_SHOWN)];
}

/** When an event happened, as the report words days; its line as the page showed it; its amount. */
function activityCells(e: ContractEvent): { when: Fact; text: string; amount: string } {
  const when: Fact = e.at
    ? { label: '', text: utcText(e.at), captured: e.dateText ?? undefined }
    : e.date
      ? { label: '', text: formatDay(e.date, REPORT_FORMAT.locale), day: e.date, ...(e.dateText ? { captured: `the page showed: ${e.dateText}` } : {}) }
      : { label: '', text: e.dateText ?? NOT_SHOWN };
  return { when, text: e.text, amount: e.amount ? formatMoney(e.amount, REPORT_FORMAT.locale) : '' };
}

/** A contract's activity (funding, submissions, payments, refunds), oldest first. */
function activityOf(t: StoredTerms): ContractEvent[] {
  return t.record.kind === 'contract' ? eventsInDateOrder(t.record.contract.events ?? []) : [];
}

function milestonesOf(t: StoredTerms): Milestone[] {
  return t.record.kind === 'contract' ? t.record.contract.milestones : t.record.kind === 'offer' || t.record.kind === 'proposal' ? t.record.terms.milestones : [];
}

export function termsHtml(terms: readonly StoredTerms[], tagLabel: TagLabel): string {
  if (terms.length === 0) return '';
  const items = terms.map((t) => {
    const rows = milestonesOf(t).map((m) => `<tr>${milestoneCells(m).map((c) => `<td>${c}</td>`).join('')}</tr>`);
    const activity = activityOf(t).map(activityCells).map((a) => `<tr><td>${factHtml(a.when)}</td><td>${h(a.text)}</td><td>${h(a.amount)}</td></tr>`);
    const changes = termsHistory(t).map(
      (c) => `<h4>Terms changed (first seen ${h(utcText(c.seenAt))})</h4>\n<table><tr><th>Field</th><th>Before</th><th>After</th></tr>\n${c.changes.map((x) => `<tr><td>${h(x.field)}</td><td>${h(x.before)}</td><td>${h(x.after)}</td></tr>`).join('\n')}\n</table>`,
    );
    const captures = t.captureIds.length === 1 ? '1 capture' : `${t.captureIds.length} captures`;
    return `<article class="terms">
<h3>${h(KIND_NAMES[t.kind])}: ${h(t.title)}</h3>
<p class="meta">First captured ${h(utcText(t.firstCapturedAt))}, last ${h(utcText(t.lastCapturedAt))}; ${captures}</p>
<dl class="facts">${facts(t, tagLabel).map((f) => `<dt>${h(f.label)}</dt><dd>${factHtml(f)}</dd>`).join('')}</dl>
${rows.length ? `<table><tr><th>Milestone</th><th>Amount</th><th>Due</th><th>Status</th></tr>\n${rows.join('\n')}\n</table>` : ''}
${activity.length ? `<h4>Activity</h4>\n<table><tr><th>When</th><th>As the page showed it</th><th>Amount</th></tr>\n${activity.join('\n')}\n</table>` : ''}
${changes.join('\n')}
</article>`;
  });
  return `<section id="terms">\n<h2>Contracts and terms</h2>\n${items.join('\n')}\n</section>`;
}

export function termsMarkdown(terms: readonly StoredTerms[], tagLabel: TagLabel): string {
  if (terms.length === 0) return '';
  const blocks = terms.map((t) => {
    const lines = [`### ${mdInline(`${KIND_NAMES[t.kind]}: ${t.title}`)}`, ...facts(t, tagLabel).map((f) => `- ${mdInline(f.label)}: ${mdInline(f.text)}`)];
    const milestones = milestonesOf(t);
    if (milestones.length) {
      lines.push('', 'Milestones:', ...milestones.map((m, i) => `${i + 1}. ${mdInline([m.title, m.amount ? formatMoney(m.amount, REPORT_FORMAT.locale) : null, m.dueDate ? `due ${formatDay(m.dueDate, REPORT_FORMAT.locale)}` : m.dueText, m.status].filter(Boolean).join(' · '))}`));
    }
    const activity = activityOf(t).map(activityCells);
    if (activity.length) lines.push('', 'Activity:', ...activity.map((a) => `- ${mdInline([a.when.text, a.text, a.amount].filter(Boolean).join(' · '))}`));
    for (const c of termsHistory(t)) {
      lines.push('', `Terms changed (first seen ${mdInline(utcText(c.seenAt))}):`, ...c.changes.map((x) => `- ${mdInline(x.field)}: ${mdInline(x.before)} → ${mdInline(x.after)}`));
    }
    return lines.join('\n');
  });
  return ['## Contracts and terms', ...blocks].join('\n\n');
}
