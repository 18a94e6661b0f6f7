// The reads the popup and dashboard make, each kept live. Components never see the database.
import type { StoredCapture, StoredConversation, StoredMessage, StoredTerms, Tag } from '../../shared/model';
import { conversationMessageCounts, conversationMessages, listCaptures, listConversations, listTags, listTerms, type EvidenceDb } from '../../storage';
import { useLiveQuery } from './use-live-query';

export function useCaptures(db: EvidenceDb, limit?: number): StoredCapture[] | undefined {
  return useLiveQuery(() => listCaptures(db, limit), [db, limit]);
}

export function useConversations(db: EvidenceDb): StoredConversation[] | undefined {
  return useLiveQuery(() => listConversations(db), [db]);
}

/**
 * Messages per conversation. Counting reads every index entry (seconds for 100,000 messages), so
 * it starts only once `ready` says the first messages are on screen, and never holds them up.
 */
export function useMessageCounts(db: EvidenceDb, ready = true): Map<string, number> | undefined {
  return useLiveQuery(() => (ready ? conversationMessageCounts(db) : Promise.resolve(undefined)), [db, ready]);
}

export function useConversationMessages(db: EvidenceDb, conversationId: string): StoredMessage[] | undefined {
  return useLiveQuery(() => conversationMessages(db, conversationId), [db, conversationId]);
}

/** Dispute types first (fixed order), then the user's own tags. */
export function useTags(db: EvidenceDb): Tag[] | undefined {
  return useLiveQuery(() => listTags(db), [db]);
}

export function useTerms(db: EvidenceDb): StoredTerms[] | undefined {
  return useLiveQuery(() => listTerms(db), [db]);
}
