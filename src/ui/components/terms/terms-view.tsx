// One contract, timesheet week, job post, offer or proposal, laid out for a dispute: its facts
// as a table in the reader's locale (fields of the other contract type left out), milestones,
// the contract's activity in date order, changes between captures as before → after, and links
// to the conversations and cases it belongs to; with the reviewer's tags, key mark and note.
import type { DisputeCase, StoredConversation, StoredTerms } from '../../../shared/model';
import { LocalTime } from '../messages/local-time';
import { ReviewControls, type ReviewControlsProps } from '../messages/review-controls';
import { safeUpworkUrl } from '../safe-url';
import { t, tn } from '../translate';
import { ContractActivity } from './contract-activity';
import { FieldValue } from './field-value';
import { MilestoneTable } from './milestone-table';
import { TermsChanges } from './terms-changes';
import { termsFacts } from '../../../shared/terms/terms-facts';
import { factLabel, kindName, termsHeading } from './terms-fields';
import { TermsLinks } from './terms-links';
import { TermsTexts } from './terms-texts';
import { TimesheetDays } from './timesheet-days';

type TermsViewProps = {
  terms: StoredTerms;
  /** Every stored terms record, conversation and case: what this one links to. */
  allTerms?: readonly StoredTerms[];
  conversations?: readonly StoredConversation[];
  cases?: readonly DisputeCase[];
  /** A contract's job post and proposal, or a job post's or proposal's contracts (page-keys.ts). */
  /** Null while they are still being looked for. */
  related?: readonly StoredTerms[] | null;
} & Omit<ReviewControlsProps, 'review' | 'tagsLabel'>;

export function TermsView({ terms, allTerms = [], conversations = [], cases = [], related = [], ...review }: TermsViewProps) {
  const { record } = terms;
  const milestones = record.kind === 'contract' ? record.contract.milestones : record.kind === 'offer' || record.kind === 'proposal' ? record.terms.milestones : [];
  const events = record.kind === 'contract' ? (record.contract.events ?? []) : [];
  const postedText = record.kind === 'job-post' ? record.jobPost.postedText : null;
  const url = safeUpworkUrl(terms.url);
  const factsLabel = t('terms_facts', 'Terms');
  return (
    <article class="terms" aria-label={termsHeading(terms)}>
      <header class="conversation-header">
        <h2>{termsHeading(terms)}</h2>
        <p class="muted">
          {kindName(terms.kind)} · {t('terms_first_captured', 'first captured')} <LocalTime iso={terms.firstCapturedAt} />, {t('terms_last_captured', 'last')}{' '}
          <LocalTime iso={terms.lastCapturedAt} /> ({tn('terms_captures', terms.captureIds.length, '$1 capture', '$1 captures')})
          {url && (
            <>
              {' · '}
              <a href={url} target="_blank" rel="noreferrer noopener">{t('terms_open_on_upwork', 'Open on Upwork')}</a>
            </>
          )}
        </p>
      </header>
      <ReviewControls review={terms} tagsLabel={t('terms_tags_label', 'Tags for these terms')} {...review} />
      <table class="terms-table terms-facts" aria-label={factsLabel}>
        <tbody>
          {termsFacts(record).map(({ key, value }) => (
            <tr key={key}>
              <th scope="row">{factLabel(key, record.kind)}</th>
              <td><FieldValue field={key} value={value} shown={key === 'postedDate' ? postedText : undefined} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <TermsLinks terms={terms} allTerms={allTerms} conversations={conversations} cases={cases} related={related} />
      <TermsChanges terms={terms} />
      <MilestoneTable milestones={milestones} events={events} />
      <ContractActivity events={events} />
      {record.kind === 'timesheet' && <TimesheetDays timesheet={record.timesheet} />}
      <TermsTexts record={record} />
    </article>
  );
}
