// Recapture of a lazily loaded room that changed in between: Upwork now serves a second version
// with one message edited (on the newest page), one deleted (one page further back) and three
// new stories. The second capture reports exactly those changes, the export keeps the edited
// message's earlier text and the deleted message's last text, and nothing is stored twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureThroughButton } from '../../scripts/lib/capture-flow';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { openLazyRoom, serveLazyRoom, type LazyRoom } from '../../scripts/lib/lazy-room';
import { reviseRoom } from '../fixtures/lazy-room/room-versions';
import { exportedEvidence, isoOf } from '../fixtures/lazy-room/stored-evidence';
import { makeStories } from '../fixtures/lazy-room/stories';

const first = makeStories(150);
const second = reviseRoom(first);

let browser: ExtensionBrowser;
let room: LazyRoom;

beforeAll(async () => {
  browser = await launchForTest();
  room = await serveLazyRoom(browser.context, { stories: first, layout: 'column-reverse', virtualize: true, pageSize: 20, latencyMs: 100 });
});

afterAll(async () => {
  await browser?.close();
});

describe('capturing a room again after it changed', () => {
  it('captures the first version whole', async () => {
    const page = await openLazyRoom(browser, room);
    expect(await captureThroughButton(page)).toBe('Captured 150 messages (150 new, 0 edited, 0 deleted)');
    await page.close();
  });

  it('reports the new, edited and deleted messages of the second version', async () => {
    room.replaceStories(second.stories);
    const page = await openLazyRoom(browser, room);
    expect(await page.locator(`#${second.deleted.storyId}`).count()).toBe(0); // one page back: not shown yet
    expect(await captureThroughButton(page)).toBe('Captured 153 messages (3 new, 1 edited, 1 deleted)');
    await page.close();
  });

  it('changes nothing when the same version is captured once more', async () => {
    const page = await openLazyRoom(browser, room);
    expect(await captureThroughButton(page)).toBe('Captured 153 messages (0 new, 0 edited, 0 deleted)');
    await page.close();
  });

  it('exports the earlier text of the edited message and the last text of the deleted one, each message once', async () => {
    const evidence = await exportedEvidence(browser);
    const messages = evidence.messages.filter((m) => m.conversationId === room.roomId);
    const ids = messages.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(second.stories.map((s) => s.storyId));

    const edited = messages.find((m) => m.id === second.edited.storyId);
    expect(edited).toMatchObject({ text: second.edited.after, edited: true, deleted: false });
    expect(edited?.versions.map((v) => v.text)).toEqual([second.edited.before]);

    const deleted = messages.find((m) => m.id === second.deleted.storyId);
    expect(deleted).toMatchObject({ text: second.deleted.lastText, deleted: true });

    const added = second.stories.filter((s) => second.added.includes(s.storyId));
    for (const s of added) {
      expect(messages.find((m) => m.id === s.storyId)).toMatchObject({ sentAt: isoOf(s.created), sentAtPrecision: 'millisecond' });
    }
    expect(evidence.captures.filter((c) => c.conversationId === room.roomId)).toHaveLength(3);
  });
});
