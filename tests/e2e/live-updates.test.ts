// A capture made in another tab shows in an open dashboard and an open popup without a reload:
// the service worker stores it, and the pages' live queries hear of the change (Dexie's
// cross-context broadcast on the extension's origin) and read again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureThroughButton } from '../../scripts/lib/capture-flow';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { openLazyRoom, serveLazyRoom, type LazyRoom } from '../../scripts/lib/lazy-room';
import { reviseRoom } from '../fixtures/lazy-room/room-versions';
import { ROOM_TITLE, makeStories } from '../fixtures/lazy-room/stories';
import { launchForTest } from './launch';

const first = makeStories(40);
const second = reviseRoom(first);
const newest = second.added.at(-1)!;

let browser: ExtensionBrowser;
let room: LazyRoom;
let dashboard: Page;
let popup: Page;

beforeAll(async () => {
  browser = await launchForTest();
  room = await serveLazyRoom(browser.context, { stories: first, layout: 'ordinary', pageSize: 20, latencyMs: 20 });
  const page = await openLazyRoom(browser, room);
  expect(await captureThroughButton(page)).toBe('Captured 40 messages (40 new, 0 edited, 0 deleted)');
  await page.close();
});

afterAll(async () => {
  await browser?.close();
});

describe('a capture made in another tab', () => {
  it('is not shown before it is made', async () => {
    dashboard = await browser.extensionPage('dashboard');
    await dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: new RegExp(`^${ROOM_TITLE}`) }).click();
    await dashboard.locator(`article[data-message-id="${first.at(-1)!.storyId}"]`).waitFor();
    popup = await browser.extensionPage('popup');
    await popup.getByRole('button', { name: 'Show messages' }).click();
    await popup.locator(`li[data-message-id="${first.at(-1)!.storyId}"]`).waitFor();
    expect(await dashboard.locator(`[data-message-id="${newest}"]`).count()).toBe(0);
    expect(await popup.locator('.capture-entry').count()).toBe(1);
  });

  it('appears in the open dashboard and popup without a reload', async () => {
    room.replaceStories(second.stories);
    const page = await openLazyRoom(browser, room);
    expect(await captureThroughButton(page)).toBe('Captured 43 messages (3 new, 1 edited, 1 deleted)');
    await dashboard.locator(`article[data-message-id="${newest}"]`).waitFor({ timeout: 10_000 });
    await dashboard.locator(`article[data-message-id="${second.edited.storyId}"] .badge--edited`).waitFor({ timeout: 10_000 });
    await expect.poll(() => popup.locator('.capture-entry').count(), { timeout: 10_000 }).toBe(2);
    await popup.locator(`li[data-message-id="${newest}"]`).waitFor({ timeout: 10_000 });
    await page.close();
  });
});
