// The statement draft for Upwork's dispute form, generated from the case: what was agreed (the
// terms and how they changed), what happened (the exhibits in order), what is asked. The user
// edits it in place; the saved text is then theirs and is never regenerated over.
import type { DisputeCase, StoredConversation, StoredMessage, StoredTerms } from '../model';
import { termsHistory } from '../terms/terms-diff';
import { formatDay, formatMoney, formatRate, REPORT_FORMAT } from '../terms/terms-format';

/**
 * Upwork's help pages state no length limit for the dispute form's description (research §5).
 * We count against 5,000 characters, an assumption that keeps a statement readable in one
 * sitting; the count says it is an assumption.
 */
export const STATEMENT_LIMIT = 5000;
export const STATEMENT_LIMIT_NOTE = 'Upwork publishes no limit for the dispute form; 5,000 characters is our assumption to keep it readable.';

export interface StatementRecords {
  messages: readonly StoredMessage[];
  terms: readonly StoredTerms[];
  conversations: readonly StoredConversation[];
}

export function draftStatement(c: DisputeCase, records: StatementRecords): string {
  const agreed = c.contractIds.map((id) => contractLines(id, records.terms)).flat();
  const titles = new Map(records.conversations.map((r) => [r.id, r.title]));
  const byId = new Map(records.messages.map((m) => [m.id, m]));
  const happened = c.exhibits.flatMap((e) => {
    if (e.kind === 'message') {
      const m = byId.get(e.id);
      if (!m) return [];
      const when = m.sentAt ? `${m.sentAt.slice(0, 16).replace('T', ' ')} UTC` : 'time not shown';
      return [`${e.number} (${when}, ${m.sender ?? 'Upwork'} in "${titles.get(m.conversationId) ?? m.conversationId}"): "${excerpt(m.text)}"`];
    }
    if (e.kind === 'contract') return [`${e.number}: the contract ${e.id} as captured.`];
    if (e.kind === 'capture') return [`${e.number}: the screenshot of the page taken at capture ${e.id}.`];
    return [`${e.number}: ${e.kind} ${e.id}.`];
  });
  return [
    'What was agreed',
    ...(agreed.length ? agreed : ['[Add the contract to the case to list its terms here.]']),
    '',
    'What happened',
    ...(happened.length ? happened : ['[Mark the messages that show what happened as key evidence: they are listed here as exhibits E-1, E-2, …]']),
    '',
    'What I ask',
    '[Say what you ask Upwork to decide, e.g. the release of a milestone payment held in escrow, and point to the exhibits that support it.]',
  ].join('\n');
}

function contractLines(id: string, terms: readonly StoredTerms[]): string[] {
  const stored = terms.find((t) => t.record.kind === 'contract' && t.record.contract.id === id);
  if (!stored || stored.record.kind !== 'contract') return [`Contract ${id} (not captured yet).`];
  const k = stored.record.contract;
  // Worded as the contract view and the report word terms, the same on every computer.
  const { locale } = REPORT_FORMAT;
  const lines = [
    `Contract "${k.title}" (${id}), ${k.type === 'hourly' ? 'hourly' : k.type === 'fixed' ? 'fixed price' : 'type not shown'}` +
      `${k.budget && k.type !== 'hourly' ? `, budget ${formatMoney(k.budget, locale)}` : ''}${k.rate && k.type !== 'fixed' ? `, rate ${formatRate(k.rate, REPORT_FORMAT)}` : ''}${k.startDate ? `, started ${formatDay(k.startDate, locale)}` : ''}.`,
    ...k.milestones.map((m, i) => `Milestone ${i + 1}: ${m.title}${m.amount ? `, ${formatMoney(m.amount, locale)}` : ''}${m.dueDate ? `, due ${formatDay(m.dueDate, locale)}` : ''}${m.status ? ` (${m.status})` : ''}.`),
  ];
  for (const change of termsHistory(stored)) lines.push(`Changed, first seen ${formatDay(change.seenAt.slice(0, 10), locale)}: ${change.changes.map((x) => `${x.field} from ${x.before} to ${x.after}`).join('; ')}.`);
  return lines;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
