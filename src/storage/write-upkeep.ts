// Two things every write that changes messages or terms must also do, done here, under every
// writer, so that a new writer cannot forget them: name the records whose searched words changed
// in the search queue (search/search-queue.ts), and keep each room's message tally on its
// conversation row (review/message-tally.ts). Both are written in the writer's own transaction,
// so a write that fails (a full disk) or is aborted leaves neither behind.
//
// A Dexie DBCore middleware: readwrite transactions that name messages or terms are widened to the
// stores the upkeep writes (a room's own row keeps the tally stored, so a write naming only rooms,
// a tag or a note on one, never waits on the messages); each mutation of those tables reads the
// rows it replaces, writes, then does the upkeep. It sits above Dexie's own middlewares, so liveQuery
// sees the queue entries and tallies written here like any other write.
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import type { MessageTally, StoredConversation, StoredMessage, StoredTerms } from '../shared/model';
import { searchIdsChanged } from './search/search-queue';
import { countRoomIn, tallyMoves, withMove } from './review/message-tally';
import { written, type RowChange } from './written-rows';

const SEARCHED = ['messages', 'terms'];

export const writeUpkeep: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'WriteUpkeep',
  // Above Dexie's own (liveQuery's observability is level 0), so what is written here is observed.
  level: 10,
  create(down) {
    const stores = new Set(down.schema.tables.map((t) => t.name));
    return {
      ...down,
      transaction: (names, mode, options) => down.transaction(mode === 'readwrite' ? widened(names, stores) : names, mode, options),
      table(name) {
        const table = down.table(name);
        if (name === 'messages') return { ...table, mutate: (req) => serially(req.trans, () => mutateMessages(down, table, req)) };
        if (name === 'terms') return { ...table, mutate: (req) => serially(req.trans, () => mutateTerms(down, table, req)) };
        if (name === 'conversations') return { ...table, mutate: (req) => serially(req.trans, () => mutateConversations(down, table, req)) };
        return table;
      },
    };
  },
};

/** The stores a readwrite transaction needs for the upkeep of the ones it names. */
function widened(names: string[], stores: ReadonlySet<string>): string[] {
  const more = new Set(names);
  if (names.some((n) => SEARCHED.includes(n))) more.add('searchQueue');
  // Messages move their rooms' tallies.
  if (names.includes('messages')) more.add('conversations');
  return [...more].filter((n) => stores.has(n) || names.includes(n));
}

/**
 * Whether this transaction's writes get the upkeep. An upgrade (versionchange) does not: its
 * stores may predate the queue, and an upgraded store builds its index and tallies afterwards.
 * A readwrite transaction always does; one that could not be widened is a programming error.
 */
function upkept(trans: DBCoreTransaction, needs: string[]): boolean {
  const idb = trans as Partial<IDBTransaction>;
  if (idb.mode !== 'readwrite') return false;
  const missing = needs.filter((n) => idb.objectStoreNames && !idb.objectStoreNames.contains(n));
  if (missing.length > 0) throw new Error(`Evidence Locker: a write ran in a transaction without ${missing.join(', ')}; open it through the database (db.transaction), which adds them.`);
  return true;
}

/**
 * One upkept write at a time per transaction: each reads the rows (and tally) the one before it
 * wrote, so writes a caller did not await one by one still count each message once. (A read the
 * caller sends without awaiting a write before it may run first: await writes before reading.)
 */
const running = new WeakMap<DBCoreTransaction, Promise<unknown>>();

function serially<T>(trans: DBCoreTransaction, work: () => Promise<T>): Promise<T> {
  const before = running.get(trans);
  // Dexie's promises keep the transaction's zone through .then; a native await would lose it.
  const run = before ? before.then(work, work) : work();
  running.set(trans, run.catch(() => undefined));
  return run;
}

