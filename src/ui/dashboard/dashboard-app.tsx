// The dashboard container: owns the filter, the review actions, the export and the import; everything it
// shows comes from live queries, so changes made in the popup appear here at once.
import { useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging/messaging';
import { isEmptyFilter } from '../../shared/evidence-filter';
import type { EvidenceFilter, IsoUtc, Software } from '../../shared/model';
import { ConversationNav } from '../components/conversations/conversation-nav';
import { DashboardHeader } from '../components/dashboard-header';
import { useCaseMessages, useConversations, useMessageCount, useTags, useTerms } from '../hooks/use-evidence-queries';
import { useMessageWindow } from '../hooks/use-message-window';
import { TermsNav } from '../components/terms/terms-nav';
import { TermsView } from '../components/terms/terms-view';
import { ConversationContracts } from '../components/terms/conversation-contracts';
import { ConversationCases } from '../components/conversations/conversation-cases';
import { TermsMatchList } from '../components/search/terms-match-list';
import { relatedPages } from '../components/terms/page-keys';
import { useContractKeys } from './use-contract-keys';
import { useTermsSearch } from './use-terms-search';
import { OpenRecordContext, recordFromHash, type RecordTarget } from '../components/terms/record-link';
import { useDb } from '../hooks/use-db';
import { usePreparedSearch } from '../hooks/use-word-search';
import { useReview } from '../hooks/use-review';
import { downloadFile, type SaveFile } from './export/download-file';
import { EvidencePane } from './evidence-pane';
import { useEvidenceExport } from './export/use-evidence-export';
import { useDeletion } from './use-deletion';
import { DeleteConversation } from '../components/deletion/delete-conversation';
import { RecordCaptures } from './record-captures';
import { t, tn } from '../components/translate';
import { describeExport, exportIsEmpty, termsInExport } from './export/export-scope';
import { useLiveQuery } from '../hooks/use-live-query';
import { useBundleImport } from './import/use-bundle-import';
import { NO_TRUSTED_TIME, type TrustedTimeServices } from './export/trusted-time';
import { ImportQuestion } from '../components/import/import-question';
import { ImportedCapturesContext, useImportedCaptures } from '../hooks/use-imported-captures';
import { CaseNav } from '../components/cases/case-nav';
import { useCaseActions, useCases } from '../hooks/use-cases';
import { CasePane } from './case-pane';
import { SettingsPanels } from './settings-panels';
import { useFirstMessagesDrawn, useMarkFirstMessages } from '../hooks/page-opening/after-first-card';
import { printReport } from './export/print-report';

interface DashboardAppProps {
  software: Software;
  saveFile?: SaveFile;
  /** The browser's side of trusted time (the service worker, host permissions); off outside the extension. */
  trustedTime?: TrustedTimeServices;
}

export function DashboardApp({ software, saveFile = downloadFile, trustedTime = NO_TRUSTED_TIME }: DashboardAppProps) {
  const db = useDb();
  const review = useReview(db);
  const conversations = useConversations(db);
  const tags = useTags(db);
  // A dashboard address may name a record (#conversation=…, #case=…, #terms=…): a link opened in a new tab.
  const [linked] = useState(() => recordFromHash(globalThis.location?.hash ?? ''));
  const [filter, setFilter] = useState<EvidenceFilter>(linked?.kind === 'conversation' ? { conversationId: linked.id } : linked?.kind === 'case' ? { caseId: linked.id } : {});
  // Reads and panels the first messages do not need wait until those are drawn.
  const drawn = useFirstMessagesDrawn();
  const cases = useCases(db, drawn || filter.caseId !== undefined);
  const rows = useMessageWindow(db, filter, cases?.find((c) => c.id === filter.caseId)?.conversationIds);
  useMarkFirstMessages(rows.count !== undefined && conversations !== undefined && tags !== undefined);
  // A case shown needs its contracts' terms at once, not after the first messages.
  const terms = useTerms(db, drawn || linked?.kind === 'terms' || filter.caseId !== undefined);
  usePreparedSearch(db);
  /** A search result being opened in its conversation. */
  const [opening, setOpening] = useState<{ conversationId: string; sentAt: IsoUtc } | null>(null);
  const shownCount = useMessageCount(db, filter.conversationId, rows.count !== undefined && !rows.exact);
  const filterTotal = rows.exact ? rows.count : shownCount;
  const captureCount = useLiveQuery(() => (drawn ? db.captures.count() : Promise.resolve(undefined)), [db, drawn]);
  const selectedConversation = conversations?.find((c) => c.id === filter.conversationId);
  const caseRooms = cases?.find((c) => c.id === filter.caseId)?.conversationIds;
  const scopeRooms = caseRooms ? conversations?.filter((c) => caseRooms.includes(c.id)) : selectedConversation && [selectedConversation];
  const scope = { messages: filterTotal, terms: termsInExport(terms ?? [], filter, scopeRooms), captures: captureCount ?? 0 };
  // A search lists the contracts and terms pages its words find, beside the messages the index finds.
  const termsFound = useTermsSearch(terms, filter, scopeRooms, cases?.find((c) => c.id === filter.caseId));
  const [termsId, setTermsId] = useState<string | undefined>(linked?.kind === 'terms' ? linked.id : undefined);
  const shownTerms = terms?.find((record) => record.id === termsId);
  const contractKeys = useContractKeys(db, shownTerms, terms);
  const caseActions = useCaseActions(db);
  const shownCase = cases?.find((c) => c.id === filter.caseId);
  const caseMessages = useCaseMessages(db, shownCase?.conversationIds);
  const [reviewError, setReviewError] = useState<string | null>(null);
  const exporter = useEvidenceExport(db, software, saveFile, trustedTime);
  const importer = useBundleImport(db);
  // One status line for both actions: it tells the outcome of the one used last.
  const [lastAction, setLastAction] = useState<'export' | 'import' | 'delete'>('export');
  // A view whose record went with the deletion closes; deleting one of several captures keeps it.
  const deletion = useDeletion(db, (gone) => {
    if (filter.conversationId && gone.conversations.includes(filter.conversationId)) setFilter({ ...filter, conversationId: undefined });
    if (termsId && gone.terms.includes(termsId)) setTermsId(undefined);
  });
  // Each button says which action the status line below reports on.
  const startExport = (scope: EvidenceFilter) => {
    setLastAction('export');
    void exporter.run(scope);
  };
  const deleteCapture = (captureId: string, title: string) => {
    setLastAction('delete');
    void deletion.capture(captureId, title);
  };
  const roomMessages = useMessageCount(db, filter.conversationId, filter.conversationId !== undefined);
  const busy = exporter.exporting || importer.importing || deletion.deleting;
  const imported = useImportedCaptures(db);

  const openRecord = (target: RecordTarget) => {
    setTermsId(target.kind === 'terms' ? target.id : undefined);
    if (target.kind === 'conversation') setFilter({ ...filter, conversationId: target.id, caseId: undefined });
    if (target.kind === 'case') setFilter({ ...filter, caseId: target.id, conversationId: undefined });
  };

  const failed = (e: unknown) => setReviewError(t('save_failed', 'Could not save: $1', errorText(e)));
  const saved = () => setReviewError(null);

  return (
    <ImportedCapturesContext.Provider value={imported}>
    <OpenRecordContext.Provider value={openRecord}>
    <div class="dashboard">
      <DashboardHeader
        filter={filter}
        tags={tags ?? []}
        onFilterChange={setFilter}
        conversationTitle={selectedConversation?.title}
        exportText={describeExport(scope, filter)}
        exportDisabled={exportIsEmpty(scope, filter)}
        onExport={() => startExport(filter)}
        exporting={busy}
        onImport={(file) => {
          setLastAction('import');
          void importer.run(file);
        }}
        importing={busy}
        status={lastAction === 'import' ? importer.status : lastAction === 'delete' ? deletion.status : exporter.status}
      />
      {importer.question && <ImportQuestion text={importer.question.text} onAnswer={importer.question.answer} />}
      <div class="dashboard-body">
        <aside class="sidebar">
          <ConversationNav
            conversations={conversations ?? []}
            selectedId={filter.conversationId}
            onSelect={(conversationId) => {
              setTermsId(undefined);
              setFilter({ ...filter, conversationId, caseId: undefined });
            }}
          />
          <CaseNav
            cases={cases ?? []}
            selectedId={filter.caseId}
            onCreate={caseActions.create}
            onSelect={(caseId) => {
              setTermsId(undefined);
              setFilter({ ...filter, caseId, conversationId: undefined });
            }}
          />
          <TermsNav terms={terms ?? []} selectedId={termsId} onSelect={setTermsId} />
          {drawn && <SettingsPanels db={db} tags={tags ?? []} review={review} trustedTime={trustedTime} />}
        </aside>
        <main class="evidence">
          {reviewError && <p class="error" role="alert">{reviewError}</p>}
          {shownTerms ? (
            <>
            <TermsView
              terms={shownTerms}
              allTerms={terms}
              conversations={conversations}
              cases={cases}
              related={relatedPages(shownTerms, terms ?? [], contractKeys)}
              tags={tags ?? []}
              onToggleTag={(tagId, on) => review.toggleTag({ type: 'terms', id: shownTerms.id }, tagId, on).then(saved, failed)}
              onKeyChange={(key) => review.markKey({ type: 'terms', id: shownTerms.id }, key).then(saved, failed)}
              onSaveNote={(note) => review.saveNote({ type: 'terms', id: shownTerms.id }, note).then(saved, failed)}
            />
            <RecordCaptures
              captureIds={shownTerms.captureIds}
              exportWhat="everything"
              busy={busy}
              onExport={() => startExport({})}
              onDelete={deleteCapture}
            />
            </>
          ) : !conversations || !tags ? (
            <p class="muted">{t('dashboard_loading_evidence', 'Loading evidence…')}</p>
          ) : (
            <>
            {shownCase && terms && (
              <CasePane theCase={shownCase} actions={caseActions} conversations={conversations} messages={caseMessages ?? []} terms={terms} onDeleted={() => setFilter({ ...filter, caseId: undefined })} onPrint={() => printReport(db, { caseId: shownCase.id }, software)} />
            )}
            <EvidencePane
              conversations={conversations}
              rows={rows}
              tags={tags}
              conversationId={filter.conversationId}
              empty={conversations.length === 0 && rows.count === 0 && isEmptyFilter(filter)}
              totalText={filterTotal === undefined ? undefined : tn('count_messages', filterTotal, '$1 message', '$1 messages')}
              highlight={filter.text}
              opening={opening}
              onOpen={(m) => {
                // A message with no time shown opens at the room's end, where undated messages are listed.
                if (m.sentAt) setOpening({ conversationId: m.conversationId, sentAt: m.sentAt });
                setFilter({ conversationId: m.conversationId });
              }}
              onOpened={() => setOpening(null)}
              otherMatches={<TermsMatchList key={filter.text} matches={termsFound} query={filter.text ?? ''} />}
              conversationActions={
                selectedConversation && (
                  <>
                  <ConversationContracts contractIds={selectedConversation.contractIds} terms={terms ?? []} />
                  <ConversationCases conversation={selectedConversation} cases={cases ?? []} />
                  <DeleteConversation
                    conversation={selectedConversation}
                    messages={roomMessages}
                    busy={busy}
                    onExport={() => startExport({ conversationId: selectedConversation.id })}
                    onDelete={() => {
                      setLastAction('delete');
                      void deletion.conversation(selectedConversation.id, selectedConversation.title);
                    }}
                  />
                  <RecordCaptures
                    captureIds={selectedConversation.captureIds}
                    exportWhat="conversation"
                    busy={busy}
                    onExport={() => startExport({ conversationId: selectedConversation.id })}
                    onDelete={deleteCapture}
                  />
                  </>
                )
              }
              onToggleConversationTag={(id, tagId, on) => review.toggleTag({ type: 'conversation', id }, tagId, on).then(saved, failed)}
              onToggleTag={(id, tagId, on) => review.toggleTag({ type: 'message', id }, tagId, on).then(saved, failed)}
              onKeyChange={(id, key) => review.markKey({ type: 'message', id }, key).then(saved, failed)}
              onSaveNote={(id, note) => review.saveNote({ type: 'message', id }, note).then(saved, failed)}
            />
            </>
          )}
        </main>
      </div>
    </div>
    </OpenRecordContext.Provider>
    </ImportedCapturesContext.Provider>
  );
}
