// One contract, timesheet, job post, offer or proposal: its terms as last captured and, for each
// change between captures, every field before and after, with the reviewer's tags, key-evidence
// mark and note. Captured strings are text only.
import type { StoredTerms } from '../../shared/model';
import { describeValue, fieldLabel, termsHistory, termsRecordFields } from '../../shared/terms-diff';
import { LocalTime } from './local-time';
import { ReviewControls, type ReviewControlsProps } from './review-controls';

type TermsViewProps = { terms: StoredTerms } & Omit<ReviewControlsProps, 'review' | 'tagsLabel'>;

export function TermsView({ terms, ...review }: TermsViewProps) {
  const fields = Object.entries(termsRecordFields(terms.record)).filter(([k]) => k !== 'milestones');
  const milestones = terms.record.kind === 'contract' ? terms.record.contract.milestones : terms.record.kind === 'offer' || terms.record.kind === 'proposal' ? terms.record.terms.milestones : [];
  const changes = termsHistory(terms);
  return (
    <article class="terms" aria-label={terms.title}>
      <h2>{terms.title}</h2>
      <p class="muted">
        First captured <LocalTime iso={terms.firstCapturedAt} />, last <LocalTime iso={terms.lastCapturedAt} /> ({terms.captureIds.length} captures)
      </p>
      <ReviewControls review={terms} tagsLabel="Tags for these terms" {...review} />
      {changes.map((c) => (
        <section class="terms-changed" key={c.seenAt}>
          <h3>
            Terms changed (first seen <LocalTime iso={c.seenAt} />)
          </h3>
          <table>
            <thead>
              <tr><th>Field</th><th>Before</th><th>After</th></tr>
            </thead>
            <tbody>
              {c.changes.map((x) => (
                <tr key={x.field}><td>{x.field}</td><td>{x.before}</td><td>{x.after}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <dl class="facts">
        {fields.map(([k, v]) => [<dt key={`${k}-t`}>{fieldLabel(k)}</dt>, <dd key={`${k}-d`}>{describeValue(v)}</dd>])}
      </dl>
      {milestones.length > 0 && (
        <table>
          <thead>
            <tr><th>Milestone</th><th>Amount</th><th>Due</th><th>Status</th></tr>
          </thead>
          <tbody>
            {milestones.map((m, i) => (
              <tr key={i}><td>{m.title}</td><td>{describeValue(m.amount)}</td><td>{m.dueDate ?? ''}</td><td>{m.status ?? ''}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
