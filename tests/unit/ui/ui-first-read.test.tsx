// The dashboard's first read (first-read.ts) reads with plain IndexedDB what Dexie's queries read,
// before the app has loaded, and the dashboard draws its first frame from it. It must read exactly
// the same rows, leave a store it does not expect alone (none yet, one not upgraded), and the
// dashboard must begin from it without reading those rows again.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { listConversations, listTags, openEvidenceDb, readOlder, sortConversations, sortTags } from '../../../src/storage';
import { SCHEMA_VERSION, SPAN_CHUNK } from '../../../src/storage/store-layout';
import { beginFirstRead, readFirst } from '../../../src/ui/dashboard/first-read';
import { DashboardApp } from '../../../src/ui/dashboard/dashboard-app';
import { beginFromFirstRead, takeFirstView } from '../../../src/ui/hooks/page-opening/first-view';
import { FIRST_MESSAGES } from '../../../src/ui/hooks/page-opening/after-first-card';
import { EvidenceDbProvider } from '../../../src/ui/hooks/use-db';
import { ROOM_A, ROOM_B, storedConversation, storedMessage, throwawayStore, waitFor } from './ui-fixtures';

const store = throwawayStore();

async function seedTwoRooms(): Promise<void> {
  await store.db.conversations.bulkPut([storedConversation(ROOM_A, 'Dana Whitfield', { lastCapturedAt: '2026-03-02T15:00:00Z' }), storedConversation(ROOM_B, 'Noor Haddad', { lastCapturedAt: '2026-03-03T15:00:00Z' })]);
  // More rows than a chunk in room A, a few in room B, some undated (in no time index).
  await store.db.messages.bulkPut([
    ...Array.from({ length: SPAN_CHUNK + 15 }, (_, i) => storedMessage(i + 1, { text: `A ${i + 1}` })),
    ...Array.from({ length: 5 }, (_, i) => storedMessage(200 + i, { conversationId: ROOM_B, id: `b${i}`, text: `B ${i}` })),
    storedMessage(300, { id: 'undated', sentAt: null, text: 'no time shown' }),
  ]);
}

describe('the first read', () => {
  it('reads the rooms, the tags and the newest rows of every room as Dexie does', async () => {
    await seedTwoRooms();
    const read = await readFirst('', indexedDB, store.db.name);
    expect(read?.list).toEqual({ conversationId: undefined });
    expect(sortConversations(read!.conversations)).toEqual(await listConversations(store.db));
    expect(sortTags(read!.tags)).toEqual(await listTags(store.db));
    expect(read?.newest).toEqual(await readOlder(store.db, undefined, null, SPAN_CHUNK));
    expect(read?.newest).toHaveLength(SPAN_CHUNK);
  });

  it('reads a linked room’s newest rows, all of them when it holds fewer than a chunk', async () => {
    await seedTwoRooms();
    const roomA = await readFirst(`#conversation=${ROOM_A}`, indexedDB, store.db.name);
    expect(roomA?.newest).toEqual(await readOlder(store.db, ROOM_A, null, SPAN_CHUNK));
    expect(roomA?.newest?.at(-1)?.text).toBe(`A ${SPAN_CHUNK + 15}`);
    const roomB = await readFirst(`#conversation=${ROOM_B}`, indexedDB, store.db.name);
    expect(roomB?.newest?.map((m) => m.text)).toEqual(['B 0', 'B 1', 'B 2', 'B 3', 'B 4']);
  });

  it('reads no rows for a page opened on a case', async () => {
    await seedTwoRooms();
    const read = await readFirst('#case=case_1', indexedDB, store.db.name);
    expect(read?.list).toBeNull();
    expect(read?.newest).toBeUndefined();
    expect(read?.conversations).toHaveLength(2);
  });

  it('creates no store where there is none, so the app still creates it with its default tags', async () => {
    const name = `none-${Math.random()}`;
    expect(await readFirst('', indexedDB, name)).toBeUndefined();
    const created = openEvidenceDb(name);
    await created.open();
    expect((await listTags(created)).length).toBeGreaterThan(0);
    await created.delete();
  });

  it('gives nothing for a store not at the version this code reads, and never holds up its upgrade', async () => {
    const name = `old-${Math.random()}`;
    await new Promise<void>((resolve) => {
      const open = indexedDB.open(name, 10);
      open.onupgradeneeded = () => open.result.createObjectStore('conversations', { keyPath: 'id' });
      open.onsuccess = () => (open.result.close(), resolve());
    });
    expect(await readFirst('', indexedDB, name)).toBeUndefined();
    indexedDB.deleteDatabase(name);
  });
});

