// Terms in evidence.json: contracts as the spec's contracts[] (plus compatible extras), and the
// other kinds in arrays of their own beside it (fields beyond the spec are welcome).
import type { ExtractedContract, StoredTerms, TermsRecord } from '../../shared/model';
import { termsRecordFields } from '../../shared/terms/terms-diff';

export interface TermsArrays {
  contracts: Record<string, unknown>[];
  timesheets: Record<string, unknown>[];
  jobPosts: Record<string, unknown>[];
  offers: Record<string, unknown>[];
  proposals: Record<string, unknown>[];
}

function review(t: StoredTerms) {
  return { captureIds: [...t.captureIds], firstCapturedAt: t.firstCapturedAt, tags: [...t.tags], note: t.note, key: t.key };
}

function contractFields(c: ExtractedContract): Record<string, unknown> {
  return {
    id: c.id, title: c.title, type: c.type, client: c.client, freelancer: c.freelancer, status: c.status,
    rate: c.rate, weeklyLimit: c.weeklyLimit, budget: c.budget, startDate: c.startDate,
    milestones: c.milestones.map((m) => ({ title: m.title, amount: m.amount, dueDate: m.dueDate, ...(m.dueText === undefined ? {} : { dueText: m.dueText }), status: m.status, description: m.description })),
    terms: c.terms,
    // Extras beyond the spec's contract fields.
    inEscrow: c.inEscrow, manualTimeAllowed: c.manualTimeAllowed,
    // The page's activity as dated events, oldest first: what a report's timeline reads.
    events: (c.events ?? []).map((e) => ({ ...e })),
  };
}

/** The record's own fields; a contract in the spec's field order with its extras after. */
export function termsFields(record: TermsRecord): Record<string, unknown> {
  return record.kind === 'contract' ? contractFields(record.contract) : termsRecordFields(record);
}

export function termsArrays(terms: readonly StoredTerms[]): TermsArrays {
  const out: TermsArrays = { contracts: [], timesheets: [], jobPosts: [], offers: [], proposals: [] };
  const into = { contract: out.contracts, timesheet: out.timesheets, 'job-post': out.jobPosts, offer: out.offers, proposal: out.proposals } as const;
  for (const t of terms) {
    into[t.kind].push({
      ...termsFields(t.record),
      // Earlier states, oldest first, each as the same fields plus when this tool saw it.
      versions: t.versions.map((v) => ({ ...termsFields(v.record), seenAt: v.seenAt, captureId: v.captureId, replacedAt: v.replacedAt })),
      ...review(t),
    });
  }
  return out;
}
