import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getAttachmentSettings, openEvidenceDb, setAttachmentSettings } from '../../../src/storage';
import { V1_STORES } from '../helpers/shipped-schemas';

describe('upgrading stored evidence from schema v2 to v3', () => {
  it('keeps every record, adds the settings table, and reads the default attachment settings', async () => {
    const name = `migrate-v3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(V1_STORES);
    const attachment = { name: 'brief.pdf', size: '24 KB', url: 'https://www.upwork.com/ab/messages/att/1' };
    await v2.table('messages').put({ id: 'story_a', conversationId: 'room_a', text: 'kept', captureIds: ['cap_1'], attachments: [attachment] });
    await v2.table('captures').put({ id: 'cap_1', capturedAt: '2026-03-20T15:00:00Z', messageIds: ['story_a'], files: [] });
    await v2.table('blobs').put({ sha256: 'a'.repeat(64), mediaType: 'text/html', bytes: 1, gzip: false, data: new Uint8Array([1]) });
    v2.close();

    const db = openEvidenceDb(name);
    expect(await db.messages.get('story_a')).toEqual({ id: 'story_a', conversationId: 'room_a', text: 'kept', captureIds: ['cap_1'], attachments: [attachment] });
    expect(await db.captures.get('cap_1')).toMatchObject({ messageIds: ['story_a'] });
    expect(await db.blobs.count()).toBe(1);
    expect(db.verno).toBe(8);
    expect(await db.settings.count()).toBe(0);
    expect(await getAttachmentSettings(db)).toEqual({ saveFiles: true, maxMegabytes: 25 });
    await setAttachmentSettings(db, { saveFiles: false, maxMegabytes: 40 });
    expect(await getAttachmentSettings(db)).toEqual({ saveFiles: false, maxMegabytes: 40 });
    db.close();
  });
});
