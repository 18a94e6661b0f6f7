// Each file of a bundle is hashed once, with WebCrypto (native, several times faster than a
// script SHA-256 on large files), before the checks run; every check then reads the same hash.
import { sha256Hex, sha256HexAsync } from '../../shared/bytes/hash';

const known = new WeakMap<Uint8Array, string>();

export async function hashFiles(files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await Promise.all([...files.values()].map(async (bytes) => {
    if (!known.has(bytes)) known.set(bytes, await sha256HexAsync(bytes));
  }));
}

/** The SHA-256 hex of a file's bytes: from hashFiles when it ran, else computed here. */
export function fileSha256(bytes: Uint8Array): string {
  let hex = known.get(bytes);
  if (hex === undefined) {
    hex = sha256Hex(bytes);
    known.set(bytes, hex);
  }
  return hex;
}
