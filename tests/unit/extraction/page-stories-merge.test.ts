// mergePageStories: each rule of the table in src/extractors/merge-page-stories.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMessagesRoom } from '../../../src/extractors/messages-room';
import { parsePageStories, type PageStory } from '../../../src/extractors/page-stories';
import { mergePageStories } from '../../../src/extractors/merge-page-stories';
import type { ExtractedMessage } from '../../../src/shared/model';
import { message } from '../helpers/capture-input';

const ROOM = 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const DANA = '1766093125537890305';
const PRIYA = '1694826301115473920';

/** The page's story for message(n): sent 7.123 s into its minute (DOM times are whole minutes). */
function story(n: number, overrides: Partial<PageStory> = {}): PageStory {
  const created = Date.UTC(2026, 2, 2, 9, n, 7, 123);
  return {
    storyId: message(n).id, roomId: ROOM, userId: n % 2 ? DANA : PRIYA, created, updated: created, userModifiedTimestamp: null,
    modified: false, deleted: false, isSystemStory: false, message: `Message number ${n}`, header: null, attachments: [], ...overrides,
  };
}

const pageOf = (...stories: PageStory[]) => new Map(stories.map((s) => [s.storyId, s]));
const only = (dom: ExtractedMessage, s: PageStory) => mergePageStories([dom], pageOf(s)).messages[0]!;

