// What the user adds while reviewing: tags, notes, key-evidence marks. Each change and its
// custody event are written together.
import type { Review } from '../../shared/model';
import type { EvidenceDb } from '../db';
import { appendCustody } from '../custody-log';

/** A record the user can review: a message, a whole conversation, or a contract's (job post's, offer's…) terms. */
export interface Subject {
  type: 'message' | 'conversation' | 'terms';
  id: string;
}

type ReviewPatch = (current: Review) => { next: Partial<Review>; custody: null | { event: 'tagged' | 'untagged' | 'noted'; detail: Record<string, unknown> } };

async function review(db: EvidenceDb, subject: Subject, patch: ReviewPatch): Promise<void> {
  const table = subject.type === 'message' ? db.messages : subject.type === 'conversation' ? db.conversations : db.terms;
  await db.transaction('rw', [table, db.custody], async () => {
    const current = await table.get(subject.id);
    if (!current) throw new Error(`That ${subject.type === 'terms' ? 'page' : subject.type} is no longer stored.`);
    const { next, custody } = patch(current);
    if (!custody) return;
    await table.update(subject.id, next);
    await appendCustody(db, { at: new Date().toISOString(), event: custody.event, subject: subject.id, detail: { type: subject.type, ...custody.detail } });
  });
}

export async function setTag(db: EvidenceDb, subject: Subject, tagId: string, on: boolean): Promise<void> {
  if (!(await db.tags.get(tagId))) throw new Error(`There is no tag "${tagId}".`);
  await review(db, subject, (current) => {
    if (current.tags.includes(tagId) === on) return { next: {}, custody: null };
    const tags = on ? [...current.tags, tagId] : current.tags.filter((t) => t !== tagId);
    return { next: { tags }, custody: { event: on ? 'tagged' : 'untagged', detail: { tag: tagId } } };
  });
}

export async function setNote(db: EvidenceDb, subject: Subject, note: string): Promise<void> {
  await review(db, subject, (current) =>
    current.note === note ? { next: {}, custody: null } : { next: { note }, custody: { event: 'noted', detail: { note } } },
  );
}

/** Key evidence is recorded in custody as a tag named "key". */
export async function setKey(db: EvidenceDb, subject: Subject, key: boolean): Promise<void> {
  await review(db, subject, (current) =>
    current.key === key ? { next: {}, custody: null } : { next: { key }, custody: { event: key ? 'tagged' : 'untagged', detail: { tag: 'key' } } },
  );
}
