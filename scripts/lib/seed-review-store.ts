// Fills the extension's store with generated conversations straight through IndexedDB, from an
// extension page, for the review benchmark and the review-at-scale e2e test: a 20,000-message
// room built by captures would take many minutes. Rows have the stored shape (StoredMessage,
// StoredConversation); rows are made inside the page so nothing large crosses the wire.
import type { Page } from 'playwright-core';

export interface SeedPlan {
  /** Rooms and messages per room, plus one big room. */
  rooms: number;
  perRoom: number;
  bigRoom: number;
  /** Also a contract page, named by the last small room, whose terms hold a word no message holds (SEEDED_CONTRACT_WORD). */
  contract?: boolean;
}

export const BIG_ROOM_ID = 'room_big0000000000000000000000000000';
export const BIG_ROOM_TITLE = 'Morgan Big Room';
export const SEEDED_CONTRACT_TITLE = 'Warehouse stock sync';
export const SEEDED_CONTRACT_WORD = 'reconciliation';

/** The text of message n (1-based) of a room: the big room's newest is `Big room message 20000`. */
export function seededText(roomIndex: number | 'big', n: number): string {
  return roomIndex === 'big' ? `Big room message ${n}` : `Room ${roomIndex} message ${n}`;
}

export async function seedReviewStore(page: Page, plan: SeedPlan): Promise<void> {
  await page.evaluate(async ({ rooms, perRoom, bigRoom, bigId, bigTitle, contract, contractTitle, contractWord }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('evidence-locker');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const put = (store: string, rows: unknown[]) =>
      new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        const table = tx.objectStore(store);
        for (const row of rows) table.put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    const start = Date.UTC(2025, 0, 1);
    // The tally every write keeps on the room (storage/message-tally.ts); the seed has no undated messages.
    const conversation = (id: string, title: string, last: string, messages: number) => ({
      id, title, subtitle: `${title} project`, url: `https://www.upwork.com/ab/messages/rooms/${id}`, participants: [title, 'Priya Raman'], contractIds: [] as string[],
      tags: [], note: '', key: false, firstCapturedAt: '2026-03-20T15:00:00Z', lastCapturedAt: last, captureIds: ['cap_seed'],
      messageTally: { messages, undated: 0 },
    });
    const message = (roomId: string, n: number, text: string, minutes: number) => ({
      id: `story_${roomId.slice(5, 13)}${String(n).padStart(24, '0')}`, kind: 'message', sender: n % 2 ? 'Dana Whitfield' : 'Priya Raman',
      sentAt: new Date(start + minutes * 60_000).toISOString().replace('.000Z', 'Z'), sentAtText: null, sentAtPrecision: 'minute',
      text, replyTo: null, attachments: [], deleted: false, edited: false, conversationId: roomId, position: n, versions: [], deletedSeenAt: null,
      firstCapturedAt: '2026-03-20T15:00:00Z', captureIds: ['cap_seed'], tags: [], note: '', key: false,
    });
    const fill = async (roomId: string, count: number, textOf: (n: number) => string) => {
      for (let from = 1; from <= count; from += 5000) {
        const rows = [];
        for (let n = from; n < Math.min(from + 5000, count + 1); n++) rows.push(message(roomId, n, textOf(n), n * 7));
        await put('messages', rows);
      }
    };
    const conversations = [];
    for (let r = 1; r <= rooms; r++) {
      const id = `room_${String(r).padStart(8, '0')}${'0'.repeat(24)}`;
      conversations.push(conversation(id, `Client ${r}`, `2026-03-${String(10 + (r % 9)).padStart(2, '0')}T15:00:00Z`, perRoom));
      await fill(id, perRoom, (n) => `Room ${r} message ${n}`);
    }
    if (bigRoom > 0) {
      conversations.push(conversation(bigId, bigTitle, '2026-03-21T15:00:00Z', bigRoom));
      await fill(bigId, bigRoom, (n) => `Big room message ${n}`);
    }
    const client = conversations[rooms - 1];
    if (contract && client) {
      // A contract page as stored (StoredTerms of a fixed-price contract), named by the last small room.
      const id = '41000001';
      client.contractIds = [id];
      const record = {
        kind: 'contract',
        contract: {
          id, title: contractTitle, type: 'fixed', client: client.title, freelancer: 'Priya Raman', status: 'Active', rate: null, weeklyLimit: null,
          manualTimeAllowed: null, budget: { value: '900.00', currency: 'USD' }, inEscrow: { value: '300.00', currency: 'USD' }, startDate: '2026-03-02',
          milestones: [], terms: `Nightly stock ${contractWord} between the warehouse and the shop.`,
        },
      };
      await put('terms', [{
        id: `contract:${id}`, kind: 'contract', title: contractTitle, url: `https://www.upwork.com/nx/wm/workroom/${id}`, record, versions: [],
        firstCapturedAt: '2026-03-20T15:00:00Z', lastCapturedAt: '2026-03-20T15:00:00Z', captureIds: ['cap_seed'], tags: [], note: '', key: false,
      }]);
    }
    await put('conversations', conversations);
    // Rows written straight into IndexedDB bypass the words index (no change is queued for it): it
    // is dropped, as in a store upgraded from before the index, and the dashboard builds it anew.
    for (const store of ['searchState', 'searchShards'].filter((name) => db.objectStoreNames.contains(name))) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).clear();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
  }, { ...plan, contract: plan.contract ?? false, bigId: BIG_ROOM_ID, bigTitle: BIG_ROOM_TITLE, contractTitle: SEEDED_CONTRACT_TITLE, contractWord: SEEDED_CONTRACT_WORD });
}
