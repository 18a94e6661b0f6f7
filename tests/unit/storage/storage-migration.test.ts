import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openEvidenceDb } from '../../../src/storage';
import { capturesSawMessages, withoutLastCapturedAt } from '../../../src/storage/migrations';
import { V1_STORES } from '../helpers/shipped-schemas';

describe('upgrading stored evidence from schema v1 to v2', () => {
  it('lists on each capture the messages it saw, from v1 sighting lists', () => {
    const captures = [{ id: 'cap_1' }, { id: 'cap_2' }, { id: 'cap_3' }];
    const messages = [
      { id: 'story_a', captureIds: ['cap_1', 'cap_2'] },
      { id: 'story_b', captureIds: ['cap_2'] },
    ];
    expect(capturesSawMessages(captures, messages)).toEqual([
      { id: 'cap_1', messageIds: ['story_a'] },
      { id: 'cap_2', messageIds: ['story_a', 'story_b'] },
      { id: 'cap_3', messageIds: [] },
    ]);
  });

  it('drops lastCapturedAt and nothing else', () => {
    expect(withoutLastCapturedAt({ id: 'story_a', text: 'hi', lastCapturedAt: 'x' })).toEqual({ id: 'story_a', text: 'hi' });
  });

  it('opens a v1 database as v2 with every record kept', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table('captures').put({ id: 'cap_1', capturedAt: '2026-03-20T15:00:00Z' });
    await v1.table('messages').put({ id: 'story_a', conversationId: 'room_a', text: 'kept', captureIds: ['cap_1'], lastCapturedAt: '2026-03-20T15:00:00Z' });
    await v1.table('custody').put({ seq: 1, at: '2026-03-20T15:00:00Z', event: 'captured', subject: 'cap_1', detail: {}, prev: null, hash: 'old' });
    v1.close();

    const db = openEvidenceDb(name);
    expect(await db.captures.get('cap_1')).toMatchObject({ messageIds: ['story_a'] });
    expect(await db.messages.get('story_a')).toEqual({ id: 'story_a', conversationId: 'room_a', text: 'kept', captureIds: ['cap_1'] });
    expect(await db.custody.count()).toBe(1);
    expect(db.verno).toBe(8); // and on through every later version
  });
});
