// SHA-256 that runs synchronously, so hashes can be computed inside an IndexedDB transaction
// (an awaited WebCrypto call would let the transaction auto-commit half-way).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

/**
 * Node's native one-shot hash where this runs in Node (the verify command, scripts, tests): about
 * ten times faster than the script SHA-256 on short inputs such as custody lines, which a 20,000-line
 * log hashes twice each. Looked up at run time, not imported, so browser bundles never see node:crypto.
 * WebCrypto is no substitute there: each awaited digest costs more than a whole short hash.
 */
type NodeHash = (algorithm: 'sha256', data: Uint8Array | string) => string;
const nodeHash = ((globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as { hash?: NodeHash } | undefined)?.hash;

export function sha256Hex(data: Uint8Array | string): string {
  if (nodeHash) return nodeHash('sha256', data);
  return bytesToHex(sha256(typeof data === 'string' ? encoder.encode(data) : data));
}

/**
 * SHA-256 through WebCrypto where the platform has it (much faster on large inputs); only for
 * code outside IndexedDB transactions, which an awaited WebCrypto call would let commit early.
 */
export async function sha256HexAsync(data: Uint8Array | string): Promise<string> {
  // In Node the native one-shot hash wins even on large files: WebCrypto copies its input first
  // (167 MB of a bench bundle's files: 140-225 ms through subtle.digest, 95-150 ms here).
  if (nodeHash) return nodeHash('sha256', data);
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256Hex(bytes);
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource)));
}

/**
 * JSON with object keys sorted at every depth: the same records always give the same bytes,
 * so their hash does not depend on the order fields were set in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}
