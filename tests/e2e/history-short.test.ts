// A room whose history is all there when the capture starts ends at once: the page's own data
// shows the start, or, without it, the page asks for nothing older at the list's oldest end. The
// capture's record counts the story pages the page really fetched. (Speed: npm run bench.)
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureThroughButton, openRoom } from '../../scripts/lib/capture-flow';
import { serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { openLazyRoom, serveLazyRoom } from '../../scripts/lib/lazy-room';
import { hex, makeStories } from '../fixtures/lazy-room/stories';
import { storedCaptures } from '../fixtures/lazy-room/stored-evidence';
import { launchForTest } from './launch';

const SAVED_ROOM = '/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchForTest();
});

afterAll(async () => {
  await browser?.close();
});

async function captureActions(conversationId: string): Promise<{ actions: string[]; partial: boolean }> {
  const capture = (await storedCaptures(browser.worker)).find((c) => c.conversationId === conversationId);
  if (!capture) throw new Error(`no capture of ${conversationId}`);
  return capture;
}

describe('short rooms', () => {
  it('a page that loads nothing older at the oldest end ends the history there, complete', async () => {
    await serveUpwork(browser.context, { [SAVED_ROOM]: path.resolve(import.meta.dirname, '../fixtures/messages-room/shared-room.html') });
    const page = await openRoom(browser, `https://www.upwork.com${SAVED_ROOM}`);
    expect(await captureThroughButton(page)).toMatch(/^Captured \d+ messages/);
    const { actions, partial } = await captureActions('room_5f3c9a0e7d21b84c6a0f9e13d2b7c418');
    expect(actions).toContain('loaded 0 older pages of history; at the oldest end of the list the page asked for nothing older and changed nothing, so the list shows the start of the conversation');
    expect(partial).toBe(false);
    await page.close();
  });

  it("a 40-message room ends when the page's data shows the start, counting the pages fetched", async () => {
    const roomId = `room_${hex('short:40', 32)}`;
    const room = await serveLazyRoom(browser.context, { roomId, stories: makeStories(40, { roomId }), pageSize: 20, latencyMs: 50 });
    const page = await openLazyRoom(browser, room);
    expect(await captureThroughButton(page)).toBe('Captured 40 messages (40 new, 0 edited, 0 deleted)');
    expect(room.apiRequests()).toBe(2); // the newest page with the room, one older page for the capture
    const { actions, partial } = await captureActions(roomId);
    expect(actions).toContain("loaded 1 older pages of history; the page's own data shows the start of the conversation");
    expect(partial).toBe(false);
    await page.close();
  });

  it('a 1,000-message room in pages of 50 counts 19 older pages, not the scrolls that showed them', async () => {
    const roomId = `room_${hex('short:1000', 32)}`;
    const room = await serveLazyRoom(browser.context, { roomId, stories: makeStories(1000, { roomId }), pageSize: 50, latencyMs: 10 });
    const page = await openLazyRoom(browser, room);
    expect(await captureThroughButton(page)).toBe('Captured 1000 messages (1000 new, 0 edited, 0 deleted)');
    const { actions } = await captureActions(roomId);
    expect(actions).toContain("loaded 19 older pages of history; the page's own data shows the start of the conversation");
    await page.close();
  });
});
