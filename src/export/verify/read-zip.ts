// The verifier's own ZIP reader. It walks the central directory entry by entry, so a path named
// twice is seen (JSZip and fflate's unzipSync keep one of the two silently, and different tools
// would show different files), checks each local header against its central entry, and finds
// bytes hidden between entries. Inflation uses the platform's DecompressionStream (native in
// browsers and Node) under a budget, so a "zip bomb" is refused before it fills memory.
// No ZIP64: bundles stay far below 4 GB; one that uses it is refused in words.
import { DAMAGED, type Problems } from './verify-problems';

export class UnzipsTooLarge extends Error {}

export interface UnzipBudget {
  readonly total: number;
  left: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  local: number;
}

/** Path → bytes of every file entry (folder entries carry nothing); null when not a ZIP. Throws UnzipsTooLarge. */
export async function readZip(zip: Uint8Array, problems: Problems, budget: UnzipBudget): Promise<Map<string, Uint8Array> | null> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries = centralDirectory(zip, view, problems);
  if (!entries) return null;
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (/^[/\\]|^[a-z]:|(^|[/\\])\.\.([/\\]|$)/i.test(entry.name)) {
      problems.add(`the ZIP holds ${entry.name}, a path that lands outside the bundle's folder when unzipped`);
      // Kept as unreadable, so the manifest does not also call it missing.
      files.set(entry.name, DAMAGED);
      continue;
    }
    if (files.has(entry.name)) {
      problems.add(`the ZIP names ${entry.name} twice: different tools would show different files under that name`);
      continue;
    }
    files.set(entry.name, await entryBytes(zip, view, entry, problems, budget));
  }
  return files;
}

function centralDirectory(zip: Uint8Array, view: DataView, problems: Problems): Entry[] | null {
  let end = -1;
  for (let i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 0xffff; i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  let p = view.getUint32(end + 16, true);
  if (count === 0xffff || p === 0xffffffff || size === 0xffffffff) {
    problems.add('the ZIP uses ZIP64, which this verifier does not read: unzip it with another tool and check the files against datapackage.json');
    return [];
  }
  if (p + size > end) return null;
  const names = new TextDecoder();
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(p + 28, true);
    entries.push({
      name: names.decode(zip.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      local: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  checkNothingHidden(entries, zip, view, view.getUint32(end + 16, true), problems);
  return entries;
}

/**
 * The entries' local records must tile the archive up to the central directory: bytes between
 * them could be a second copy of a file that only some tools (those that read local headers) show.
 */
function checkNothingHidden(entries: Entry[], zip: Uint8Array, view: DataView, centralStart: number, problems: Problems): void {
  let at = 0;
  for (const entry of [...entries].sort((a, b) => a.local - b.local)) {
    if (entry.local !== at) break;
    const start = dataStart(view, zip, entry);
    if (start < 0) return; // reported when the entry is read
    at = start + entry.compressedSize;
    if (entry.flags & 8) at += at + 4 <= zip.length && view.getUint32(at, true) === DESCRIPTOR ? 16 : 12;
  }
  if (at !== centralStart) problems.add('the ZIP holds data outside the entries its central directory lists (a hidden or overlapping entry)');
}

/** Where an entry's data begins, or -1 when its local header is not the one the central directory describes. */
function dataStart(view: DataView, zip: Uint8Array, entry: Entry): number {
  const p = entry.local;
  if (p + 30 > zip.length || view.getUint32(p, true) !== LOCAL) return -1;
  const nameLength = view.getUint16(p + 26, true);
  if (new TextDecoder().decode(zip.subarray(p + 30, p + 30 + nameLength)) !== entry.name) return -1;
  const start = p + 30 + nameLength + view.getUint16(p + 28, true);
  return start + entry.compressedSize <= zip.length ? start : -1;
}

async function entryBytes(zip: Uint8Array, view: DataView, entry: Entry, problems: Problems, budget: UnzipBudget): Promise<Uint8Array> {
  // A damaged entry is a changed file; it stays in the map so it is not also called missing.
  const damaged = (why: string) => {
    problems.add(`changed: ${entry.name} (${why})`);
    return DAMAGED;
  };
  const start = dataStart(view, zip, entry);
  if (start < 0) return damaged('its entry in the ZIP is damaged');
  if (entry.flags & 1) return damaged('it is encrypted');
  const raw = zip.subarray(start, start + entry.compressedSize);
  let bytes: Uint8Array;
  if (entry.method === 0) {
    spend(budget, raw.length);
    bytes = raw;
  } else if (entry.method === 8) {
    try {
      bytes = await inflateRaw(raw, budget);
    } catch (error) {
      if (error instanceof UnzipsTooLarge) throw error;
      return damaged('its compressed data is damaged');
    }
  } else {
    return damaged(`it uses compression method ${entry.method}, which an evidence bundle does not`);
  }
  if (bytes.length !== entry.size) return damaged('its compressed data is damaged');
  return bytes;
}

function spend(budget: UnzipBudget, bytes: number): void {
  budget.left -= bytes;
  if (budget.left < 0) {
    throw new UnzipsTooLarge(`the ZIP unpacks to more than ${Math.round(budget.total / 1024 / 1024)} MB, far more than an evidence bundle of its size holds, so it was not opened`);
  }
}

type InflateRawSync = (data: Uint8Array, options: { maxOutputLength: number }) => Uint8Array;
/**
 * Node's zlib where this runs in Node (the verify command): three to five times faster than
 * DecompressionStream there, whose stream plumbing costs more than the inflating. Looked up at
 * run time, not imported, so verify.html's script never sees node:zlib.
 */
const nodeInflateRawSync = ((globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:zlib') as { inflateRawSync?: InflateRawSync } | undefined)?.inflateRawSync;

async function inflateRaw(raw: Uint8Array, budget: UnzipBudget): Promise<Uint8Array> {
  return nodeInflateRawSync ? inflateRawInNode(nodeInflateRawSync, raw, budget) : inflateRawStreaming(raw, budget);
}

/** Inflates in one call, zlib itself stopping at what is left of the budget. */
function inflateRawInNode(inflate: InflateRawSync, raw: Uint8Array, budget: UnzipBudget): Uint8Array {
  let out: Uint8Array;
  try {
    out = inflate(raw, { maxOutputLength: Math.max(1, budget.left) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') spend(budget, budget.left + 1);
    throw error;
  }
  spend(budget, out.length);
  // A plain Uint8Array view (no copy): a Buffer's slice() would share memory where callers expect a copy.
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** Inflates chunk by chunk, stopping as soon as the bundle's budget runs out. */
async function inflateRawStreaming(raw: Uint8Array, budget: UnzipBudget): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Not awaited: the writes complete only as the output is read.
  writer.write(raw as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    try {
      spend(budget, value.length);
    } catch (error) {
      await reader.cancel().catch(() => undefined);
      throw error;
    }
    chunks.push(value);
    length += value.length;
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
