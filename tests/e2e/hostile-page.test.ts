// An Upwork page that misbehaves while it is captured: its own scripts throw, it re-renders the
// room into new nodes mid-harvest, or it shows another room's stories in this room's list. Each
// capture ends with a clear status; what is stored is this room's messages only, marked partial
// when history is missing; nothing of another room is ever stored under this one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { captureThroughButton } from '../../scripts/lib/capture-flow';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { openLazyRoom, serveLazyRoom, type LazyRoom } from '../../scripts/lib/lazy-room';
import { readStores } from '../../scripts/lib/stored-rows';
import { makeStories } from '../fixtures/lazy-room/stories';

const THROWING = 'room_1f2e3d4c5b6a79881f2e3d4c5b6a7988';
const REMOUNTING = 'room_2a3b4c5d6e7f80912a3b4c5d6e7f8091';
const MIXED = 'room_3b4c5d6e7f8091a23b4c5d6e7f8091a2';
const OTHER = 'room_4c5d6e7f8091a2b34c5d6e7f8091a2b3';

let browser: ExtensionBrowser;
const rooms = new Map<string, LazyRoom>();

beforeAll(async () => {
  browser = await launchForTest();
  for (const roomId of [THROWING, REMOUNTING, MIXED, OTHER]) {
    rooms.set(roomId, await serveLazyRoom(browser.context, { roomId, stories: makeStories(120, { roomId, seed: roomId.length + roomId.charCodeAt(5) }), pageSize: 20, latencyMs: 150 }));
  }
});

afterAll(async () => {
  await browser?.close();
});

interface StoredMessage {
  id: string;
  conversationId: string;
}

async function storedMessages(): Promise<StoredMessage[]> {
  return (await readStores(browser.worker, ['messages'])).messages as StoredMessage[];
}

/** Clicks Capture evidence and, once history loading is under way, lets the page misbehave. */
async function captureWhile(page: Page, misbehave: () => Promise<unknown>): Promise<string> {
  const done = captureThroughButton(page);
  await page.getByRole('status').filter({ hasText: /^Loading older messages… [1-9]/ }).waitFor({ timeout: 15_000 });
  await misbehave();
  return done;
}

describe('a page that misbehaves during a capture', () => {
  it('whose own scripts throw: the capture is whole, every error on the page is the page\'s own, and the capture logs nothing', async () => {
    const room = rooms.get(THROWING)!;
    const page = await openLazyRoom(browser, room);
    const errors: string[] = [];
    const logged: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => logged.push(`${message.type()}: ${message.text()}`));
    await page.evaluate(() => {
      const fail = () => {
        throw new Error('upwork-own-bug');
      };
      document.getElementById('story-viewport')!.addEventListener('scroll', fail);
      new MutationObserver(fail).observe(document.body, { childList: true, subtree: true });
      window.addEventListener('message', fail);
      setInterval(() => void Promise.reject(new Error('upwork-own-bug')), 100);
    });
    const status = await captureThroughButton(page);
    expect(status).toMatch(/^Captured 120 messages \(120 new, 0 edited, 0 deleted\)$/);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((e) => !e.includes('upwork-own-bug'))).toEqual([]);
    // The browser's own network lines (the fixture serves no attachment files) are no one's log.
    expect(logged.filter((line) => !line.includes('upwork-own-bug') && !line.includes('Failed to load resource'))).toEqual([]);
    await page.close();
  });

  it('that replaces its list with new nodes mid-harvest: the capture follows the new list and keeps the whole room', async () => {
    const room = rooms.get(REMOUNTING)!;
    const page = await openLazyRoom(browser, room);
    const status = await captureWhile(page, () => page.evaluate(() => (window as unknown as { __lazyRoom: { remount(): void } }).__lazyRoom.remount()));
    expect(status).toMatch(/^Captured 120 messages \(120 new, 0 edited, 0 deleted\)$/);
    const mine = (await storedMessages()).filter((m) => m.conversationId === REMOUNTING);
    expect(new Set(mine.map((m) => m.id))).toEqual(new Set(room.stories().map((s) => s.storyId)));
    await page.close();
  });

  it('that shows another room\'s stories in this room\'s list: nothing of either is stored, and the status says why', async () => {
    const room = rooms.get(MIXED)!;
    const before = await storedMessages();
    const page = await openLazyRoom(browser, room);
    const status = await captureWhile(page, () => page.evaluate((other) => (window as unknown as { __lazyRoom: { showRoom(id: string): Promise<void> } }).__lazyRoom.showRoom(other), OTHER));
    expect(status).toMatch(/^Capture failed: the page showed another conversation's messages during the capture, so nothing was stored\./);
    const after = await storedMessages();
    expect(after).toHaveLength(before.length);
    const others = new Set(rooms.get(OTHER)!.stories().map((s) => s.storyId));
    expect(after.filter((m) => others.has(m.id))).toEqual([]);
    await page.close();
  });
});
