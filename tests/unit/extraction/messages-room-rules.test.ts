// Single rules of the messages-room extractor, each on a minimal page (research §2.3–2.4).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/html-page';
import { extractMessagesRoom } from '../../../src/extractors/messages-room';
import { upworkUrl } from '../../../src/extractors/story-attachments';

const ROOM = 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const ROOM_URL = new URL(`https://www.upwork.com/ab/messages/rooms/${ROOM}`);
const WORKROOM_URL = new URL('https://www.upwork.com/nx/wm/workroom/38123456/messages');
const UTC = { timeZone: 'UTC' };

function roomPage(stories: string, header = '<h4 class="room-title" data-test="room-title">Dana Whitfield</h4>'): Document {
  return parseHtml(`<div class="up-d-room"><div class="room-header">${header}</div><div id="story-viewport"><div class="story-list">${stories}</div></div></div>`);
}

const headed = (id: string, name: string, title: string, body: string): string =>
  `<div id="${id}" class="up-d-story-item"><div class="up-d-story"><div class="story-inner top">` +
  `<div class="avatar-section"><div class="up-d-avatar" title="${name}"><img alt="${name}"></div></div><div class="story-section">` +
  `<div class="story-message-header" data-test="story-header"><span class="user-name">${name}</span>` +
  `<span class="story-timestamp" title="${title}">x</span></div>` +
  `<div class="story-message"><div class="up-d-message" data-test="story-message">${body}</div></div></div></div></div></div>`;

const continuation = (id: string, body: string, inner = ''): string =>
  `<div id="${id}" class="up-d-story-item"><div class="up-d-story"><div class="story-inner">${inner}<div class="story-section">` +
  `<div class="story-message"><div class="up-d-message" data-test="story-message">${body}</div></div></div></div></div></div>`;

function sharedRoom(): Document {
  const html = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/messages-room/shared-room.html'), 'utf8');
  return parseHtml(html);
}

describe('conversation', () => {
  it('on a workroom page takes the room the page names and the workroom id first', () => {
    const { conversation, messages } = extractMessagesRoom(sharedRoom(), WORKROOM_URL, UTC);
    expect(conversation.id).toBe(ROOM);
    expect(conversation.contractIds).toEqual(['38123456']);
    expect(conversation.url).toBe(WORKROOM_URL.href);
    expect(messages).toHaveLength(16);
  });

  it('on a workroom page that names no room uses workroom_<id>', () => {
    const { conversation } = extractMessagesRoom(roomPage(''), WORKROOM_URL, UTC);
    expect(conversation.id).toBe('workroom_38123456');
    expect(conversation.contractIds).toEqual(['38123456']);
  });

  it('on a workroom page finds the room in an "open in Messages" link', () => {
    const header = `<h4 class="room-title">Dana</h4><a href="/ab/messages/rooms/${ROOM}?pageTitle=Dana">Open in Messages</a>`;
    expect(extractMessagesRoom(roomPage('', header), WORKROOM_URL, UTC).conversation.id).toBe(ROOM);
  });

  it('never takes room or contract ids from the room list of other rooms', () => {
    const list = '<div class="rooms-panel"><a data-test="room-list-item" href="/ab/messages/rooms/room_9e0d4b2a61c7f35e8d1a0b4c72e69f03"><a href="/nx/wm/workroom/30000001">c</a></a></div>';
    const doc = parseHtml(`${list}<div class="room-header"><h4 class="room-title">Dana</h4></div><div id="story-viewport"></div>`);
    expect(extractMessagesRoom(doc, WORKROOM_URL, UTC).conversation).toMatchObject({ id: 'workroom_38123456', contractIds: ['38123456'] });
  });

  it('falls back to the pageTitle parameter, then to "Untitled conversation"', () => {
    const story = headed('story_a1', 'Dana', 'March 2, 2026 at 9:14 AM', '<p>Hi</p>');
    const withParam = new URL(`${ROOM_URL.href}?pageTitle=Dana%20Whitfield`);
    expect(extractMessagesRoom(roomPage(story, ''), withParam, UTC).conversation.title).toBe('Dana Whitfield');
    expect(extractMessagesRoom(roomPage(story, ''), ROOM_URL, UTC).conversation.title).toBe('Untitled conversation');
  });

  it('finds the title by [data-test], .room-title or .room-title-wrapper h4, and the subtitle or null', () => {
    const variants = [
      '<span data-test="room-title"> Dana  Whitfield </span>',
      '<span class="room-title">Dana Whitfield</span>',
      '<div class="room-title-wrapper"><h4>Dana Whitfield</h4></div>',
    ];
    for (const header of variants) {
      expect(extractMessagesRoom(roomPage('', header), ROOM_URL, UTC).conversation).toMatchObject({ title: 'Dana Whitfield', subtitle: null });
    }
    const sub = '<h4 class="room-title">Dana</h4><div data-test="room-subtitle">Shopify migration</div>';
    expect(extractMessagesRoom(roomPage('', sub), ROOM_URL, UTC).conversation.subtitle).toBe('Shopify migration');
  });
});

