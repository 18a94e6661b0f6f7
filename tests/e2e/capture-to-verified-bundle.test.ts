// The foundation path, end to end in Debian's Chromium with dist/ loaded: capture a room
// through the in-page button, review it in the dashboard, export, verify; tamper, verify fails.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { captureThroughButton, exportFromDashboard, openRoom } from '../../scripts/lib/capture-flow';
import { verifyBundle } from '../../src/export';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/messages-room');
const ROOM = '/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const ROOM_URL = `https://www.upwork.com${ROOM}?pageTitle=Dana%20Whitfield&sidebar=true`;

let browser: ExtensionBrowser;
let bundle: Uint8Array;

beforeAll(async () => {
  browser = await launchForTest();
  await serveUpwork(browser.context, { [ROOM]: path.join(FIXTURES, 'shared-room.html') });
});

afterAll(async () => {
  await browser?.close();
});

describe('a freelancer capturing a conversation and exporting proof', () => {
  it('captures every message on the page through the in-page button', async () => {
    const room = await openRoom(browser, ROOM_URL);
    expect(await captureThroughButton(room)).toBe('Captured 16 messages (16 new, 0 edited, 0 deleted)');
  });

  it('adds no duplicates when the room is captured again', async () => {
    const room = await openRoom(browser, ROOM_URL);
    expect(await captureThroughButton(room)).toBe('Captured 16 messages (0 new, 0 edited, 0 deleted)');
  });

  it('shows the conversation in the dashboard in time order, in the browser zone, and tags a message', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    await dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^Dana Whitfield/ }).click();
    const articles = dashboard.locator('article[data-message-id]');
    await expect.poll(() => dashboard.locator('.list-count').textContent()).toBe('16 messages');
    // The list opens at the newest message and renders only what is near the view: go to the oldest.
    await expect.poll(() => articles.last().textContent()).toContain('Dana Whitfield requested changes');
    await dashboard.locator('.message-list[data-placed]').waitFor();
    await dashboard.locator('.message-scroller').evaluate((el) => el.scrollTo(0, 0));
    const first = articles.first();
    await expect.poll(() => first.textContent()).toContain('keeps all existing product URLs');
    // 9:14 AM read in America/New_York is 14:14 UTC (EST, before the March 8 change).
    expect(await first.getAttribute('aria-label')).toMatch(/Dana Whitfield at .*9:14/);
    // Back to the newest messages, where the one to tag is.
    await dashboard.getByRole('button', { name: 'Newest' }).click();
    const sizeChart = articles.filter({ hasText: 'I need the size chart before I approve M1.' });
    await sizeChart.getByRole('button', { name: /^Tags/ }).click();
    await sizeChart.getByRole('button', { name: 'Billing' }).click();
    await expect.poll(() => sizeChart.getByRole('button', { name: 'Billing' }).getAttribute('aria-pressed')).toBe('true');
    await sizeChart.getByRole('button', { name: /^Add note/ }).click();
    await sizeChart.getByLabel('Note').fill('Client made approval conditional on out-of-scope work');
    await sizeChart.getByRole('button', { name: 'Save note' }).click();
    await sizeChart.getByText('Saved', { exact: true }).waitFor();
    await dashboard.close();
  });

  it('exports a bundle that verifies, with the tag, the note and UTC times inside', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    const download = await exportFromDashboard(dashboard);
    const saved = path.join(tmpdir(), `e2e-${Date.now()}.zip`);
    await download.saveAs(saved);
    bundle = new Uint8Array(readFileSync(saved));
    const result = await verifyBundle(bundle);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.summary).toMatchObject({ messages: 16, conversations: 1, captures: 2 });

    const zip = await JSZip.loadAsync(bundle);
    const evidence = JSON.parse(await zip.file('evidence.json')!.async('string'));
    const tagged = evidence.messages.find((m: { text: string }) => m.text === 'I need the size chart before I approve M1.');
    expect(tagged).toMatchObject({ tags: ['billing'], note: 'Client made approval conditional on out-of-scope work', sentAt: '2026-03-17T13:15:00Z', sentAtText: 'March 17, 2026 at 9:15 AM' });
    // The room spans the March 8 change: EST before it, EDT after.
    expect(evidence.messages[0]).toMatchObject({ sentAt: '2026-03-02T14:14:00Z', sentAtText: 'March 2, 2026 at 9:14 AM', sentAtPrecision: 'minute' });
    expect(evidence.captures[0]).toMatchObject({ timeZone: 'America/New_York', pageKind: 'messages-room' });
    const custody = (await zip.file('custody.jsonl')!.async('string')).trim().split('\n').map((l) => JSON.parse(l).event);
    // The export's own event is stored once the zip exists, so it shows in the next export. The
    // dashboard's first open made the install's signing key: a `key` event among the others.
    expect(custody.filter((e: string) => e !== 'key')).toEqual(['captured', 'recaptured', 'tagged', 'noted']);
    expect(custody.filter((e: string) => e === 'key')).toHaveLength(1);
    expect(result.signature.status).toBe('valid');
    const page = await zip.file(evidence.captures[0].files[0])!.async('string');
    expect(page).toContain('story_434633e8ceb69fbfd23b67a7c68fd50a');
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain('evidence-locker-root');
    const report = await zip.file('report.html')!.async('string');
    expect(report).toContain('Client made approval conditional on out-of-scope work');
  });

  it('fails verification once a byte of the bundle is changed', async () => {
    const zip = await JSZip.loadAsync(bundle);
    const evidence = await zip.file('evidence.json')!.async('string');
    zip.file('evidence.json', evidence.replace('I need the size chart', 'I never asked for the size chart'));
    const tampered = await zip.generateAsync({ type: 'uint8array' });
    const result = await verifyBundle(tampered);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/evidence\.json/);
  });

  it('lists the captures in the popup, newest first, tags the conversation in place and opens the dashboard', async () => {
    const popup = await browser.extensionPage('popup');
    const entries = popup.getByRole('group', { name: 'Dispute type for Dana Whitfield' });
    await expect.poll(() => entries.count()).toBe(2);
    const newest = entries.first();
    await newest.getByRole('button', { name: 'Scope' }).click();
    await expect.poll(() => newest.getByRole('button', { name: 'Scope' }).getAttribute('aria-pressed')).toBe('true');
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open dashboard' }).click();
    const dashboard = await opened;
    await dashboard.waitForLoadState();
    expect(dashboard.url()).toBe(`chrome-extension://${browser.extensionId}/src/ui/dashboard/index.html`);
    const conversation = dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^Dana Whitfield/ });
    await conversation.click();
    const tags = dashboard.getByRole('group', { name: 'Tags for this conversation' });
    await expect.poll(() => tags.getByRole('button', { name: 'Scope' }).getAttribute('aria-pressed')).toBe('true');
  });
});