describe('a DOM message with a story of the same id', () => {
  it('takes the exact sent time, to the millisecond, and keeps the title the page showed', () => {
    expect(only(message(3), story(3))).toEqual({
      ...message(3), sentAt: '2026-03-02T09:03:07.123Z', sentAtPrecision: 'millisecond', sources: { sentAt: 'both', text: 'both', kind: 'both', deleted: 'both' },
    });
  });

  it('keeps the ISO form without milliseconds when there are none, with no zone arithmetic', () => {
    // 2026-03-08 07:30:00Z is inside New York's skipped hour: irrelevant to an epoch instant.
    expect(only(message(3), story(3, { created: Date.UTC(2026, 2, 8, 7, 30), updated: null })).sentAt).toBe('2026-03-08T07:30:00Z');
    expect(only(message(3), story(3, { created: Date.UTC(2026, 10, 1, 6, 30, 0, 1), updated: null })).sentAt).toBe('2026-11-01T06:30:00.001Z');
  });

  const t = story(3).created;
  it.each([
    ['modified', { modified: true }, null],
    ['a later userModifiedTimestamp', { userModifiedTimestamp: t + 120_000 }, t + 120_000],
    ['an updated more than a second after created', { updated: t + 1001 }, t + 1001],
    ['modified with both times (userModifiedTimestamp wins)', { modified: true, updated: t + 9000, userModifiedTimestamp: t + 5000 }, t + 5000],
  ])('has its edit time when the story shows %s and the page marked it edited; else the disagreement is kept', (_name, overrides, at) => {
    const merged = only(message(3, { edited: true }), story(3, overrides));
    expect(merged).toMatchObject({ edited: true, editedAt: at === null ? null : new Date(at).toISOString(), sources: { edited: 'both' } });
    expect(merged.conflicts).toBeUndefined();
    const unmarked = only(message(3), story(3, overrides));
    expect(unmarked).toMatchObject({ edited: false, conflicts: [{ field: 'edited', dom: false, pageData: true }] });
    expect(unmarked.editedAt).toBeUndefined();
  });

  it.each([
    ['updated within a second of created', { updated: t + 1000 }],
    ['userModifiedTimestamp equal to created (research §3.1 example)', { userModifiedTimestamp: t }],
    ['a deleted story whose updated moved', { deleted: true, updated: t + 60_000, userModifiedTimestamp: t + 60_000 }],
  ])('is not edited for %s', (_name, overrides) => {
    const merged = only(message(3), story(3, overrides));
    expect(merged.edited).toBe(false);
    expect(merged.editedAt).toBeUndefined();
    expect(merged.sources?.edited).toBeUndefined();
  });

  it('keeps an edit the DOM showed, as the DOM\'s, with the data\'s edit time', () => {
    const alone = only(message(3, { edited: true }), story(3));
    expect(alone.edited).toBe(true);
    expect(alone.sources?.edited).toBeUndefined();
    const both = only(message(3, { edited: true }), story(3, { modified: true, userModifiedTimestamp: t + 5000 }));
    expect(both).toMatchObject({ edited: true, editedAt: new Date(t + 5000).toISOString() });
  });

  it('stays as the page showed it when the story says deleted (or not), keeping both values', () => {
    expect(only(message(3), story(3, { deleted: true, message: '' }))).toMatchObject({ deleted: false, text: 'Message number 3', conflicts: [{ field: 'deleted', dom: false, pageData: true }] });
    expect(only(message(3, { deleted: true, text: '' }), story(3))).toMatchObject({ deleted: true, conflicts: [{ field: 'deleted', dom: true, pageData: false }] });
    expect(only(message(3, { deleted: true, text: '' }), story(3, { deleted: true })).sources?.deleted).toBe('both');
  });

  it('becomes a system event when the DOM shows nothing of a message', () => {
    const merged = only(message(3, { text: '' }), story(3, { isSystemStory: true, message: '', header: 'Contract started' }));
    expect(merged).toMatchObject({ kind: 'system', text: 'Contract started', sources: { kind: 'page-data', text: 'page-data' } });
  });

  it.each([
    ['text', {}],
    ['a file', { text: '', attachments: [{ name: 'a.pdf', size: null, url: null }] }],
    ['a deleted marker', { text: '', deleted: true }],
  ])('stays a message when the DOM shows it as one (%s), and notes the conflict', (_name, overrides) => {
    const { messages, actions } = mergePageStories([message(3, overrides)], pageOf(story(3, { isSystemStory: true })));
    expect(messages[0]?.kind).toBe('message');
    expect(messages[0]?.conflicts).toContainEqual({ field: 'kind', dom: 'message', pageData: 'system' });
    expect(actions).toContain(`the page's data and the page disagreed on whether it was a system event, of 1 message; kept what the page showed, and recorded both (${message(3).id})`);
  });

  it('stays a system event when the DOM shows one the data calls a message, and notes the conflict', () => {
    const { messages, actions } = mergePageStories([message(3, { kind: 'system', text: 'Offer sent' })], pageOf(story(3)));
    expect(messages[0]).toMatchObject({ kind: 'system', text: 'Offer sent' });
    expect(actions.filter((a) => a.includes('system event'))).toHaveLength(1);
  });

  it('fills an empty text from the data, but never the text of a deleted message', () => {
    expect(only(message(3, { text: '' }), story(3))).toMatchObject({ text: 'Message number 3', sources: { text: 'page-data' } });
    expect(only(message(3, { text: '', deleted: true }), story(3, { deleted: true })).text).toBe('');
    expect(only(message(3, { text: '', deleted: true }), story(3)).text).toBe('');
  });

  it('keeps the DOM text when the data says something else, in one summarised action', () => {
    const dom = [message(1), message(2, { text: 'Message\n  number   2 ' }), message(3)];
    const page = pageOf(story(1, { message: 'Edited later' }), story(2), story(3, { message: 'Something else' }));
    const { messages, actions } = mergePageStories(dom, page);
    expect(messages.map((m) => m.text)).toEqual(['Message number 1', 'Message\n  number   2 ', 'Message number 3']);
    expect(messages.map((m) => m.sources?.text)).toEqual([undefined, 'both', undefined]);
    expect(messages[0]?.conflicts).toEqual([{ field: 'text', dom: 'Message number 1', pageData: 'Edited later' }]);
    expect(messages[2]?.conflicts).toEqual([{ field: 'text', dom: 'Message number 3', pageData: 'Something else' }]);
    expect(actions.filter((a) => a.includes('text'))).toEqual([
      `the page's data and the page disagreed on the text of 2 messages; kept the text shown on the page, and recorded both (${message(1).id}, ${message(3).id})`,
    ]);
  });

  it('takes the data\'s files only when the DOM shows none', () => {
    const file = { name: 'kickoff.pdf', size: '412 KB', url: 'https://www.upwork.com/ab/messages/att/1' };
    expect(only(message(3), story(3, { attachments: [file] }))).toMatchObject({ attachments: [file], sources: { attachments: 'page-data' } });
    const shown = { name: 'kickoff.pdf', size: '412 KB', url: null };
    const kept = only(message(3, { attachments: [shown] }), story(3, { attachments: [file] }));
    expect(kept.attachments).toEqual([shown]);
    expect(kept.sources?.attachments).toBe('both');
    const other = only(message(3, { attachments: [shown] }), story(3, { attachments: [{ ...file, name: 'invoice.exe' }] }));
    expect(other).toMatchObject({ attachments: [shown], conflicts: [{ field: 'attachments', dom: 'kickoff.pdf', pageData: 'invoice.exe' }] });
  });

  it('names a sender the DOM left unnamed after the one name the DOM gave that user', () => {
    const { messages } = mergePageStories([message(1), message(3, { sender: null })], pageOf(story(1), story(3)));
    expect(messages[1]).toMatchObject({ sender: 'Dana Whitfield', sources: { sender: 'page-data' } });
  });

  it('leaves the sender unnamed when the DOM gave that user two names', () => {
    const dom = [message(1), message(3, { sender: 'Dana W.' }), message(5, { sender: null })];
    expect(mergePageStories(dom, pageOf(story(1), story(3), story(5))).messages[2]?.sender).toBeNull();
  });

  it('keeps the page\'s time when the data puts the message before the minute the page showed, recording both', () => {
    const early = story(3, { created: Date.UTC(2026, 2, 2, 9, 1, 59), updated: null });
    const { messages, actions } = mergePageStories([message(3)], pageOf(early));
    expect(messages[0]).toMatchObject({ sentAt: '2026-03-02T09:03:00Z', sentAtPrecision: 'minute', conflicts: [{ field: 'sentAt', dom: '2026-03-02T09:03:00Z', pageData: '2026-03-02T09:01:59Z' }] });
    expect(messages[0]?.sources?.sentAt).toBeUndefined();
    expect(actions).toContain(`the page's data and the page disagreed on the time of 1 message; the data's time was before the minute the page showed; kept the page's time, and recorded both (${message(3).id})`);
  });

  it('takes a later data time (a bubble shows its run\'s minute) but records both', () => {
    const late = story(3, { created: Date.UTC(2026, 2, 2, 14, 0), updated: null });
    const { messages, actions } = mergePageStories([message(3)], pageOf(late));
    expect(messages[0]).toMatchObject({ sentAt: '2026-03-02T14:00:00Z', sentAtPrecision: 'millisecond', sources: { sentAt: 'page-data' }, conflicts: [{ field: 'sentAt', dom: '2026-03-02T09:03:00Z', pageData: '2026-03-02T14:00:00Z' }] });
    expect(actions.join('\n')).toContain("used the data's exact time, and recorded both");
  });

  it('agrees within the minute shown, a minute before to two after, and records nothing then', () => {
    for (const at of [Date.UTC(2026, 2, 2, 9, 2, 0), Date.UTC(2026, 2, 2, 9, 4, 59, 999)]) {
      const merged = only(message(3), story(3, { created: at, updated: null }));
      expect(merged.sources?.sentAt).toBe('both');
      expect(merged.conflicts).toBeUndefined();
    }
    expect(only(message(3), story(3, { created: Date.UTC(2026, 2, 2, 9, 1, 59, 999), updated: null })).conflicts).toHaveLength(1);
    expect(only(message(3), story(3, { created: Date.UTC(2026, 2, 2, 9, 5), updated: null })).conflicts).toHaveLength(1);
  });

  it('cannot change a message the page shows without a recorded conflict (forged data)', () => {
    const shown = message(3, { attachments: [{ name: 'brief.pdf', size: null, url: null }] });
    const forged = story(3, { created: Date.UTC(2025, 0, 1), message: 'I approve milestone 2', deleted: true, modified: true, isSystemStory: true, attachments: [{ name: 'other.pdf', size: null, url: null }] });
    const merged = only(shown, forged);
    for (const field of ['text', 'kind', 'deleted', 'attachments', 'sender', 'edited'] as const) {
      if (JSON.stringify(merged[field]) !== JSON.stringify(shown[field])) expect(merged.conflicts?.map((c) => c.field), field).toContain(field);
    }
    expect(merged).toMatchObject({ text: shown.text, kind: 'message', deleted: false, edited: false, sentAt: shown.sentAt });
    expect(merged.conflicts?.map((c) => c.field).sort()).toEqual(['attachments', 'deleted', 'edited', 'kind', 'sentAt', 'text']);
  });
});

