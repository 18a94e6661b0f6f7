// An export of one conversation is private to it: two rooms captured, a note and a custom tag
// written on one room's message, the other room exported. No file of that zip holds anything of
// the first room (its id, title, URL, capture ids, messages, the note or the tag), and it verifies.
import path from 'node:path';
import JSZip from 'jszip';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureThroughButton, exportFromDashboard, openRoom } from '../../scripts/lib/capture-flow';
import { serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { verifyBundle } from '../../src/export';
import { launchForTest } from './launch';
import { scrollToCard } from './message-list';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/messages-room');
const ROOM_A = 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const ROOM_B = 'room_dfb334e24dde05b90bf0c27559048712';
const PATH_A = `/ab/messages/rooms/${ROOM_A}`;
const PATH_B = `/ab/messages/rooms/${ROOM_B}`;
const NOTE = 'Dana pays late, keep every invoice reminder';
const TAG = 'Slow payer';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchForTest();
  await serveUpwork(browser.context, { [PATH_A]: path.join(FIXTURES, 'shared-room.html'), [PATH_B]: path.join(FIXTURES, 'dst-new-york.html') });
});

afterAll(async () => {
  await browser?.close();
});

async function unzipped(download: Download): Promise<Map<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const bytes = new Uint8Array(Buffer.concat(chunks));
  const result = await verifyBundle(bytes);
  expect(result.problems).toEqual([]);
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, string>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('string'));
  return files;
}

describe('exporting one conversation of two', () => {
  it('leaves no trace of the other conversation in any file, and verifies', async () => {
    expect(await captureThroughButton(await openRoom(browser, `https://www.upwork.com${PATH_A}?pageTitle=Dana%20Whitfield&sidebar=true`))).toMatch(/^Captured 16 messages/);
    expect(await captureThroughButton(await openRoom(browser, `https://www.upwork.com${PATH_B}?pageTitle=Ethan%20Brooks&sidebar=true`))).toMatch(/^Captured \d+ messages/);

    const dashboard = await browser.extensionPage('dashboard');
    const conversations = dashboard.getByRole('navigation', { name: 'Conversations' });
    await dashboard.getByLabel('New tag').fill(TAG);
    await dashboard.getByRole('button', { name: 'Add tag' }).click();
    await conversations.getByRole('button', { name: /^Dana Whitfield/ }).click();
    const sizeChart = await scrollToCard(dashboard, dashboard.locator('article[data-message-id]').filter({ hasText: 'I need the size chart before I approve M1.' }));
    // Compact cards: tags are a menu, the note opens on demand.
    await sizeChart.getByRole('button', { name: /^Tags/ }).click();
    await sizeChart.getByRole('button', { name: TAG }).click();
    await expect.poll(() => sizeChart.getByRole('button', { name: TAG }).getAttribute('aria-pressed')).toBe('true');
    await sizeChart.getByRole('button', { name: /^Add note/ }).click();
    await sizeChart.getByLabel('Note').fill(NOTE);
    await sizeChart.getByRole('button', { name: 'Save note' }).click();
    await sizeChart.getByText('Saved', { exact: true }).waitFor();
    // Room A's own export: what it holds tells what room B's must not.
    const roomA = await unzipped(await exportFromDashboard(dashboard));
    const evidenceA = JSON.parse(roomA.get('evidence.json')!) as { captures: { id: string }[]; messages: { id: string; text: string }[] };
    expect(evidenceA.messages.find((m) => m.text === 'I need the size chart before I approve M1.')).toBeDefined();

    await conversations.getByRole('button', { name: /^Ethan Brooks/ }).click();
    await expect.poll(() => dashboard.locator('article[data-message-id]').count()).toBeGreaterThan(0);
    const roomB = await unzipped(await exportFromDashboard(dashboard));

    const forbidden = [
      ROOM_A, 'Dana Whitfield', 'dana-whitfield', NOTE, TAG, 'custom:slow payer', 'I need the size chart',
      ...evidenceA.captures.map((c) => c.id), ...evidenceA.messages.map((m) => m.id),
    ];
    for (const [name, content] of roomB) {
      for (const word of forbidden) expect(content.includes(word), `${name} mentions ${word}`).toBe(false);
    }
    const evidenceB = JSON.parse(roomB.get('evidence.json')!) as { scope: unknown; conversations: { id: string }[] };
    expect(evidenceB.conversations.map((c) => c.id)).toEqual([ROOM_B]);
    expect(evidenceB.scope).toMatchObject({ conversationId: ROOM_B });
    // Room A's capture, the tag's making, its use, the note and room A's export are in the log as
    // withheld lines; room B's capture is shown. Room A's own export, which lists the tag, shows its making.
    const lines = roomB.get('custody.jsonl')!.trim().split('\n').map((l) => JSON.parse(l) as { withheld?: true; event?: string });
    const events = lines.map((l) => l.event ?? 'withheld');
    expect(events.filter((e) => e !== 'key')).toEqual(['withheld', 'captured', 'withheld', 'withheld', 'withheld', 'withheld']);
    expect(roomA.get('custody.jsonl')!.split('\n').filter((l) => l.includes('"event":"tag"'))).toHaveLength(1);
    // The install's signing key, made when the dashboard first opened, is about no record: never withheld.
    expect(events.filter((e) => e === 'key')).toHaveLength(1);
    expect(roomB.get('report.md')).toContain('withheld (about records outside this export)');
    await dashboard.close();
  });
});
