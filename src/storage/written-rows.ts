// What one write to a table changed, row by row, read inside the write's own transaction: the
// rows it replaces or removes are read first, then the write runs. For the write upkeep
// (write-upkeep.ts), which is below Dexie's tables and so speaks DBCore.
import Dexie, { cmp, type DBCoreKeyRange, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction } from 'dexie';

/** A row's state before and after one write (undefined: absent). */
export interface RowChange<T> {
  prior: T | undefined;
  next: T | undefined;
}

/** Writes `req` and says which rows it changed, from what to what (failed operations left out). */
export function written<T>(table: DBCoreTable, req: DBCoreMutateRequest): Promise<{ res: DBCoreMutateResponse; changes: RowChange<T>[] }> {
  return priorRows<T>(table, req).then((priors) =>
    table.mutate(req).then((res) => {
      const ok = (i: number) => !res.failures[i];
      let changes: RowChange<T>[];
      if (req.type === 'add' || req.type === 'put') changes = req.values.map((next: T, i) => ({ prior: priors[i], next })).filter((_, i) => ok(i));
      else changes = priors.map((prior) => ({ prior, next: undefined })).filter((_, i) => req.type === 'deleteRange' || ok(i));
      return { res, changes };
    }),
  );
}

/** The stored rows a write replaces or removes, in the order of its operations. */
function priorRows<T>(table: DBCoreTable, req: DBCoreMutateRequest): Promise<(T | undefined)[]> {
  const trans = req.trans;
  switch (req.type) {
    // An add that succeeds replaced nothing: no read, so an import costs no extra trip.
    case 'add':
      return Dexie.Promise.resolve(req.values.map(() => undefined));
    case 'put': {
      const keys: string[] = req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v));
      // Only the rows stored are read: a first capture of a long room reads none.
      return storedKeys(table, trans, keys)
        .then((stored) => table.getMany({ trans, keys: [...stored] }).then((rows: T[]) => new Map([...stored].map((k, i) => [k, rows[i]]))))
        .then((rows) => keys.map((k) => rows.get(k)));
    }
    case 'delete':
      return table.getMany({ trans, keys: req.keys });
    case 'deleteRange':
      return table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } }).then((r) => r.result as T[]);
  }
}

/** Which of `keys` are stored: one key cursor skipping from key to key (as Dexie's anyOf), so keys never stored cost no read. */
function storedKeys(table: DBCoreTable, trans: DBCoreTransaction, keys: readonly string[]): Promise<Set<string>> {
  const sorted = [...new Set(keys)].sort(cmp);
  const found = new Set<string>();
  if (sorted.length === 0) return Dexie.Promise.resolve(found);
  const range = { type: 2 as DBCoreKeyRange['type'], lower: sorted[0], upper: sorted.at(-1) };
  return table.openCursor({ trans, values: false, query: { index: table.schema.primaryKey, range } }).then((cursor) => {
    if (!cursor) return found;
    let i = 0;
    return cursor
      .start(() => {
        const key = cursor.key as string;
        while (i < sorted.length && cmp(sorted[i], key) < 0) i++;
        if (i < sorted.length && cmp(sorted[i], key) === 0) found.add(sorted[i++]!);
        if (i < sorted.length) cursor.continue(sorted[i]);
        else cursor.stop();
      })
      .then(() => found);
  });
}
