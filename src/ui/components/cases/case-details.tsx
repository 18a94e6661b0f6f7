// A case's type, stage (with its history), the dates the deadlines rest on, outcome and lessons.
import { useState } from 'preact/hooks';
import { CASE_STAGES, CASE_STAGE_LABELS, DISPUTE_TAGS, type CaseDates, type CaseLessons, type CaseStage, type DisputeCase, type DisputeType } from '../../../shared/model';
import { formatLocalTime } from '../format-time';
import { t } from '../translate';

export interface CaseDetailHandlers {
  onType: (type: DisputeType) => void;
  onStage: (stage: CaseStage) => void;
  onDates: (dates: CaseDates) => void;
  onOutcome: (outcome: string) => void;
  onLessons: (lessons: CaseLessons) => void;
}

const DATE_FIELDS: [keyof CaseDates, () => string][] = [
  ['contractEnded', () => t('case_date_contract_ended', 'Contract ended')],
  ['workSubmitted', () => t('case_date_work_submitted', 'Work submitted')],
  ['disputeFiled', () => t('case_date_dispute_filed', 'Dispute filed')],
  ['proposalReceived', () => t('case_date_proposal_received', "Mediator's proposal received")],
  ['nonResolutionNotice', () => t('case_date_non_resolution', 'Notice that mediation did not resolve it')],
];

/** datetime-local reads and writes the browser's own zone; storage keeps UTC. */
function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function CaseDetails({ theCase, ...on }: { theCase: DisputeCase } & CaseDetailHandlers) {
  const [outcome, setOutcome] = useState(theCase.outcome ?? '');
  const [lessons, setLessons] = useState(theCase.lessons);
  return (
    <section class="case-section" aria-label={t('case_details', 'Case details')}>
      <div class="filter-bar">
        <label class="field">
          <span>{t('case_dispute_type', 'Dispute type')}</span>
          <select value={theCase.disputeType} onChange={(e) => on.onType(e.currentTarget.value as DisputeType)}>
            {DISPUTE_TAGS.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
          </select>
        </label>
        <label class="field">
          <span>{t('case_stage', 'Stage')}</span>
          <select value={theCase.stage} onChange={(e) => on.onStage(e.currentTarget.value as CaseStage)}>
            {CASE_STAGES.map((s) => <option key={s} value={s}>{CASE_STAGE_LABELS[s]}</option>)}
          </select>
        </label>
      </div>
      <p class="muted">
        {theCase.stageHistory.map((s) => `${CASE_STAGE_LABELS[s.stage]} (${formatLocalTime(s.at)})`).join(' → ')}
      </p>
      <fieldset class="filter-bar">
        <legend>{t('case_dates_legend', 'Dates the deadlines rest on (your time zone)')}</legend>
        {DATE_FIELDS.map(([key, label]) => (
          <label class="field" key={key}>
            <span>{label()}</span>
            <input
              type="datetime-local"
              value={toLocalInput(theCase.dates[key])}
              onChange={(e) => on.onDates({ [key]: e.currentTarget.value ? new Date(e.currentTarget.value).toISOString() : null })}
            />
          </label>
        ))}
      </fieldset>
      <details>
        <summary>{t('case_outcome_lessons', 'Outcome and lessons learned')}</summary>
        <label class="note-label">
          <span>{t('case_outcome', 'Outcome')}</span>
          <input type="text" value={outcome} onInput={(e) => setOutcome(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={() => on.onOutcome(outcome)}>{t('case_save_outcome', 'Save outcome')}</button>
        {([['cause', t('case_lesson_cause', 'What caused it')], ['avoidance', t('case_lesson_avoidance', 'How it could have been avoided')], ['clientFeedback', t('case_lesson_client_feedback', "The client's feedback")]] as const).map(([key, label]) => (
          <label class="note-label" key={key}>
            <span>{label}</span>
            <textarea rows={2} value={lessons[key]} onInput={(e) => setLessons({ ...lessons, [key]: e.currentTarget.value })} />
          </label>
        ))}
        <button type="button" onClick={() => on.onLessons(lessons)}>{t('case_save_lessons', 'Save lessons')}</button>
      </details>
    </section>
  );
}
