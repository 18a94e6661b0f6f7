// Pages that are not (yet) a conversation must fail loudly, in plain words; an empty room must not.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractionErrorOf, parseHtml } from '../helpers/html-page';
import { extractMessagesRoom } from '../../../src/extractors/messages-room';

const ROOM_URL = new URL('https://www.upwork.com/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418');
const UTC = { timeZone: 'UTC' };

const HEADER = '<div class="room-header"><h4 class="room-title" data-test="room-title">Dana Whitfield</h4></div>';

describe('pages without a conversation', () => {
  it('a login page at a room URL names the missing message list and what to do', () => {
    const html = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/messages-room/not-a-room.html'), 'utf8');
    const error = extractionErrorOf(() => extractMessagesRoom(parseHtml(html), ROOM_URL, UTC));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ExtractionError');
    expect(error.field).toBe('message list');
    expect(error.selector).toBe('#story-viewport, .story-list');
    expect(error.message).toBe(
      'The page has no message list (#story-viewport, .story-list). Open the conversation and try again.',
    );
  });

  it('a room still loading (no title, no stories) says to wait', () => {
    const doc = parseHtml('<div class="up-d-room"><div class="room-header"></div><div id="story-viewport"><div class="story-list"></div></div></div>');
    const error = extractionErrorOf(() => extractMessagesRoom(doc, ROOM_URL, UTC));
    expect(error.field).toBe('room title');
    expect(error.message).toMatch(/^The conversation has not loaded: .* no messages\. Wait until the messages appear and try again\.$/);
  });

  it('a page at a non-room URL that names no room is not a conversation', () => {
    const doc = parseHtml(`<div class="up-d-room">${HEADER}<div id="story-viewport"></div></div>`);
    const error = extractionErrorOf(() => extractMessagesRoom(doc, new URL('https://www.upwork.com/ab/messages/rooms'), UTC));
    expect(error.field).toBe('room id');
    expect(error.message).toMatch(/not an Upwork conversation/);
  });

  it('an empty conversation with its structure gives zero messages', () => {
    const doc = parseHtml(`<div class="up-d-room">${HEADER}<div id="story-viewport"><div class="story-list"></div></div></div>`);
    const result = extractMessagesRoom(doc, ROOM_URL, UTC);
    expect(result.messages).toEqual([]);
    expect(result.conversation).toMatchObject({ id: 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418', title: 'Dana Whitfield', participants: [] });
  });

  it('rejects an unknown time zone before reading anything', () => {
    const doc = parseHtml(`<div class="up-d-room">${HEADER}<div id="story-viewport"></div></div>`);
    expect(() => extractMessagesRoom(doc, ROOM_URL, { timeZone: 'Nowhere/Atlantis' })).toThrow(RangeError);
  });
});