describe('stories', () => {
  it('reads a .story-list without #story-viewport, through virtualizer wrappers', () => {
    const story = headed('story_a1', 'Dana', 'March 2, 2026 at 9:14 AM', '<p>Hi</p>');
    const doc = parseHtml(`<div class="room-header"><h4 class="room-title">Dana</h4></div><div class="story-list"><div class="vue-recycle-scroller__item-view">${story}</div></div>`);
    expect(extractMessagesRoom(doc, ROOM_URL, UTC).messages.map((m) => m.id)).toEqual(['story_a1']);
  });

  it('keeps a story id seen twice only once', () => {
    const story = headed('story_a1', 'Dana', 'March 2, 2026 at 9:14 AM', '<p>Hi</p>');
    expect(extractMessagesRoom(roomPage(story + story), ROOM_URL, UTC).messages).toHaveLength(1);
  });

  it('falls back to data-test hooks when the classes are renamed', () => {
    const story =
      '<div id="story_b2" class="up-d-story-item"><div class="story-inner top"><div class="avatar-section"></div>' +
      '<div data-test="story-header"><span class="user-name">Dana</span><span class="story-timestamp" title="March 2, 2026 at 9:14 AM">9:14 AM</span></div>' +
      '<div data-test="story-message"><p>Renamed classes</p></div></div></div>';
    expect(extractMessagesRoom(roomPage(story), ROOM_URL, UTC).messages[0]).toMatchObject({
      kind: 'message', sender: 'Dana', sentAt: '2026-03-02T09:14:00Z', text: 'Renamed classes',
    });
  });

  it('a continuation with no run before it (history cut by virtualization) takes the avatar name and no time', () => {
    const avatar = '<div class="avatar-section"><div class="up-d-avatar" title="Dana Whitfield"><span class="avatar-initials">DW</span></div></div>';
    expect(extractMessagesRoom(roomPage(continuation('story_c1', '<p>Hi</p>', avatar)), ROOM_URL, UTC).messages[0]).toMatchObject({
      sender: 'Dana Whitfield', sentAt: null, sentAtText: null, text: 'Hi',
    });
  });

  it('a continuation that shows its own full timestamp uses it', () => {
    const own = '<span class="story-timestamp" title="March 2, 2026 at 9:16 AM">9:16 AM</span>';
    const stories = headed('story_a1', 'Dana', 'March 2, 2026 at 9:14 AM', '<p>One</p>') + continuation('story_a2', `<p>Two</p>`, own);
    expect(extractMessagesRoom(roomPage(stories), ROOM_URL, UTC).messages[1]).toMatchObject({
      sender: 'Dana', sentAt: '2026-03-02T09:16:00Z', sentAtText: 'March 2, 2026 at 9:16 AM',
    });
  });

  it('keeps the page\'s time text when it has no full date (sentAt null)', () => {
    const story = headed('story_a1', 'Dana', '', '<p>Hi</p>').replace('title="">x<', 'title="">9:14 AM<');
    expect(extractMessagesRoom(roomPage(story), ROOM_URL, UTC).messages[0]).toMatchObject({ sentAt: null, sentAtText: '9:14 AM' });
  });

  it('drops attachments inside a deleted message and its placeholder text', () => {
    const story =
      '<div id="story_d1" class="up-d-story-item"><div class="story-inner"><div class="story-section"><div class="story-message deleted">' +
      '<p>This message has been deleted.</p><div class="attachment-item"><span class="file-name">gone.pdf</span></div></div></div></div></div>';
    expect(extractMessagesRoom(roomPage(story), ROOM_URL, UTC).messages[0]).toMatchObject({ kind: 'message', deleted: true, text: '', attachments: [] });
  });

  it('a quote without a story reference gives replyTo null; one with data-story-id gives that id', () => {
    const quote = (attr: string) => `<div class="reply-wrapper"${attr}><p>quoted</p></div><p>answer</p>`;
    const stories = headed('story_q1', 'Dana', 'March 2, 2026 at 9:14 AM', quote('')) + headed('story_q2', 'Dana', 'March 2, 2026 at 9:15 AM', quote(' data-story-id="story_q1"'));
    const [plain, linked] = extractMessagesRoom(roomPage(stories), ROOM_URL, UTC).messages;
    expect(plain).toMatchObject({ text: 'answer', replyTo: null });
    expect(linked).toMatchObject({ text: 'answer', replyTo: 'story_q1' });
  });
});

describe('upworkUrl', () => {
  it.each([
    ['/ab/messages/att/0b6f2c1e', 'https://www.upwork.com/ab/messages/att/0b6f2c1e'],
    ['https://www.upwork.com/ab/messages/att/x?download=1', 'https://www.upwork.com/ab/messages/att/x?download=1'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['//evil.test/x', null],
    ['https://www.upwork.com.evil.test/x', null],
    ['https://user:pw@www.upwork.com/x', null],
    ['http://www.upwork.com/x', null],
    ['data:text/html,x', null],
    [null, null],
  ])('%s -> %s', (href, url) => {
    expect(upworkUrl(href)).toBe(url);
  });
});
