// parsePageStories: the page's own story data is hostile input (research/upwork-pages.md §3.1).
import { describe, expect, it } from 'vitest';
import { parsePageStories, sizeText } from '../../../src/extractors/page-stories';

const ROOM = 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const NOW = Date.UTC(2026, 3, 1);
const CREATED = Date.UTC(2026, 2, 2, 9, 42, 7, 123);

function story(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    storyId: 'story_870eec367f7785525215fff0d92b4546',
    roomId: ROOM,
    userId: '1694826301115473920',
    orgId: '1694826301115473921',
    message: 'Proposed split: 3 milestones.',
    created: CREATED,
    updated: CREATED,
    modified: 0,
    userModifiedTimestamp: null,
    markedAsAbusive: 0,
    isSystemStory: 0,
    deleted: 0,
    ...overrides,
  };
}

const parse = (body: unknown) => parsePageStories(typeof body === 'string' ? body : JSON.stringify(body), ROOM, NOW);

describe('parsePageStories: the response shape', () => {
  it('reads a valid story with every field', () => {
    const read = parse({ cursor: 'c1', stories: [story({ header: 'A header', modified: 1, userModifiedTimestamp: CREATED + 60_000 })] });
    expect(read).toEqual({
      accepted: true,
      cursor: 'c1',
      cursorField: true,
      received: 1,
      problems: [],
      stories: [{
        storyId: 'story_870eec367f7785525215fff0d92b4546', roomId: ROOM, userId: '1694826301115473920', created: CREATED, updated: CREATED,
        userModifiedTimestamp: CREATED + 60_000, modified: true, deleted: false, isSystemStory: false,
        message: 'Proposed split: 3 milestones.', header: 'A header', attachments: [],
      }],
    });
  });

  it.each([
    ['not JSON', '{"stories": [', "ignored a response from the page that was not JSON"],
    ['an HTML error page', '<html>401</html>', "ignored a response from the page that was not JSON"],
    ['a list', '[]', "ignored a response from the page that held no list of stories"],
    ['null', 'null', "ignored a response from the page that held no list of stories"],
    ['stories as an object', '{"stories": {"0": {}}}', "ignored a response from the page that held no list of stories"],
    ['a data wrapper (no evidence for it)', '{"data": {"stories": []}}', "ignored a response from the page that held no list of stories"],
  ])('rejects %s as a whole', (_name, body, problem) => {
    expect(parse(body)).toEqual({ accepted: false, stories: [], cursor: null, cursorField: false, received: 0, problems: [problem] });
  });

  it.each([
    ['a text cursor', { cursor: 'abc' }, 'abc', true],
    ['a null cursor', { cursor: null }, null, true],
    ['an empty cursor', { cursor: '' }, null, true],
    ['no cursor field', {}, null, false],
  ])('reads %s', (_name, extra, cursor, cursorField) => {
    expect(parse({ stories: [], ...extra })).toMatchObject({ accepted: true, cursor, cursorField, problems: [] });
  });

  it('ignores a cursor that is not text, and says so', () => {
    expect(parse({ cursor: { next: 1 }, stories: [story()] })).toMatchObject({
      accepted: true, cursor: null, cursorField: false, stories: [{ created: CREATED }],
      problems: ["ignored the paging cursor in the page's data: it was not text"],
    });
  });

  it('counts every entry received, valid or not', () => {
    expect(parse({ stories: [story(), 5, story({ roomId: 'room_00' })] })).toMatchObject({ received: 3, stories: [{}] });
  });
});

