// Bad input end to end: a room URL whose page is not a room stores nothing; hostile message
// text is stored and shown literally, never run.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { readStores } from '../../scripts/lib/stored-rows';
import { captureThroughButton, openRoom } from '../../scripts/lib/capture-flow';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/messages-room');
const NOT_A_ROOM = '/ab/messages/rooms/room_00000000000000000000000000000bad';
const HOSTILE = '/ab/messages/rooms/room_0000000000000000000000000000beef';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchForTest();
  await serveUpwork(browser.context, {
    [NOT_A_ROOM]: path.join(FIXTURES, 'not-a-room.html'),
    [HOSTILE]: path.join(FIXTURES, 'hostile.html'),
    '/nx/find-work/': path.join(FIXTURES, 'not-a-room.html'),
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('pages and texts that are not what we expect', () => {
  it('shows no button on an Upwork page it cannot capture', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.upwork.com/nx/find-work/');
    await page.waitForTimeout(1000);
    expect(await page.getByRole('button', { name: 'Capture evidence' }).count()).toBe(0);
  });

  it('says why a capture failed in plain words and stores nothing', async () => {
    const page = await openRoom(browser, `https://www.upwork.com${NOT_A_ROOM}`);
    const status = await captureThroughButton(page);
    expect(status).toMatch(/^Capture failed: \S/);
    expect(status).not.toMatch(/undefined|TypeError|null/);
    const rows = await readStores(browser.worker, ['captures', 'messages', 'staging', 'blobs']);
    const stored = Object.fromEntries(Object.entries(rows).map(([store, list]) => [store, list.length]));
    expect(stored).toEqual({ captures: 0, messages: 0, staging: 0, blobs: 0 });
  });

  it('stores hostile text literally and shows it without running it', async () => {
    const page = await openRoom(browser, `https://www.upwork.com${HOSTILE}`);
    expect(await captureThroughButton(page)).toMatch(/^Captured \d+ messages/);
    const dashboard = await browser.extensionPage('dashboard');
    await dashboard.evaluate(() => {
      (window as unknown as { pwned: boolean }).pwned = false;
    });
    await dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button').nth(1).click();
    const articles = dashboard.locator('article[data-message-id]');
    await expect.poll(() => articles.count()).toBeGreaterThan(0);
    await expect.poll(() => dashboard.locator('main').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await dashboard.locator('article img, article script, article iframe').count()).toBe(0);
    expect(await dashboard.locator('a[href^="javascript:"]').count()).toBe(0);
  });
});