function mutateMessages(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if (!upkept(req.trans, ['searchQueue', 'conversations'])) return table.mutate(req);
  return written<StoredMessage>(table, req).then(({ res, changes }) =>
    undoneUnless(
      req.trans,
      queue(down, req.trans, searchIdsChanged('messages', changes)).then(() => moveTallies(down, req.trans, changes)),
    ).then(() => res),
  );
}

function mutateTerms(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if (!upkept(req.trans, ['searchQueue'])) return table.mutate(req);
  return written<StoredTerms>(table, req).then(({ res, changes }) => undoneUnless(req.trans, queue(down, req.trans, searchIdsChanged('terms', changes))).then(() => res));
}

/**
 * A conversation row is written with the tally the store holds for it, whatever tally the writer
 * carried (it may have read the row before its messages moved the tally). A row that has none yet
 * (a new room, or one stored before tallies were kept) is counted from its messages when they are
 * in the transaction (a capture, tallyUncountedRooms), else written without one: readTally counts
 * such a room when asked, and the next write with its messages gives it a tally.
 */
function mutateConversations(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if ((req.type !== 'put' && req.type !== 'add') || !upkept(req.trans, [])) return table.mutate(req);
  const countable = (req.trans as Partial<IDBTransaction>).objectStoreNames?.contains('messages') ?? false;
  const keys = req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v) as string);
  return table
    .getMany({ trans: req.trans, keys })
    .then((stored: (StoredConversation | undefined)[]) =>
      Dexie.Promise.all(
        keys.map((id, i): PromiseLike<MessageTally | undefined> => {
          const tally = stored[i]?.messageTally;
          return tally ? Dexie.Promise.resolve(tally) : countable ? countRoomIn(down, req.trans, id) : Dexie.Promise.resolve(undefined);
        }),
      ),
    )
    .then((tallies) => table.mutate({ ...req, values: req.values.map((v: StoredConversation, i) => withTally(v, tallies[i])) }));
}

function withTally(room: StoredConversation, messageTally: MessageTally | undefined): StoredConversation {
  if (messageTally) return { ...room, messageTally };
  const { messageTally: _carried, ...untallied } = room;
  return untallied;
}

/**
 * The write stands only with its upkeep: should the upkeep fail (a full disk), the whole
 * transaction is undone, even when the writer catches the error and goes on.
 */
function undoneUnless(trans: DBCoreTransaction, upkeep: Promise<void>): Promise<void> {
  return upkeep.catch((error: unknown) => {
    try {
      trans.abort();
    } catch {
      // Already ending: it fails with its own error.
    }
    throw error;
  });
}

function queue(down: DBCore, trans: DBCoreTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return Dexie.Promise.resolve();
  return down
    .table('searchQueue')
    .mutate({ type: 'add', trans, values: ids.map((id) => ({ id })) })
    .then((res) => {
      if (res.numFailures > 0) throw Object.values(res.failures)[0];
    });
}

/** Moves the tallies of the rooms the messages left or joined; a room not stored yet is counted once it is. */
function moveTallies(down: DBCore, trans: DBCoreTransaction, changes: RowChange<StoredMessage>[]): Promise<void> {
  const moves = tallyMoves(changes);
  if (moves.size === 0) return Dexie.Promise.resolve();
  const rooms = down.table('conversations');
  const ids = [...moves.keys()];
  return rooms
    .getMany({ trans, keys: ids })
    .then((stored: (StoredConversation | undefined)[]) =>
      Dexie.Promise.all(
        stored.map((room, i) => {
          if (!room) return Dexie.Promise.resolve(null);
          if (room.messageTally) return Dexie.Promise.resolve({ ...room, messageTally: withMove(room.messageTally, moves.get(ids[i]!)!) });
          return countRoomIn(down, trans, room.id).then((messageTally) => ({ ...room, messageTally }));
        }),
      ),
    )
    .then((next) => {
      const values = next.filter((r) => r !== null);
      if (values.length === 0) return;
      return rooms.mutate({ type: 'put', trans, values }).then((res) => {
        if (res.numFailures > 0) throw Object.values(res.failures)[0];
      });
    });
}
