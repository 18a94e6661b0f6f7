// One definition of "what the current filter shows", used by the dashboard list and by export.
import type { EvidenceFilter, StoredMessage } from './model';

export function isEmptyFilter(filter: EvidenceFilter): boolean {
  return !filter.conversationId && !filter.tagId && !filter.text?.trim() && !filter.keyOnly;
}

export function matchesFilter(message: StoredMessage, filter: EvidenceFilter): boolean {
  if (filter.conversationId && message.conversationId !== filter.conversationId) return false;
  if (filter.tagId && !message.tags.includes(filter.tagId)) return false;
  if (filter.keyOnly && !message.key) return false;
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [message.text, message.sender ?? '', ...message.attachments.map((a) => a.name), ...message.versions.map((v) => v.text)]
    .join('\n')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Time order: sentAt, then the page's own order for equal times; undated messages last. */
export function compareMessages(a: StoredMessage, b: StoredMessage): number {
  if (a.sentAt !== b.sentAt) {
    if (a.sentAt === null) return 1;
    if (b.sentAt === null) return -1;
    return Date.parse(a.sentAt) - Date.parse(b.sentAt);
  }
  if (a.conversationId !== b.conversationId) return a.conversationId < b.conversationId ? -1 : 1;
  return a.position - b.position;
}

export function describeFilter(filter: EvidenceFilter, conversationTitle?: string): string {
  if (isEmptyFilter(filter)) return 'All evidence';
  const parts: string[] = [];
  if (filter.conversationId) parts.push(`conversation ${conversationTitle ?? filter.conversationId}`);
  if (filter.tagId) parts.push(`tagged ${filter.tagId}`);
  if (filter.keyOnly) parts.push('key evidence only');
  if (filter.text?.trim()) parts.push(`matching "${filter.text.trim()}"`);
  return `Messages in ${parts.join(', ')}`;
}
