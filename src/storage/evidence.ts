// Gathers what an export contains and records the export in the custody log.
import { compareMessages, describeFilter, matchesFilter } from '../shared/evidence-filter';
import type { EvidenceFilter, EvidenceSet, Software } from '../shared/model';
import type { EvidenceDb } from './db';
import { readBlob } from './blobs';
import { appendCustody, custodyLog } from './custody-log';
import { listTags } from './queries';

export async function gatherEvidence(db: EvidenceDb, filter: EvidenceFilter, software: Software, now = new Date()): Promise<EvidenceSet> {
  const exportedAt = now.toISOString();
  const { messages, conversations, captures } = await db.transaction('r', [db.messages, db.conversations, db.captures], async () => {
    const messages = (filter.conversationId ? await db.messages.where('conversationId').equals(filter.conversationId).toArray() : await db.messages.toArray())
      .filter((m) => matchesFilter(m, filter))
      .sort(compareMessages);
    const conversationIds = new Set(messages.map((m) => m.conversationId));
    if (filter.conversationId) conversationIds.add(filter.conversationId);
    const conversations = (await db.conversations.bulkGet([...conversationIds])).filter((c) => c !== undefined);
    const captureIds = new Set(conversations.flatMap((c) => c.captureIds));
    const captures = (await db.captures.bulkGet([...captureIds])).filter((c) => c !== undefined).sort((a, b) => (a.capturedAt < b.capturedAt ? -1 : 1));
    return { messages, conversations, captures };
  });
  const description = describeFilter(filter, conversations.find((c) => c.id === filter.conversationId)?.title);

  const files = new Map<string, Uint8Array>();
  for (const capture of captures) for (const file of capture.files) files.set(file.path, await readBlob(db, file.sha256));

  await db.transaction('rw', [db.custody], () =>
    appendCustody(db, {
      at: exportedAt,
      event: 'exported',
      subject: 'bundle',
      detail: { scope: description, messages: messages.length, conversations: conversations.length, captures: captures.length },
    }),
  );
  return {
    exportedAt,
    software,
    scope: { description, filter },
    captures,
    conversations,
    messages,
    tags: await listTags(db),
    custody: await custodyLog(db),
    files,
  };
}
