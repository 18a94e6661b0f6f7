// Builders for capture inputs as the content script sends them.
import type { CommitCaptureInput } from '../../../src/shared/messaging/messages';
import type { ExtractedMessage, RoomExtraction } from '../../../src/shared/model';

export const ROOM = 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';

export function message(n: number, overrides: Partial<ExtractedMessage> = {}): ExtractedMessage {
  return {
    id: `story_${String(n).padStart(32, '0')}`,
    kind: 'message',
    sender: n % 2 ? 'Dana Whitfield' : 'Priya Raman',
    sentAt: new Date(Date.UTC(2026, 2, 2, 9, n)).toISOString().replace('.000Z', 'Z'),
    sentAtText: `March 2, 2026 at 9:${String(n).padStart(2, '0')} AM`,
    sentAtPrecision: 'minute',
    text: `Message number ${n}`,
    replyTo: null,
    attachments: [],
    deleted: false,
    edited: false,
    ...overrides,
  };
}

export function room(messages: ExtractedMessage[], conversationId = ROOM): RoomExtraction {
  return {
    conversation: { id: conversationId, title: 'Dana Whitfield', subtitle: 'Shopify store migration', url: `https://www.upwork.com/ab/messages/rooms/${conversationId}`, participants: ['Dana Whitfield', 'Priya Raman'], contractIds: ['38123456'] },
    messages,
  };
}

let counter = 0;
export function captureInput(extraction: RoomExtraction, capturedAt = '2026-03-20T15:00:00.000Z'): CommitCaptureInput {
  counter += 1;
  return {
    captureId: `cap_test_${counter}`,
    pageKind: 'messages-room',
    url: extraction.conversation.url,
    title: 'Messages - Upwork',
    environment: { capturedAt, timeZone: 'America/New_York', utcOffsetMinutes: -240, browser: 'Chromium 156', userAgent: 'test' },
    actions: ['read the page'],
    extraction,
    files: [],
    partial: false,
  };
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