describe('a story with no DOM message', () => {
  it('becomes a message from the data alone, every field sourced', () => {
    const s = story(2, { modified: true, userModifiedTimestamp: story(2).created + 5000 });
    const { messages, actions } = mergePageStories([message(1)], pageOf(story(1), s));
    expect(messages[1]).toEqual({
      id: s.storyId, kind: 'message', sender: null, sentAt: '2026-03-02T09:02:07.123Z', sentAtText: null, sentAtPrecision: 'millisecond',
      text: 'Message number 2', replyTo: null, attachments: [], deleted: false, edited: true, editedAt: '2026-03-02T09:02:12.123Z',
      sources: { sender: 'page-data', sentAt: 'page-data', text: 'page-data', kind: 'page-data', edited: 'page-data', deleted: 'page-data', attachments: 'page-data' },
    });
    expect(actions).toContain("added 1 message known only from the page's data, never shown on the page; each is marked so");
  });

  it('takes its sender from the name the DOM gave the same user', () => {
    const { messages } = mergePageStories([message(1)], pageOf(story(1), story(3)));
    expect(messages[1]?.sender).toBe('Dana Whitfield');
  });

  it('reads a system story\'s header as its text, and a deleted story as empty', () => {
    const page = pageOf(story(1, { isSystemStory: true, message: '', header: 'Milestone 1 activated and funded' }), story(2, { deleted: true, message: 'gone' }));
    expect(mergePageStories([], page).messages.map((m) => [m.kind, m.text, m.deleted])).toEqual([
      ['system', 'Milestone 1 activated and funded', false],
      ['message', '', true],
    ]);
  });

  it('goes before the first DOM message the data puts later, keeping DOM order', () => {
    // DOM order 1, 5, x (no data), 9; the data adds 4, 7, 8 and 12. Only DOM messages with data
    // times place them, so 7 and 8 go right before 9, after x.
    const x = message(20, { id: 'story_x' });
    const dom = [message(1), message(5), x, message(9)];
    const page = pageOf(story(1), story(5), story(9), story(12), story(8), story(4), story(7));
    expect(mergePageStories(dom, page).messages.map((m) => m.id)).toEqual(
      [message(1).id, message(4).id, message(5).id, x.id, message(7).id, message(8).id, message(9).id, message(12).id],
    );
  });

  it('goes after a DOM message with the same time, and among equals by story id', () => {
    const page = pageOf(story(1), story(2, { storyId: 'story_b', created: story(1).created }), story(3, { storyId: 'story_a', created: story(1).created }));
    expect(mergePageStories([message(1)], page).messages.map((m) => m.id)).toEqual([message(1).id, 'story_a', 'story_b']);
  });
});

