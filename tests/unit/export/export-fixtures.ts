// A small evidence set for export tests: two conversations, hostile strings where captured text
// goes, review state, a deleted and an edited message, and a real custody chain.
import type { CaptureFile, CustodyEvent, EvidenceSet, StoredCapture, StoredConversation, StoredMessage } from '../../../src/shared/model';
import { DISPUTE_TAGS } from '../../../src/shared/model';
import { chainCustody, type CustodyEntry } from '../../../src/shared/custody';
import { sha256Hex } from '../../../src/shared/hash';

export const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  jsUrl: 'javascript:alert(1)',
  formula: '=HYPERLINK("http://x")',
  mdLink: '[click me](javascript:alert(1))',
};

export const ROOM_A = 'room_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export const ROOM_B = 'room_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

const encoder = new TextEncoder();

function captureFile(path: string, content: string): [CaptureFile, Uint8Array] {
  const bytes = encoder.encode(content);
  return [{ path, sha256: sha256Hex(bytes), bytes: bytes.length, mediaType: 'text/html' }, bytes];
}

function capture(id: string, over: Partial<StoredCapture>, file: CaptureFile): StoredCapture {
  return {
    id,
    url: `https://www.upwork.com/ab/messages/rooms/${ROOM_A}`,
    pageKind: 'messages-room',
    title: 'Messages - Upwork',
    capturedAt: '2026-03-10T15:00:00Z',
    timeZone: 'America/New_York',
    utcOffsetMinutes: -240,
    browser: 'Chrome 131',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0',
    extensionVersion: '0.1.0',
    actions: ['loaded 2 older pages of history', 'removed 14 script elements from page.html'],
    files: [file],
    sha256: sha256Hex(id),
    conversationId: ROOM_A,
    messageIds: [],
    counts: { total: 4, new: 4, edited: 0, deleted: 0 },
    partial: false,
    ...over,
  };
}

function conversation(id: string, over: Partial<StoredConversation>): StoredConversation {
  return {
    id,
    title: 'Dana Whitfield',
    subtitle: 'Shopify store migration',
    url: `https://www.upwork.com/ab/messages/rooms/${id}`,
    participants: ['Dana Whitfield', 'Priya Raman'],
    contractIds: ['38123456'],
    tags: [],
    note: '',
    key: false,
    firstCapturedAt: '2026-03-10T15:00:00Z',
    lastCapturedAt: '2026-03-10T15:00:00Z',
    captureIds: ['cap-1'],
    ...over,
  };
}

function message(id: string, over: Partial<StoredMessage>): StoredMessage {
  return {
    id,
    kind: 'message',
    sender: 'Dana Whitfield',
    sentAt: '2026-03-02T14:14:00Z',
    sentAtText: 'March 2, 2026 at 9:14 AM',
    sentAtPrecision: 'minute',
    text: '',
    replyTo: null,
    attachments: [],
    deleted: false,
    edited: false,
    conversationId: ROOM_A,
    position: 0,
    versions: [],
    deletedSeenAt: null,
    firstCapturedAt: '2026-03-10T15:00:00Z',
    captureIds: ['cap-1'],
    tags: [],
    note: '',
    key: false,
    ...over,
  };
}

function custody(entries: CustodyEntry[]): CustodyEvent[] {
  const events: CustodyEvent[] = [];
  for (const entry of entries) events.push(chainCustody(events[events.length - 1] ?? null, entry));
  return events;
}

