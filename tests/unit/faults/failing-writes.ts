// Makes one IndexedDB write fail the way a browser fails it, inside fake-indexeddb: the Nth
// add/put to a store either fails as its request runs with QuotaExceededError (the disk is full:
// the transaction aborts with that error, undoing its earlier writes), or aborts the transaction
// outright at that point (the browser closed mid-write: nothing of the transaction survives).

export type WriteFault = 'quota' | 'abort';

interface FakeTransaction extends IDBTransaction {
  _execRequestAsync(request: { operation: () => unknown; source: unknown }): IDBRequest;
}

/** Fails the `nth` (1-based) write to `storeName` from now on; returns how many writes it saw and a restore. */
export function failWrite(storeName: string, nth: number, fault: WriteFault): { writes: () => number; restore: () => void } {
  const proto = globalThis.IDBObjectStore.prototype;
  const originals = { add: proto.add, put: proto.put };
  let writes = 0;
  const wrap = (original: typeof proto.add) =>
    function (this: IDBObjectStore, ...args: Parameters<typeof proto.add>): IDBRequest<IDBValidKey> {
      if (this.name === storeName && ++writes === nth) {
        const tx = this.transaction as FakeTransaction;
        if (fault === 'abort') {
          const request = original.apply(this, args);
          tx.abort();
          return request;
        }
        const exec = tx._execRequestAsync;
        tx._execRequestAsync = function (request) {
          tx._execRequestAsync = exec;
          return exec.call(this, { ...request, operation: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } });
        };
      }
      return original.apply(this, args);
    };
  proto.add = wrap(originals.add);
  proto.put = wrap(originals.put);
  return {
    writes: () => writes,
    restore() {
      proto.add = originals.add;
      proto.put = originals.put;
    },
  };
}
