// Cancelling a whole-history capture while older pages are still loading (400 ms each, so there
// is time to press the button): the extension offers `Keep what was loaded` or `Discard`.
// Discard stores nothing; Keep stores what loaded, marked partial.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { openLazyRoom, serveLazyRoom, type LazyRoom } from '../../scripts/lib/lazy-room';
import { storeCounts, storedCaptures } from '../fixtures/lazy-room/stored-evidence';
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

/** Starts a capture, waits until it is loading older messages, presses Cancel capture and answers. */
async function cancelWhileLoading(page: Page, answer: 'Keep what was loaded' | 'Discard'): Promise<string> {
  await page.getByRole('button', { name: 'Capture evidence' }).click();
  const status = page.getByRole('status');
  await status.filter({ hasText: /^Loading older messages/ }).waitFor({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Cancel capture' }).click();
  await page.getByRole('button', { name: answer }).click({ timeout: 5_000 });
  // The capture has ended once the Capture evidence button is enabled again.
  await expect.poll(() => page.getByRole('button', { name: 'Capture evidence' }).isEnabled(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => page.getByRole('button', { name: answer }).isVisible()).toBe(false);
  return (await status.textContent()) ?? '';
}

describe('cancelling while the history loads', () => {
  it('stores nothing after Discard', async () => {
    const page = await openLazyRoom(browser, room);
    const status = await cancelWhileLoading(page, 'Discard');
    expect(status).toMatch(/^Capture cancelled/);
    expect(await storeCounts(browser.worker)).toEqual({ captures: 0, messages: 0, staging: 0 });
    await page.close();
  });

  it('stores what had loaded, marked partial, after Keep what was loaded', async () => {
    const page = await openLazyRoom(browser, room);
    const status = await cancelWhileLoading(page, 'Keep what was loaded');
    const kept = /^Captured (\d+) messages \((\d+) new, 0 edited, 0 deleted\)/.exec(status);
    expect(kept, status).not.toBeNull();
    const total = Number(kept![1]);
    expect(total).toBeGreaterThanOrEqual(20);
    expect(total).toBeLessThan(150);
    expect(Number(kept![2])).toBe(total);
    const [capture] = await storedCaptures(browser.worker);
    expect(capture?.partial).toBe(true);
    expect(capture?.actions.join('\n')).toMatch(/partial/i);
    expect((await storeCounts(browser.worker)).messages).toBe(total);
    await page.close();
  });
});