/** Messages are given out of order on purpose: the exporter must sort them. */
export function makeEvidenceSet(): EvidenceSet {
  const [fileA, bytesA] = captureFile('captures/cap-1/page.html', '<html><body>room A as captured</body></html>');
  const [fileB, bytesB] = captureFile('captures/cap-2/page.html', '<html><body>workroom B as captured</body></html>');
  const messages: StoredMessage[] = [
    message('story_a3', {
      sentAt: '2026-03-03T09:00:00Z', sentAtText: 'March 3, 2026 at 4:00 AM', text: HOSTILE.formula, position: 3,
      deleted: true, deletedSeenAt: '2026-03-12T10:00:00Z',
    }),
    message('story_b2', {
      conversationId: ROOM_B, sentAt: '2026-03-02T16:00:00Z', sentAtText: 'Mar 2, 11:00 AM', sender: 'Priya Raman',
      text: 'Second at the same minute, "quoted", with a comma\nand a second line', position: 2, captureIds: ['cap-2'],
    }),
    message('story_a1', {
      text: 'Hi Priya,\nCan you migrate the store by March 18?', position: 1, key: true, tags: ['billing', 'custom-1'],
      note: `Client's first request ${HOSTILE.mdLink}`,
      attachments: [{ name: 'redirects.xlsx', size: '24 KB', url: 'https://www.upwork.com/ab/messages/att/1' }],
    }),
    message('story_b1', {
      conversationId: ROOM_B, sentAt: '2026-03-02T16:00:00Z', sentAtText: 'Mar 2, 11:00 AM', sender: 'Priya Raman',
      text: HOSTILE.script, position: 1, captureIds: ['cap-2'],
      attachments: [{ name: `evil${HOSTILE.img}.pdf`, size: null, url: HOSTILE.jsUrl }],
    }),
    message('story_a2', {
      sentAt: '2026-03-02T14:20:00Z', sentAtText: 'March 2, 2026 at 9:20 AM', sender: 'Priya Raman', position: 2,
      text: HOSTILE.img, edited: true, key: true, tags: ['scope'],
      versions: [{ text: 'Original reply # before the edit', seenAt: '2026-03-05T12:00:00Z', captureId: 'cap-1' }],
      // The page's own data agreed on the time and disagreed on the text, which the page's reading kept.
      sources: { sentAt: 'both' }, conflicts: [{ field: 'text', dom: HOSTILE.img, pageData: HOSTILE.script }],
    }),
    message('story_a4', {
      kind: 'system', sender: null, sentAt: '2026-03-04T10:00:00Z', sentAtText: 'March 4, 2026 at 5:00 AM', position: 4,
      text: 'Milestone 1 funded\n$600.00',
    }),
  ];
  return {
    exportedAt: '2026-11-26T10:04:00Z',
    software: { name: 'Evidence Locker for Upwork', version: '0.1.0' },
    scope: { description: 'All evidence', filter: {} },
    captures: [
      capture('cap-2', { pageKind: 'workroom-messages', capturedAt: '2026-03-11T15:00:00Z', conversationId: ROOM_B, url: 'https://www.upwork.com/nx/wm/workroom/38123457/messages' }, fileB),
      capture('cap-1', {}, fileA),
    ],
    conversations: [
      conversation(ROOM_B, { title: HOSTILE.img, subtitle: HOSTILE.script, contractIds: ['38123457'], captureIds: ['cap-2'], note: 'Second contract' }),
      conversation(ROOM_A, { tags: ['billing'] }),
    ],
    messages,
    terms: [],
    tags: [...DISPUTE_TAGS, { id: 'custom-1', label: '<b>Scope creep</b>', kind: 'custom', color: '#d93f3f' }],
    custody: custody([
      { at: '2026-03-10T15:00:00Z', event: 'captured', subject: 'cap-1', detail: { messages: 4 } },
      { at: '2026-03-11T15:00:00Z', event: 'captured', subject: 'cap-2', detail: { messages: 2 } },
      { at: '2026-03-12T09:00:00Z', event: 'tagged', subject: 'story_a1', detail: { tag: 'billing' } },
      { at: '2026-03-12T09:01:00Z', event: 'noted', subject: 'story_a1', detail: { note: "Client's first request" } },
      { at: '2026-11-26T10:04:00Z', event: 'exported', subject: 'bundle', detail: { scope: 'All evidence' } },
    ]),
    files: new Map([[fileB.path, bytesB], [fileA.path, bytesA]]),
  };
}

/** Message ids in the order the exporter must put them. */
export const CHRONOLOGICAL_IDS = ['story_a1', 'story_a2', 'story_b1', 'story_b2', 'story_a3', 'story_a4'];

export const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
