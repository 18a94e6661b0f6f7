// The storage module's public face. Only src/storage imports dexie.
export { EvidenceDb, openEvidenceDb, DEFAULT_DB_NAME, type StoredBlob } from './db';
export { storeCapture } from './capture-store';
export { storePageCapture } from './page-capture-store';
export { storedCaptureResult, storedPageCaptureResult } from './capture-replay';
export { stageChunk, takeStagedFiles, takeStagedBytes, takeStagedAttachments, discardStaged, discardStaleStaging } from './staging';
export { storedAttachmentFiles } from './attachment-files';
export { getAttachmentSettings, setAttachmentSettings } from './settings';
export { getTimeStampSettings, setTimeStampSettings } from './time-stamp-settings';
export { setTag, setNote, setKey, type Subject } from './review';
export { addCustomTag, setTagColour } from './custom-tags';
export { addRedaction, removeRedaction, leaveOutFile, type RedactionRequest } from './redaction';
export { capturesById, importedCaptures, listCaptures, listConversations, conversationMessages, latestMessages, countMessages, messagesOfConversations, listMessages, listTags, listTerms, pageRecord, type PageRecord } from './queries';
export { hasWords, matchingMessageIds, messagesById, narrowHits, narrowHitsByRoom, needsScan, readsRows, type MatchingRow } from './message-window';
export { prepareSearch, watchWordSearch, type WordSearch } from './search-index';
export { tallyUncountedRooms } from './message-tally';
export { readOlder, readNewer, readSpan, spanKey, spanKeyAt, undatedMessages, undatedIfAny, type SpanKey } from './message-span';
export { custodyLog } from './custody-log';
export { deleteCapture, deleteConversation, previewCaptureDeletion, type CaptureDeletionPreview, type DeletionSummary } from './deletion';
export { readBlob } from './blobs';
export { gatherEvidence, recordExport, type ExportedBundle } from './evidence';
export { liveQuery } from 'dexie';
export { importBundle, type ImportResult, type ImportCounts } from './import-bundle';
export { isDiskFull } from './disk-full';
export { signingKeyStore } from './signing-keys';
export {
  listCases, createCase, renameCase, setCaseType, setCaseMember, setCaseStage, setCaseDates, setCaseOutcome,
  setCaseLessons, setCaseStatement, syncCaseExhibits, renumberCaseExhibits, deleteCase, CASE_NAME_MAX,
} from './cases';
