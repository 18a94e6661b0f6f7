// The Timeline: every exported message and system event merged with the contract events
// (start, milestone due dates, milestone statuses as first seen, term changes at the capture
// that first saw them) in one time order, each entry numbered so a statement can point at it.
import type { IsoUtc, Milestone, StoredMessage, StoredTerms } from '../../../shared/model';
import { termsHistory } from '../../../shared/terms/terms-diff';
import { formatMoney, REPORT_FORMAT } from '../../../shared/terms/terms-format';
import type { ExportView } from '../../bundle/export-view';

export interface TimelineEntry {
  /** 1… in time order: "Timeline 12". */
  n: number;
  at: IsoUtc | null;
  /** A calendar date without a time (a milestone's due date): shown as a date, ordered at its start in UTC. */
  dateOnly: boolean;
  /** "Conversation: Dana Whitfield" or "Contract: Shopify store migration (38123456)". */
  source: string;
  message?: StoredMessage;
  /** Contract events: what happened, in words. */
  event?: string;
}

type Unnumbered = Omit<TimelineEntry, 'n'>;

export function buildTimeline(view: ExportView): TimelineEntry[] {
  const titles = new Map(view.conversations.map((c) => [c.id, c.title]));
  const messages: Unnumbered[] = view.messages.map((m) => ({ at: m.sentAt, dateOnly: false, source: `Conversation: ${titles.get(m.conversationId) ?? m.conversationId}`, message: m }));
  const events = view.set.terms.flatMap(contractEvents).sort((a, b) => time(a) - time(b));
  // Both lists are in time order already: merge, messages first on a tie (a contract date has no time of day).
  const merged: Unnumbered[] = [];
  let i = 0;
  let j = 0;
  while (i < messages.length || j < events.length) {
    const m = messages[i];
    const e = events[j];
    if (m && (!e || time(m) <= time(e))) (merged.push(m), i++);
    else (merged.push(e!), j++);
  }
  return merged.map((entry, k) => ({ ...entry, n: k + 1 }));
}

function time(e: Unnumbered): number {
  return e.at === null ? Number.POSITIVE_INFINITY : Date.parse(e.at);
}

function contractEvents(t: StoredTerms): Unnumbered[] {
  if (t.record.kind !== 'contract') return [];
  const k = t.record.contract;
  const source = `Contract: ${k.title} (${k.id})`;
  const out: Unnumbered[] = [];
  if (k.startDate) out.push({ at: dayStart(k.startDate), dateOnly: true, source, event: 'Contract started' });
  // Each captured state, from when a capture first showed it.
  const states = [...t.versions.map((v) => v.record), t.record].map((r, i) => ({
    milestones: r.kind === 'contract' ? r.contract.milestones : [],
    seen: i === 0 ? t.firstCapturedAt : t.versions[i - 1]!.replacedAt,
  }));
  const dues = new Set<string>();
  for (const [i, state] of states.entries()) {
    for (const [n, m] of state.milestones.entries()) {
      const before: Milestone | undefined = i > 0 ? states[i - 1]!.milestones[n] : undefined;
      if (m.status && m.status !== before?.status) out.push({ at: state.seen, dateOnly: false, source, event: `Milestone ${n + 1} "${m.title}" shown as ${m.status} (first seen in a capture at this time)` });
      const due = m.dueDate ? `${n}:${m.dueDate}` : null;
      if (due && !dues.has(due)) {
        dues.add(due);
        out.push({ at: dayStart(m.dueDate!), dateOnly: true, source, event: `Milestone ${n + 1} "${m.title}" due${m.amount ? ` (${formatMoney(m.amount, REPORT_FORMAT.locale)})` : ''}` });
      }
    }
  }
  for (const change of termsHistory(t)) {
    out.push({ at: change.seenAt, dateOnly: false, source, event: `Terms changed (first seen in a capture at this time): ${change.changes.map((c) => `${c.field}: ${c.before} → ${c.after}`).join('; ')}` });
  }
  return out;
}

function dayStart(date: string): IsoUtc | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : null;
}
