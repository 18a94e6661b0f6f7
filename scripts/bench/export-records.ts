// Stored rows for the export benchmark: a device with many conversations of realistic messages,
// some tagged, noted, edited and deleted, and a custody log as long as their review made it.
import { DISPUTE_TAGS, type CustodyEvent, type StoredCapture, type StoredConversation, type StoredMessage, type Tag } from '../../src/shared/model';
import { chainCustody } from '../../src/shared/proof/custody';

export interface ExportRecords {
  captures: StoredCapture[];
  conversations: StoredConversation[];
  messages: StoredMessage[];
  tags: Tag[];
  custody: CustodyEvent[];
}

const WORDS = 'the milestone invoice draft store migration redirects product size chart approve scope deadline payment client review files before after week'.split(' ');

function sentence(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  return out.join(' ');
}

export function exportRecords(messageCount: number, conversationCount = 20): ExportRecords {
  const start = Date.UTC(2026, 0, 1);
  const conversations: StoredConversation[] = [];
  const captures: StoredCapture[] = [];
  for (let c = 0; c < conversationCount; c++) {
    const id = `room_${c.toString(16).padStart(32, '0')}`;
    const captureId = `cap_${c}`;
    conversations.push({
      id, title: `Client ${c}`, subtitle: `Contract ${c}`, url: `https://www.upwork.com/ab/messages/rooms/${id}`, participants: [`Client ${c}`, 'Priya Raman'],
      contractIds: [String(38000000 + c)], firstCapturedAt: new Date(start).toISOString(), lastCapturedAt: new Date(start).toISOString(), captureIds: [captureId], tags: [], note: '', key: false,
    });
    captures.push({
      id: captureId, url: `https://www.upwork.com/ab/messages/rooms/${id}`, pageKind: 'messages-room', title: 'Messages - Upwork', capturedAt: new Date(start + c * 1000).toISOString(),
      timeZone: 'America/New_York', utcOffsetMinutes: -300, browser: 'Chromium', userAgent: 'bench', extensionVersion: '0.1.0', actions: [], files: [], sha256: 'c'.repeat(64),
      conversationId: id, messageIds: [], counts: { total: 0, new: 0, edited: 0, deleted: 0 }, partial: false,
    });
  }
  const messages: StoredMessage[] = [];
  for (let i = 0; i < messageCount; i++) {
    const c = i % conversationCount;
    const sentAt = new Date(start + i * 60_000).toISOString().replace('.000Z', 'Z');
    messages.push({
      id: `story_${i.toString(16).padStart(32, '0')}`, conversationId: conversations[c]!.id, kind: i % 50 === 0 ? 'system' : 'message', sender: i % 2 ? `Client ${c}` : 'Priya Raman',
      sentAt, sentAtText: sentAt, sentAtPrecision: 'minute', text: `${sentence(i, 30)}\n${sentence(i + 1, 12)}`, replyTo: null,
      attachments: i % 40 === 0 ? [{ name: `file-${i}.pdf`, size: '24 KB', url: `https://www.upwork.com/ab/messages/att/${i}` }] : [],
      deleted: i % 200 === 0, edited: i % 100 === 0, position: Math.floor(i / conversationCount),
      versions: i % 100 === 0 ? [{ text: sentence(i + 2, 20), seenAt: sentAt, captureId: captures[c]!.id }] : [], deletedSeenAt: null,
      firstCapturedAt: captures[c]!.capturedAt, captureIds: [captures[c]!.id], tags: i % 25 === 0 ? ['billing'] : [], note: i % 30 === 0 ? sentence(i + 3, 10) : '', key: i % 500 === 0,
    });
  }
  for (const m of messages) captures.find((c) => c.conversationId === m.conversationId)!.messageIds.push(m.id);
  const custody: CustodyEvent[] = [];
  const add = (at: string, event: CustodyEvent['event'], subject: string, detail: Record<string, unknown>) => custody.push(chainCustody(custody.at(-1) ?? null, { at, event, subject, detail }));
  for (const c of captures) add(c.capturedAt, 'captured', c.id, { conversationId: c.conversationId, url: c.url, messages: c.messageIds.length });
  for (const m of messages) {
    if (m.tags.length) add(m.firstCapturedAt, 'tagged', m.id, { type: 'message', tag: 'billing' });
    if (m.note) add(m.firstCapturedAt, 'noted', m.id, { type: 'message', note: m.note });
  }
  return { captures, conversations, messages, tags: [...DISPUTE_TAGS], custody };
}