describe('parsePageStories: each story is checked', () => {
  it.each([
    ['not in this room', { roomId: 'room_9e0d4b2a61c7f35e8d1a0b4c72e69f03' }],
    ['not in this room', { roomId: undefined }],
    ['no valid story id', { storyId: 'story_<img src=x>' }],
    ['no valid story id', { storyId: `story_${'a'.repeat(65)}` }],
    ['no valid story id', { storyId: 42 }],
    ['no valid time it was sent', { created: '1772444520000' }],
    ['no valid time it was sent', { created: Number.NaN }],
    ['no valid time it was sent', { created: Infinity }],
    ['no valid time it was sent', { created: 1772444520 }], // seconds, not milliseconds
    ['no valid time it was sent', { created: NOW + 2 * 86_400_000 }],
    ['no valid time it was sent', { created: CREATED + 0.5 }],
    ['no valid time it was sent', { created: undefined }],
    ['an invalid edit time', { updated: -1 }],
    ['an invalid edit time', { userModifiedTimestamp: 'yesterday' }],
    ['an invalid deleted, edited or system-event flag', { deleted: 2 }],
    ['an invalid deleted, edited or system-event flag', { isSystemStory: '1' }],
    ['an invalid deleted, edited or system-event flag', { modified: 'true' }],
    ['a message that is not text', { message: ['x'] }],
    ['a message longer than 100,000 characters', { message: 'x'.repeat(100_001) }],
    ['a header that is not text', { header: { text: 'x' } }],
    ['an invalid user id', { userId: 1694826301115473920 }],
    ['an invalid user id', { userId: 'user-1' }],
    ['invalid attachments', { attachments: 'kickoff.pdf' }],
    ['invalid attachments', { attachments: [{ objectUrl: '/ab/messages/att/1' }] }],
  ])('ignores a story with %s (%j)', (reason, overrides) => {
    const read = parse({ stories: [story(overrides)] });
    expect(read.stories).toEqual([]);
    expect(read.problems).toEqual([`ignored 1 story from the page's data: ${reason}`]);
  });

  it('summarises ignored stories by reason', () => {
    const other = { roomId: 'room_9e0d4b2a61c7f35e8d1a0b4c72e69f03' };
    const read = parse({ stories: [story(other), story(other), 'story', story()] });
    expect(read.stories).toHaveLength(1);
    expect(read.problems).toEqual(["ignored 2 stories from the page's data: not in this room", "ignored 1 story from the page's data: not a story record"]);
  });

  it('keeps a message of exactly 100,000 characters', () => {
    expect(parse({ stories: [story({ message: 'x'.repeat(100_000) })] }).stories[0]?.message).toHaveLength(100_000);
  });

  it('keeps hostile text literally, as data', () => {
    const message = '<img src=x onerror=alert(1)> {{constructor}} \u202Eevil\u0000 </script>';
    const header = '"><svg onload=alert(2)>';
    expect(parse({ stories: [story({ message, header })] }).stories[0]).toMatchObject({ message, header });
  });

  it('reads absent optional fields and flags as empty or false (the type definitions omit some)', () => {
    const bare = { storyId: 'story_abc', roomId: ROOM, created: CREATED };
    expect(parse({ stories: [bare] }).stories[0]).toEqual({
      storyId: 'story_abc', roomId: ROOM, userId: null, created: CREATED, updated: null, userModifiedTimestamp: null,
      modified: false, deleted: false, isSystemStory: false, message: '', header: null, attachments: [],
    });
  });

  it('accepts booleans as flags', () => {
    expect(parse({ stories: [story({ deleted: true, isSystemStory: false, modified: null })] }).stories[0]).toMatchObject({ deleted: true, isSystemStory: false, modified: false });
  });

  it('ignores stories beyond 1,000 in one response', () => {
    const read = parse({ stories: Array.from({ length: 1002 }, (_, i) => story({ storyId: `story_${i}` })) });
    expect(read.stories).toHaveLength(1000);
    expect(read.received).toBe(1002);
    expect(read.problems).toEqual(["ignored 2 stories from the page's data beyond the first 1,000 of one response"]);
  });
});

describe('parsePageStories: attachments', () => {
  const read = (attachments: unknown) => parse({ stories: [story({ attachments })] }).stories[0]?.attachments;

  it('reads the file name, a size as the page shows it, and an Upwork link', () => {
    expect(read([{ fileName: 'kickoff-notes-v1.pdf', fileSize: 421888, objectUrl: '/ab/messages/att/0b6f2c1e', metadata: { mimeType: 'application/pdf' } }]))
      .toEqual([{ name: 'kickoff-notes-v1.pdf', size: '412 KB', url: 'https://www.upwork.com/ab/messages/att/0b6f2c1e' }]);
  });

  it('takes the size from metadata when the file has none', () => {
    expect(read([{ fileName: 'a.png', objectUrl: '/ab/messages/att/1', metadata: { fileSize: 2_500_000 } }])?.[0]?.size).toBe('2.4 MB');
  });

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['another site', 'https://evil.example/ab/messages/att/1'],
    ['a look-alike host', 'https://www.upwork.com.evil.example/x'],
    ['credentials in the URL', 'https://user:pw@www.upwork.com/x'],
  ])('drops a link to %s but keeps the file', (_name, objectUrl) => {
    expect(read([{ fileName: 'f.pdf', objectUrl }])).toEqual([{ name: 'f.pdf', size: null, url: null }]);
  });

  it('ignores a size that is not a whole number of bytes', () => {
    expect(read([{ fileName: 'f.pdf', fileSize: -5, metadata: { fileSize: '12 KB' } }])?.[0]?.size).toBeNull();
  });
});

describe('sizeText', () => {
  it.each([
    [0, '0 B'], [1023, '1023 B'], [1024, '1 KB'], [421_888, '412 KB'], [1_048_576, '1 MB'], [1_572_864, '1.5 MB'],
    [99_614_720, '95 MB'], [5 * 1024 ** 3, '5 GB'],
  ])('%d bytes -> %s', (bytes, text) => {
    expect(sizeText(bytes)).toBe(text);
  });
});
