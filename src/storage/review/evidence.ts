// Gathers what an export contains, and records the export once its bundle exists: the bundle
// holds the custody log as it was, and its own `exported` event (naming the bundle and its
// hashes) is stored afterwards, so a failed export leaves no trace and later exports show it.
import { describeFilter, sortMessages, isEmptyFilter, matchesFilter, scopeKey, termsMatchFilter } from '../../shared/evidence-filter';
import type { CustodyEvent, EvidenceFilter, EvidenceSet, Software, StoredCapture, StoredConversation, StoredMessage, StoredTerms } from '../../shared/model';
import type { EvidenceDb } from '../db';
import { readBlob } from '../files/blobs';
import { savedAttachmentPath } from '../../shared/attachment-files';
import { listTags } from './queries';
import { appendCustody } from '../custody-log';

export async function gatherEvidence(db: EvidenceDb, filter: EvidenceFilter, software: Software, now = new Date()): Promise<EvidenceSet> {
  const exportedAt = now.toISOString();
  // One read transaction: the records and the custody log describe the same moment.
  const read = await db.transaction('r', [db.messages, db.conversations, db.captures, db.terms, db.custody, db.tags, db.cases], async () => {
    const theCase = filter.caseId ? await db.cases.get(filter.caseId) : undefined;
    if (filter.caseId && !theCase) throw new Error('that case is no longer stored.');
    const rooms = theCase ? theCase.conversationIds.filter((id) => !filter.conversationId || id === filter.conversationId) : filter.conversationId ? [filter.conversationId] : null;
    const candidates = rooms ? await db.messages.where('conversationId').anyOf(rooms).toArray() : await db.messages.toArray();
    const messages = sortMessages(candidates.filter((m) => matchesFilter(m, filter)));
    const conversationIds = new Set([...messages.map((m) => m.conversationId), ...(rooms ?? [])]);
    const conversations = (await db.conversations.bulkGet([...conversationIds])).filter((c) => c !== undefined);
    const terms = theCase ? caseTerms(await db.terms.toArray(), theCase.contractIds) : termsInScope(await db.terms.toArray(), filter, conversations);
    // A bundle about a case tells nothing of the others; one about a conversation or a tag names no case.
    const cases = theCase ? [theCase] : isEmptyFilter(filter) ? await db.cases.toArray() : [];
    // Everything includes captures that yielded no records (a page whose data was not recognised).
    // A message's own captures go too: one imported into a conversation stored here before names
    // captures that conversation's list does not (stored rows are never rewritten by an import).
    const captureIds = new Set([...conversations.flatMap((c) => c.captureIds), ...messages.flatMap((m) => m.captureIds), ...terms.flatMap((t) => t.captureIds)]);
    const chosen = isEmptyFilter(filter) ? await db.captures.toArray() : (await db.captures.bulkGet([...captureIds])).filter((c) => c !== undefined);
    const captures = chosen.sort((a, b) => (a.capturedAt < b.capturedAt ? -1 : 1));
    return { messages, conversations, terms, captures, cases, custody: await db.custody.orderBy('seq').toArray(), tags: await listTags(db) };
  });
  const { conversations, terms, captures, custody, tags, cases } = read;
  const messages = withSightings(read.messages, captures);
  const description = describeFilter(filter, conversations.find((c) => c.id === filter.conversationId)?.title, cases.find((c) => c.id === filter.caseId)?.name);

  const files = new Map<string, Uint8Array>();
  for (const capture of captures) for (const file of capture.files) files.set(file.path, await readBlob(db, file.sha256));
  // Only the exported messages' files: a filtered export carries no other message's attachments.
  for (const m of messages) {
    for (const a of m.attachments) {
      const path = savedAttachmentPath(a);
      if (path && a.sha256 && !files.has(path)) files.set(path, await readBlob(db, a.sha256));
    }
  }

  return { exportedAt, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, software, scope: { description, filter }, captures, conversations, messages, terms, tags, cases, custody, files };
}

/**
 * Terms go with everything when nothing is filtered, and with a conversation when they are its
 * contract; otherwise they go when they match the tag, key-evidence and word filters themselves
 * (a contract tagged "scope" goes with the scope evidence).
 */
function termsInScope(all: StoredTerms[], filter: EvidenceFilter, conversations: readonly StoredConversation[]): StoredTerms[] {
  const sorted = all.sort((a, b) => (a.firstCapturedAt < b.firstCapturedAt ? -1 : 1));
  if (isEmptyFilter(filter)) return sorted;
  if (!filter.conversationId) return sorted.filter((t) => termsMatchFilter(t, filter));
  const contractIds = new Set(conversations.flatMap((c) => c.contractIds));
  return sorted.filter((t) => (t.record.kind === 'contract' && contractIds.has(t.record.contract.id)) || (t.record.kind === 'timesheet' && contractIds.has(t.record.timesheet.contractId)));
}

/** A case's contracts exactly, with their timesheets, in capture order. */
function caseTerms(all: StoredTerms[], contractIds: readonly string[]): StoredTerms[] {
  const ids = new Set(contractIds);
  return all
    .filter((t) => (t.record.kind === 'contract' && ids.has(t.record.contract.id)) || (t.record.kind === 'timesheet' && ids.has(t.record.timesheet.contractId)))
    .sort((a, b) => (a.firstCapturedAt < b.firstCapturedAt ? -1 : 1));
}

/** The finished bundle, as its `exported` custody event names it. */
export interface ExportedBundle {
  /** The zip's file name. */
  file: string;
  /** SHA-256 hex of the bundle's datapackage.json (what its signature covers). */
  datapackageSha256: string;
  /** SHA-256 hex of the zip as saved. */
  zipSha256: string;
}

/**
 * Stores the export's custody event once the bundle exists, refusing if anything was recorded
 * since the set was read (the bundle would then not hold the log as it stands before its event).
 */
export async function recordExport(db: EvidenceDb, set: EvidenceSet, bundle: ExportedBundle): Promise<CustodyEvent> {
  const read = set.custody.at(-1) ?? null;
  return db.transaction('rw', [db.custody], async () => {
    const last = await db.custody.orderBy('seq').last();
    if ((last?.hash ?? null) !== (read?.hash ?? null)) {
      throw new Error('the evidence changed while it was being exported (a capture, tag or note was saved meanwhile). Export again.');
    }
    return appendCustody(db, {
      at: set.exportedAt,
      event: 'exported',
      subject: bundle.file,
      detail: {
        bundle: bundle.file,
        datapackageSha256: bundle.datapackageSha256,
        zipSha256: bundle.zipSha256,
        scope: set.scope.description,
        // Lets a later export of the same scope show this event (export-scope.ts); others withhold it.
        filter: scopeKey(set.scope.filter),
        messages: set.messages.length,
        conversations: set.conversations.length,
        terms: set.terms.length,
        captures: set.captures.length,
      },
    });
  });
}

/** Every capture that saw a message (its own list names only those that changed it), oldest first. */
function withSightings(messages: StoredMessage[], captures: readonly StoredCapture[]): StoredMessage[] {
  const sightings = new Map<string, string[]>();
  for (const capture of captures) {
    for (const id of capture.messageIds) {
      const list = sightings.get(id);
      if (list) list.push(capture.id);
      else sightings.set(id, [capture.id]);
    }
  }
  return messages.map((m) => {
    const seen = sightings.get(m.id) ?? [];
    const all = [...new Set([...seen, ...m.captureIds])];
    return all.length === m.captureIds.length ? m : { ...m, captureIds: captures.filter((c) => all.includes(c.id)).map((c) => c.id) };
  });
}