it('knows the schema version db.ts declares last', () => {
  expect(openEvidenceDb('never-opened').verno).toBe(SCHEMA_VERSION);
});

describe('a dashboard begun from the first read', () => {
  it('draws the rooms and the newest messages in its first render, before any read of its own', async () => {
    await seedTwoRooms();
    const read = await readFirst('', indexedDB, store.db.name);
    // Rows changed after the first read are not what the first frame shows: the first frame is the read.
    beginFromFirstRead(store.db, read);
    // Preact's first render is synchronous: what is in the page right after it came from no read of the app's own.
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <EvidenceDbProvider value={store.db}>
        <DashboardApp software={{ name: 'Evidence Locker for Upwork', version: '0.1.0' }} />
      </EvidenceDbProvider>,
      root,
    );
    const texts = [...root.querySelectorAll('.message-text')].map((el) => el.textContent);
    expect(texts).toContain(`A ${SPAN_CHUNK + 15}`);
    expect(root.querySelectorAll('nav[aria-label="Conversations"] button')).toHaveLength(3);
    // Each part is given once: a list mounted later reads for itself.
    expect(takeFirstView(store.db, 'newest', undefined)).toBeUndefined();
    await act(() => render(null, root));
    root.remove();
  });

  it('then follows the store: a message stored after the read appears', async () => {
    await seedTwoRooms();
    beginFromFirstRead(store.db, await readFirst('', indexedDB, store.db.name));
    const root = await store.mount(<DashboardApp software={{ name: 'Evidence Locker for Upwork', version: '0.1.0' }} />);
    await store.db.messages.put(storedMessage(400, { id: 'late', text: 'Stored after the first read' }));
    await waitFor(() => expect([...root.querySelectorAll('.message-text')].map((el) => el.textContent)).toContain('Stored after the first read'));
  });

  it('reads nothing of the store until that first frame is drawn, then keeps it live', async () => {
    performance.clearMarks(FIRST_MESSAGES);
    await seedTwoRooms();
    const read = await readFirst('', indexedDB, store.db.name);
    // The same store through a second connection that notes when each of its transactions starts.
    const watched = openEvidenceDb(store.db.name);
    const transactions: number[] = [];
    watched.use({ stack: 'dbcore', name: 'note-transactions', create: (down) => ({ ...down, transaction: (...args) => (transactions.push(performance.now()), down.transaction(...args)) }) });
    beginFromFirstRead(watched, read);
    const root = document.createElement('div');
    document.body.append(root);
    await act(() =>
      render(
        <EvidenceDbProvider value={watched}>
          <DashboardApp software={{ name: 'Evidence Locker for Upwork', version: '0.1.0' }} />
        </EvidenceDbProvider>,
        root,
      ),
    );
    await waitFor(() => expect(performance.getEntriesByName(FIRST_MESSAGES)).toHaveLength(1));
    const drawnAt = performance.getEntriesByName(FIRST_MESSAGES)[0]!.startTime;
    await waitFor(() => expect(transactions.length).toBeGreaterThan(0));
    expect(transactions.filter((at) => at < drawnAt)).toEqual([]);
    // And live from then on.
    await store.db.messages.put(storedMessage(400, { id: 'late', text: 'Stored after the first frame' }));
    await waitFor(() => expect([...root.querySelectorAll('.message-text')].map((el) => el.textContent)).toContain('Stored after the first frame'));
    await act(() => render(null, root));
    root.remove();
    watched.close();
  });

  it('is not begun from a read of another store', async () => {
    await seedTwoRooms();
    const other = openEvidenceDb(`other-${Math.random()}`);
    beginFromFirstRead(other, await readFirst('', indexedDB, store.db.name));
    expect(takeFirstView(store.db, 'conversations')).toBeUndefined();
    await other.delete();
  });
});

describe('the read the page begins first', () => {
  it('is the one the app begins from, not a second read', async () => {
    const begun = Promise.resolve(undefined);
    globalThis.evidenceLockerFirstRead = begun;
    try {
      expect(beginFirstRead()).toBe(begun);
    } finally {
      globalThis.evidenceLockerFirstRead = undefined;
    }
  });
});
