// Review at scale in Chromium: a store seeded with a 20,000-message room (written straight into
// IndexedDB from the extension page: building it by captures would take many minutes, and import
// of a big signed bundle is another issue's work) opens that room at its newest message without
// scrolling; a smaller room is searched, tagged and filtered through the UI, and the export holds
// exactly the filtered records with their tags.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { exportFromDashboard } from '../../scripts/lib/capture-flow';
import { BIG_ROOM_TITLE, SEEDED_CONTRACT_TITLE, SEEDED_CONTRACT_WORD, seedReviewStore } from '../../scripts/lib/seed-review-store';
import { launchForTest } from './launch';

let browser: ExtensionBrowser;
let dashboard: Page;

beforeAll(async () => {
  browser = await launchForTest();
  dashboard = await browser.extensionPage('dashboard');
  await dashboard.getByText('No evidence yet', { exact: false }).waitFor();
  await seedReviewStore(dashboard, { rooms: 2, perRoom: 30, bigRoom: 20_000, contract: true });
  await dashboard.reload();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const room = (title: string) => dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: new RegExp(`^${title}`) });

describe('reviewing a large store', () => {
  it('opens a 20,000-message room at its newest message, rendered without scrolling', async () => {
    await room(BIG_ROOM_TITLE).click();
    // Waits are generous for a loaded machine; speed is the benchmark's to judge (npm run bench:review).
    await expect.poll(() => dashboard.locator('.list-count').textContent(), { timeout: 15_000 }).toBe('20,000 messages');
    const newest = dashboard.locator('article', { hasText: 'Big room message 20000' });
    await expect.poll(() => newest.isVisible(), { timeout: 15_000 }).toBe(true);
    // In view, not merely in the DOM: its box lies inside the list's scrolling box.
    const list = (await dashboard.locator('.message-scroller').boundingBox())!;
    const card = (await newest.boundingBox())!;
    expect(card.y).toBeGreaterThanOrEqual(list.y);
    expect(card.y + card.height).toBeLessThanOrEqual(list.y + list.height + 1);
    // Only a screenful of cards exists in the page.
    expect(await dashboard.locator('article').count()).toBeLessThan(40);
  });

  it('reaches the oldest message by keyboard and scrolls up to it without losing its place', async () => {
    await dashboard.locator('.message-scroller').press('Home');
    await expect.poll(() => dashboard.locator('.message-text', { hasText: /^Big room message 1$/ }).count(), { timeout: 10_000 }).toBe(1);
    await dashboard.locator('.message-scroller').press('End');
    await expect.poll(() => dashboard.locator('.message-text', { hasText: /^Big room message 20000$/ }).count(), { timeout: 10_000 }).toBe(1);
    // Scrolling up reads older rows above without moving what is on screen.
    const scroller = dashboard.locator('.message-scroller');
    for (let i = 0; i < 15; i++) await scroller.evaluate((el) => (el.scrollTop -= 2000));
    await expect.poll(() => dashboard.locator('.message-text', { hasText: /^Big room message 19[0-8]\d\d$/ }).count()).toBeGreaterThan(0);
  });

  it('searches, tags and filters through the UI, and exports exactly the filtered records with their tags', async () => {
    await room('Client 1').click();
    await dashboard.getByLabel('Search messages').fill('message 29');
    // The seeded rows are indexed in the background after the dashboard opens; the count says so until then.
    await expect.poll(() => dashboard.locator('.list-count').textContent(), { timeout: 60_000 }).toBe('1 message');
    const found = dashboard.locator('article', { hasText: 'Room 1 message 29' });
    await found.getByRole('button', { name: /^Tags/ }).click();
    await found.getByRole('button', { name: 'Billing' }).click();
    await expect.poll(() => found.getByRole('button', { name: 'Billing' }).getAttribute('aria-pressed')).toBe('true');

    await dashboard.getByRole('button', { name: 'Remove filter Words: message 29' }).click();
    await expect.poll(() => dashboard.locator('.list-count').textContent()).toBe('30 messages');
    await dashboard.getByLabel('Filter by tag').selectOption('billing');
    await expect.poll(() => dashboard.locator('.list-count').textContent()).toBe('1 message');
    await expect.poll(() => dashboard.locator('#export-scope').textContent()).toBe('Exports 1 message');

    const saved = path.join(tmpdir(), `review-${Date.now()}.zip`);
    await (await exportFromDashboard(dashboard)).saveAs(saved);
    const zip = await JSZip.loadAsync(readFileSync(saved));
    const evidence = JSON.parse(await zip.file('evidence.json')!.async('string'));
    expect(evidence.messages.map((m: { text: string; tags: string[] }) => [m.text, m.tags])).toEqual([['Room 1 message 29', ['billing']]]);
  });

  it('finds a message among every room and opens it in its conversation, scrolled to it', async () => {
    await dashboard.getByRole('button', { name: 'Remove filter Tag: Billing' }).click();
    await dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^All conversations/ }).click();
    await dashboard.getByLabel('Search messages').fill('message 12345');
    // The list says when it has searched every shard; the word found is marked.
    await expect.poll(() => dashboard.locator('.list-count').textContent(), { timeout: 15_000 }).toBe('1 message');
    const found = dashboard.locator('article', { hasText: 'Big room message 12345' });
    expect(await found.locator('mark').allTextContents()).toEqual(['message', '12345']);
    await found.getByRole('button', { name: 'Open in conversation' }).click();
    await expect.poll(() => dashboard.locator('.list-count').textContent(), { timeout: 15_000 }).toBe('20,000 messages');
    const opened = dashboard.locator('article', { hasText: 'Big room message 12345' });
    await expect.poll(() => opened.isVisible(), { timeout: 15_000 }).toBe(true);
    const list = (await dashboard.locator('.message-scroller').boundingBox())!;
    const card = (await opened.boundingBox())!;
    expect(card.y).toBeGreaterThanOrEqual(list.y - 1);
    expect(card.y + card.height).toBeLessThanOrEqual(list.y + list.height + 1);
    // Markup and pattern characters are plain text: they find nothing and break nothing.
    await dashboard.getByLabel('Search messages').fill('<script> .* ( \\');
    await expect.poll(() => dashboard.locator('.empty').textContent()).toBe('No messages match this filter.');
  });

  it("finds a contract by a word only its terms hold, and opens the contract view from the search's results", async () => {
    await dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^All conversations/ }).click();
    await dashboard.getByLabel('Search messages').fill(SEEDED_CONTRACT_WORD);
    const pages = dashboard.getByRole('region', { name: 'Contracts and terms pages' });
    await expect.poll(() => pages.getByRole('link').allTextContents(), { timeout: 15_000 }).toEqual([SEEDED_CONTRACT_TITLE]);
    expect(await pages.locator('mark').allTextContents()).toEqual([SEEDED_CONTRACT_WORD]);
    // No message holds the word: the messages' search says so once every shard is read.
    await expect.poll(() => dashboard.locator('.empty').textContent(), { timeout: 15_000 }).toBe('No messages match this filter.');
    await pages.getByRole('link', { name: SEEDED_CONTRACT_TITLE }).click();
    await expect.poll(() => dashboard.locator('article.terms').getAttribute('aria-label')).toBe(SEEDED_CONTRACT_TITLE);
    await dashboard.getByLabel('Search messages').fill('');
  });

  it('shows the storage used against the quota and what the browser answered to persist()', async () => {
    const panel = dashboard.getByRole('region', { name: 'Storage' });
    await expect.poll(() => panel.textContent()).toMatch(/[\d.,]+ MB used of [\d.,]+ MB the browser allows/);
    await expect.poll(() => panel.textContent()).toMatch(/Kept for good|did not grant persistent storage/);
  });
});
