// Upwork switches rooms without a page load. A capture belongs to the room it started in:
// switching mid-capture ends it plainly with nothing stored, and the button then captures the
// room now shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { openLazyRoom, serveLazyRoom, type LazyRoom } from '../../scripts/lib/lazy-room';
import { storeCounts } from '../fixtures/lazy-room/stored-evidence';
import { makeStories } from '../fixtures/lazy-room/stories';

let browser: ExtensionBrowser;
let room: LazyRoom;

beforeAll(async () => {
  browser = await launchForTest();
  room = await serveLazyRoom(browser.context, { stories: makeStories(150), layout: 'ordinary', pageSize: 20, latencyMs: 400 });
});

afterAll(async () => {
  await browser?.close();
});

describe('switching rooms while a capture runs', () => {
  it('ends the capture with a plain reason and stores nothing from either room', async () => {
    const page = await openLazyRoom(browser, room);
    await page.getByRole('button', { name: 'Capture evidence' }).click();
    const status = page.getByRole('status');
    await status.filter({ hasText: /^Loading older messages/ }).waitFor({ timeout: 10_000 });
    await page.evaluate(() => history.pushState({}, '', '/ab/messages/rooms/room_0123456789abcdef0123456789abcdef?pageTitle=Someone%20else'));
    await status.filter({ hasText: /^Capture failed:/ }).waitFor({ timeout: 10_000 });
    expect(await status.textContent()).toMatch(/^Capture failed: you switched to another conversation during the capture, so nothing was stored/);
    expect(await storeCounts(browser.worker)).toEqual({ captures: 0, messages: 0, staging: 0 });
    expect(await page.getByRole('button', { name: 'Capture evidence' }).isEnabled()).toBe(true);
    await page.close();
  });
});
