// One case, above its evidence: what it covers, its stage and dates, its deadlines, what Upwork
// will look at, its exhibits and the statement. Every edit goes through storage (and custody).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { deadlinesOfCase } from '../../shared/cases/case-deadlines';
import { needsQualityWarning, qualityWarning, whatCounts } from '../../shared/cases/guidance';
import { draftStatement } from '../../shared/cases/statement';
import { errorText } from '../../shared/messaging/messaging';
import type { CaseExhibit, DisputeCase, StoredConversation, StoredMessage, StoredTerms } from '../../shared/model';
import { CaseDeadlines } from '../components/cases/case-deadlines';
import { CaseDetails } from '../components/cases/case-details';
import { CaseExhibits } from '../components/cases/case-exhibits';
import { CaseMembers } from '../components/cases/case-members';
import { CaseStatement } from '../components/cases/case-statement';
import type { CaseActions } from '../hooks/use-cases';
import { t } from '../components/translate';

interface CasePaneProps {
  theCase: DisputeCase;
  actions: CaseActions;
  conversations: readonly StoredConversation[];
  messages: readonly StoredMessage[];
  terms: readonly StoredTerms[];
  onDeleted: () => void;
  onPrint: () => Promise<void>;
  /** For tests; pages use the browser's own zone. */
  timeZone?: string;
  now?: Date;
}

export function CasePane({ theCase, actions, conversations, messages, terms, onDeleted, onPrint, timeZone, now }: CasePaneProps) {
  const [error, setError] = useState<string | null>(null);
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const run = (p: Promise<unknown>) => void p.then(() => setError(null), (e: unknown) => setError(t('save_failed', 'Could not save: $1', errorText(e))));
  const id = theCase.id;

  const rooms = new Set(theCase.conversationIds);
  const caseMessages = useMemo(() => messages.filter((m) => rooms.has(m.conversationId)), [messages, theCase.conversationIds]);
  const keyMessages = caseMessages.filter((m) => m.key);
  const keyContracts = terms.filter((t) => t.key && t.record.kind === 'contract' && theCase.contractIds.includes(t.record.contract.id));
  // New key evidence takes the next exhibit number as soon as it is marked.
  const keySignature = [...keyMessages.map((m) => m.id), ...keyContracts.map((t) => t.id)].join(',');
  // A new capture of a case room may bring screenshots, which are exhibits too.
  const captureSignature = conversations.filter((c) => theCase.conversationIds.includes(c.id)).flatMap((c) => c.captureIds).join(',');
  useEffect(() => run(actions.syncExhibits(id)), [id, keySignature, captureSignature, theCase.conversationIds.join(','), theCase.contractIds.join(',')]);

  const deadlines = deadlinesOfCase(theCase, terms, now ?? new Date(), t);
  const draft = draftStatement(theCase, { messages: caseMessages, terms, conversations });
  const byId = new Map(caseMessages.map((m) => [m.id, m]));
  const titles = new Map(conversations.map((c) => [c.id, c.title]));
  const describe = (e: CaseExhibit) => {
    const m = e.kind === 'message' ? byId.get(e.id) : undefined;
    if (m) {
      const when = m.sentAt ? t('case_exhibit_time_utc', '$1 UTC', m.sentAt.slice(0, 16).replace('T', ' ')) : t('case_exhibit_no_time', 'time not shown');
      return t('case_exhibit_message', '$1, $2, $3: $4', m.sender ?? 'Upwork', when, titles.get(m.conversationId) ?? '', m.text.slice(0, 100));
    }
    if (e.kind === 'capture') return t('case_exhibit_screenshot', 'Screenshot taken at capture $1', e.id);
    return e.kind === 'contract' ? t('case_contract', 'Contract $1', e.id) : `${e.kind} ${e.id}`;
  };

  return (
    <section class="case-pane" aria-label={t('case_pane', 'Case $1', theCase.name)}>
      <header class="conversation-header">
        <h2>{theCase.name}</h2>
        <div class="export-actions">
          <button type="button" onClick={() => void onPrint().catch((e: unknown) => setError(t('case_print_failed', 'Could not print: $1', errorText(e))))}>
            {t('case_print', 'Print report')}
          </button>
        </div>
        {error && <p class="error" role="alert">{error}</p>}
      </header>
      <CaseDetails
        key={id}
        theCase={theCase}
        onType={(t) => run(actions.type(id, t))}
        onStage={(s) => run(actions.stage(id, s))}
        onDates={(d) => run(actions.dates(id, d))}
        onOutcome={(o) => run(actions.outcome(id, o))}
        onLessons={(l) => run(actions.lessons(id, l))}
      />
      <CaseMembers
        theCase={theCase}
        conversations={conversations}
        contracts={terms.filter((t) => t.record.kind === 'contract')}
        onConversation={(cid, on) => run(actions.member(id, { conversationId: cid }, on))}
        onContract={(cid, on) => run(actions.member(id, { contractId: cid }, on))}
      />
      <CaseDeadlines report={deadlines} timeZone={zone} />
      <section class="case-section" aria-label={t('case_what_counts', 'What Upwork will look at')}>
        <h3>{t('case_what_counts', 'What Upwork will look at')}</h3>
        <p>{whatCounts(theCase.disputeType, t)}</p>
        {needsQualityWarning(theCase.disputeType, keyMessages) && <p class="warning" role="note">{qualityWarning(t)}</p>}
      </section>
      <CaseExhibits exhibits={theCase.exhibits} describe={describe} onReorder={(order) => run(actions.renumber(id, order))} />
      <CaseStatement key={id} saved={theCase.statement} draft={draft} onSave={(text) => actions.statement(id, text)} />
      <button
        type="button"
        class="danger"
        onClick={() => {
          if (!confirm(t('case_delete_confirm', 'Delete the case "$1"? Its conversations, contracts and messages stay stored; the deletion is logged.', theCase.name))) return;
          run(actions.remove(id).then(onDeleted));
        }}
      >
        {t('case_delete', 'Delete case')}
      </button>
    </section>
  );
}
