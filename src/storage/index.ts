// The storage module's public face. Only src/storage imports dexie.
export { EvidenceDb, openEvidenceDb, DEFAULT_DB_NAME, type StoredBlob } from './db';
export { storeCapture } from './capture/capture-store';
export { storePageCapture } from './capture/page-capture-store';
export { storedCaptureResult, storedPageCaptureResult } from './capture/capture-replay';
export { stageChunk, takeStagedFiles, takeStagedBytes, takeStagedAttachments, discardStaged, discardStaleStaging } from './files/staging';
export { storedAttachmentFiles } from './files/attachment-files';
export { getAttachmentSettings, setAttachmentSettings } from './settings/settings';
export { getTimeStampSettings, setTimeStampSettings } from './settings/time-stamp-settings';
export { setTag, setNote, setKey, type Subject } from './review/review';
export { addCustomTag, setTagColour } from './review/custom-tags';
export { addRedaction, removeRedaction, leaveOutFile, type RedactionRequest } from './review/redaction';
export { capturesById, importedCaptures, listCaptures, listConversations, conversationMessages, latestMessages, countMessages, messagesOfConversations, listMessages, listTags, listTerms, pageRecord, sortConversations, sortTags, type PageRecord } from './review/queries';
export { newestPageCopy } from './review/page-copies';
export { hasWords, matchingMessageIds, messagesById, narrowHits, narrowHitsByRoom, needsScan, readsRows, type MatchingRow } from './review/message-window';
export { buildSearchIndex, warmSearch, watchWordSearch, type WordSearch } from './search/search-index';
export { tallyUncountedRooms } from './review/message-tally';
export { readOlder, readNewer, readSpan, spanKey, spanKeyAt, undatedMessages, undatedIfAny, type SpanKey } from './review/message-span';
export { custodyLog } from './custody-log';
export { deleteCapture, deleteConversation, previewCaptureDeletion, type CaptureDeletionPreview, type DeletionSummary } from './deletion';
export { readBlob } from './files/blobs';
export { gatherEvidence, recordExport, type ExportedBundle } from './review/evidence';
export { liveQuery } from 'dexie';
export { importBundle, type ImportResult, type ImportCounts } from './import-bundle';
export { isDiskFull } from './capture/disk-full';
export { signingKeyStore } from './settings/signing-keys';
export {
  listCases, createCase, renameCase, setCaseType, setCaseMember, setCaseStage, setCaseDates, setCaseOutcome,
  setCaseLessons, setCaseStatement, syncCaseExhibits, renumberCaseExhibits, deleteCase, CASE_NAME_MAX,
} from './review/cases';
export { SPAN_CHUNK } from './store-layout';
