// The reads the popup and dashboard make, each kept live. Components never see the database.
import type { StoredCapture, StoredConversation, StoredMessage, StoredTerms, Tag } from '../../shared/model';
import { countMessages, messagesOfConversations, latestMessages, listCaptures, listConversations, listTags, listTerms, pageRecord, type EvidenceDb, type PageRecord } from '../../storage';
import { useFirstView } from './page-opening/first-view';
import { useLiveQuery } from './use-live-query';

export function useCaptures(db: EvidenceDb, limit?: number): StoredCapture[] | undefined {
  return useLiveQuery(() => listCaptures(db, limit), [db, limit]);
}

export function useConversations(db: EvidenceDb): StoredConversation[] | undefined {
  return useLiveQuery(() => listConversations(db), [db], useFirstView(db, 'conversations'));
}

/** The messages of the list shown, counted once its first messages are on screen (`ready`), never holding them up. */
export function useMessageCount(db: EvidenceDb, conversationId: string | undefined, ready = true): number | undefined {
  return useLiveQuery(() => (ready ? countMessages(db, conversationId) : Promise.resolve(undefined)), [db, conversationId, ready]);
}

/** The messages of a case's conversations (read only while a case is shown: a case is a few rooms). */
export function useCaseMessages(db: EvidenceDb, conversationIds: readonly string[] | undefined): StoredMessage[] | undefined {
  const key = conversationIds?.join(',');
  return useLiveQuery(() => (conversationIds ? messagesOfConversations(db, conversationIds) : Promise.resolve(undefined)), [db, key]);
}

/** A room's newest messages, read by index: the popup's glance costs the same in a room of 20,000. */
export function useLatestMessages(db: EvidenceDb, conversationId: string, limit: number): StoredMessage[] | undefined {
  return useLiveQuery(() => latestMessages(db, conversationId, limit), [db, conversationId, limit]);
}

/** Dispute types first (fixed order), then the user's own tags. */
export function useTags(db: EvidenceDb): Tag[] | undefined {
  return useLiveQuery(() => listTags(db), [db], useFirstView(db, 'tags'));
}

/** Every contract and terms page; read only once `ready` (undefined until then). */
export function useTerms(db: EvidenceDb, ready = true): StoredTerms[] | undefined {
  return useLiveQuery(() => (ready ? listTerms(db) : Promise.resolve(undefined)), [db, ready]);
}

/** When one page was last captured and how many of its messages are stored; null when never, undefined while reading. */
export function usePageRecord(db: EvidenceDb, page: { conversationId: string } | { termsId: string } | null): PageRecord | null | undefined {
  const key = page ? ('conversationId' in page ? page.conversationId : page.termsId) : '';
  return useLiveQuery(() => (page ? pageRecord(db, page) : Promise.resolve(null)), [db, key]);
}