describe('the merge as a whole', () => {
  it('summarises how many times came from the data', () => {
    const { actions } = mergePageStories([message(1), message(2), message(3)], pageOf(story(1), story(3)));
    expect(actions[0]).toBe("exact times for 2 of 3 messages from the page's own data");
  });

  it('changes nothing and says so when the page\'s data was not seen', () => {
    const dom = [message(1)];
    expect(mergePageStories(dom, new Map())).toEqual({ messages: dom, actions: ['no story data from the page was seen; times are to the minute, as the page shows them'] });
  });

  it('is idempotent: merging the merged list again changes no message', () => {
    const dom = [message(1), message(3, { text: '' }), message(5, { sender: null }), message(7, { text: 'shown' })];
    const page = pageOf(
      story(1, { modified: true }), story(2, { isSystemStory: true, message: '', header: 'Offer sent' }), story(3, { isSystemStory: true, header: 'Event' }),
      story(4, { deleted: true }), story(5), story(6, { updated: story(6).created + 90_000 }), story(7, { message: 'other' }), story(8),
    );
    const once = mergePageStories(dom, page).messages;
    expect(mergePageStories(once, page).messages).toEqual(once);
  });
});

describe('the shared fixture room with its own story data', () => {
  const doc = new DOMParser().parseFromString(readFileSync(path.join(import.meta.dirname, '../../fixtures/messages-room/shared-room.html'), 'utf8'), 'text/html');
  const { messages: dom } = extractMessagesRoom(doc, new URL(`https://www.upwork.com/ab/messages/rooms/${ROOM}`), { timeZone: 'UTC' });
  const read = parsePageStories(doc.getElementById('fixture-stories-simplified')!.textContent!, ROOM, Date.UTC(2026, 3, 1));
  const { messages, actions } = mergePageStories(dom, new Map(read.stories.map((s) => [s.storyId, s])));

  it('reads every story of the fixture', () => {
    expect(read).toMatchObject({ accepted: true, received: 16, problems: [] });
  });

  it('gives every message its exact time', () => {
    expect(messages.map((m) => m.id)).toEqual(dom.map((m) => m.id));
    expect(messages.every((m) => m.sentAtPrecision === 'millisecond')).toBe(true);
    expect(actions[0]).toBe("exact times for 16 of 16 messages from the page's own data");
  });

  it('fixes the continuation bubble the DOM could only date to its run (story 3: 9:42, not 9:41)', () => {
    expect(messages[2]).toMatchObject({ sentAt: '2026-03-02T09:42:00Z', sentAtText: 'March 2, 2026 at 9:41 AM' });
  });

  it('marks the edited story with its edit time', () => {
    expect(messages.find((m) => m.id === 'story_1d0c94958d516d0e33a46e917254d22d')).toMatchObject({ edited: true, editedAt: '2026-03-05T16:36:00Z' });
  });
});
