// Deleting from the dashboard, end to end: two rooms captured (one of them twice), then one
// capture deleted and then a whole conversation. Each deletion asks first, writes one `deleted`
// custody event, and removes exactly its records: every other row of every table is as before.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureThroughButton, openRoom } from '../../scripts/lib/capture-flow';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { openLazyRoom, serveLazyRoom, type LazyRoom } from '../../scripts/lib/lazy-room';
import { readStores } from '../../scripts/lib/stored-rows';
import { reviseRoom } from '../fixtures/lazy-room/room-versions';
import { ROOM_TITLE, makeStories } from '../fixtures/lazy-room/stories';
import { launchForTest } from './launch';

const DANA_ROOM = 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const DANA_URL = `https://www.upwork.com/ab/messages/rooms/${DANA_ROOM}?pageTitle=Dana%20Whitfield&sidebar=true`;
const first = makeStories(40);
const second = reviseRoom(first);

let browser: ExtensionBrowser;
let room: LazyRoom;
let dashboard: Page;

type Row = Record<string, unknown>;
type Snapshot = Record<string, Map<string, string>>;
/** Each table's rows by primary key, as JSON, so any change to any row shows. */
const KEYS: Record<string, (r: Row) => unknown> = {
  captures: (r) => r.id, conversations: (r) => r.id, messages: (r) => r.id, tags: (r) => r.id, blobs: (r) => r.sha256,
  custody: (r) => r.seq, staging: (r) => [r.captureId, r.path, r.part], settings: (r) => r.key, roomStates: (r) => r.conversationId,
  terms: (r) => r.id, signingKeys: (r) => r.id, cases: (r) => r.id,
  searchQueue: (r) => r.seq, searchShards: (r) => r.shard, searchState: (r) => r.key,
};
/** The words index is derived from the records (a deletion queues its ids so their words leave it,
 *  and the open dashboard builds shards in idle moments), so it is not evidence that must stay put;
 *  tests/unit/search holds it to the records. */
const DERIVED = new Set(['searchQueue', 'searchShards', 'searchState']);

async function snapshot(): Promise<Snapshot> {
  const stores = await readStores(browser.worker);
  expect(Object.keys(stores).sort()).toEqual(Object.keys(KEYS).sort());
  return Object.fromEntries(Object.entries(stores).map(([name, rows]) => [name, new Map((rows as Row[]).map((r) => [JSON.stringify(KEYS[name]!(r)), JSON.stringify(r)]))]));
}

/** Every table after is the table before less `removed` keys, with only `changed` keys' rows differing, and one more custody line. */
function expectOnly(before: Snapshot, after: Snapshot, removed: Record<string, unknown[]>, changed: Record<string, unknown[]> = {}) {
  for (const [name, rows] of Object.entries(before)) {
    if (name === 'custody' || DERIVED.has(name)) continue;
    const gone = new Set((removed[name] ?? []).map((k) => JSON.stringify(k)));
    const touched = new Set((changed[name] ?? []).map((k) => JSON.stringify(k)));
    for (const k of gone) expect(rows.has(k), `${name} ${k} was stored before`).toBe(true);
    expect([...after[name]!.keys()].sort(), name).toEqual([...rows.keys()].filter((k) => !gone.has(k)).sort());
    for (const [k, row] of rows) if (!gone.has(k) && !touched.has(k)) expect(after[name]!.get(k), `${name} ${k}`).toBe(row);
  }
  expect(after.custody!.size).toBe(before.custody!.size + 1);
  for (const [k, row] of before.custody!) expect(after.custody!.get(k)).toBe(row);
}

const rows = (s: Snapshot, table: string): Row[] => [...s[table]!.values()].map((r) => JSON.parse(r) as Row);
const lastCustody = (s: Snapshot) => rows(s, 'custody').sort((a, b) => Number(a.seq) - Number(b.seq)).at(-1)!;
/** Every file a remaining capture or message names is still stored. */
function expectFilesKept(s: Snapshot) {
  const names = [
    ...rows(s, 'captures').flatMap((c) => (c.files as { sha256: string }[]).map((f) => f.sha256)),
    ...rows(s, 'messages').flatMap((m) => (m.attachments as { sha256?: string }[]).flatMap((a) => (a.sha256 ? [a.sha256] : []))),
  ];
  for (const sha of names) expect(s.blobs!.has(JSON.stringify(sha)), `file ${sha}`).toBe(true);
}

async function deletionStatus(): Promise<string> {
  const status = dashboard.locator('.dashboard-header').getByRole('status');
  await status.filter({ hasText: /^(Deleted|Nothing was deleted)/ }).waitFor({ timeout: 30_000 });
  return (await status.textContent()) ?? '';
}

const navButton = (title: string) => dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: new RegExp(`^${title}`) });

beforeAll(async () => {
  browser = await launchForTest();
  room = await serveLazyRoom(browser.context, { stories: first, layout: 'ordinary', pageSize: 20, latencyMs: 20 });
  // The second room is a saved Upwork page, answered before the lazy room's catch-all.
  await browser.context.route((u) => u.pathname === `/ab/messages/rooms/${DANA_ROOM}`, (route) =>
    route.fulfill({ path: path.resolve(import.meta.dirname, '../fixtures/messages-room/shared-room.html'), contentType: 'text/html; charset=utf-8' }),
  );
  for (const stories of [first, second.stories]) {
    room.replaceStories(stories);
    const page = await openLazyRoom(browser, room);
    expect(await captureThroughButton(page)).toMatch(/^Captured 4\d messages/);
    await page.close();
  }
  const dana = await openRoom(browser, DANA_URL);
  expect(await captureThroughButton(dana)).toMatch(/^Captured 16 messages/);
  await dana.close();
  dashboard = await browser.extensionPage('dashboard');
  // Its first open makes the signing key (and logs it): done before any table is counted.
  await dashboard.locator('.signing-key p', { hasText: /^Key fingerprint [0-9a-f]{4}/ }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('deleting from the dashboard', () => {
  it('deletes one capture of a room after asking: only the messages no other capture saw go, nothing else', async () => {
    const before = await snapshot();
    const roomCaptures = rows(before, 'captures').filter((c) => c.conversationId === room.roomId).sort((a, b) => String(a.capturedAt).localeCompare(String(b.capturedAt)));
    expect(roomCaptures).toHaveLength(2);
    const newest = String(roomCaptures[1]!.id);

    await navButton(ROOM_TITLE).click();
    await dashboard.locator('.record-captures summary', { hasText: 'Captures (2)' }).click();
    // Newest first: the first Delete is the recapture's.
    await dashboard.locator('.record-capture').first().getByRole('button', { name: /^Delete the capture of / }).click();
    const question = dashboard.getByRole('alertdialog');
    await question.filter({ hasText: '3 messages that no other capture saw' }).waitFor();
    expect(await question.getByRole('button', { name: 'Export its conversation' }).count()).toBe(1);
    await question.getByRole('button', { name: 'Delete capture' }).click();
    const status = await deletionStatus();
    expect(status).toMatch(/^Deleted “capture of .+”: 3 messages, 1 capture, \d+ stored files?$/);

    const after = await snapshot();
    const freed = [...before.blobs!.keys()].filter((k) => !after.blobs!.has(k)).map((k) => JSON.parse(k) as string);
    expect(status).toContain(`${freed.length} stored file`);
    const edited = [second.edited.storyId, second.deleted.storyId];
    expectOnly(before, after, { captures: [newest], messages: second.added, roomStates: [room.roomId], blobs: freed }, { conversations: [room.roomId], messages: edited });
    expect(lastCustody(after)).toMatchObject({ event: 'deleted', subject: newest, detail: { captures: [newest], messages: 3, conversations: [] } });
    expectFilesKept(after);
    await dashboard.locator('.record-captures summary', { hasText: 'Captures (1)' }).waitFor();
  });

  it('deletes a whole conversation after asking, leaving the other room exactly as it was', async () => {
    const before = await snapshot();
    const danaCaptures = rows(before, 'captures').filter((c) => c.conversationId === DANA_ROOM).map((c) => c.id);
    const danaMessages = rows(before, 'messages').filter((m) => m.conversationId === DANA_ROOM).map((m) => m.id);
    expect(danaMessages).toHaveLength(16);

    await navButton('Dana Whitfield').click();
    await dashboard.locator('.conversation-header').getByRole('button', { name: 'Delete', exact: true }).click();
    const question = dashboard.getByRole('alertdialog');
    await question.filter({ hasText: 'Delete the conversation “Dana Whitfield”: 16 messages and 1 capture' }).waitFor();
    await question.getByRole('button', { name: 'Delete conversation' }).click();
    expect(await deletionStatus()).toMatch(/^Deleted “Dana Whitfield”: 16 messages, 1 capture, \d+ stored files?$/);

    const after = await snapshot();
    const freed = [...before.blobs!.keys()].filter((k) => !after.blobs!.has(k)).map((k) => JSON.parse(k) as string);
    expectOnly(before, after, { captures: danaCaptures, conversations: [DANA_ROOM], messages: danaMessages, roomStates: [DANA_ROOM], blobs: freed });
    expect(lastCustody(after)).toMatchObject({ event: 'deleted', subject: DANA_ROOM, detail: { conversations: [DANA_ROOM], captures: danaCaptures, messages: 16 } });
    expectFilesKept(after);
    await navButton(ROOM_TITLE).waitFor();
    expect(await navButton('Dana Whitfield').count()).toBe(0);
  });
});
