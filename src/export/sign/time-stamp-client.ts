// One round trip to a time-stamping authority: only the hash of the signature leaves the
// machine. Every way it can go wrong ends in an Error saying why in plain words, so the export
// can complete without a time and tell the user.
import { authorityLabel, type TimeStamp } from '../../shared/proof/time-stamp-authorities';
import { readTimeStampReply } from './time-stamp-reply';
import { timeStampRequest } from './time-stamp-request';

export const TIME_STAMP_TIMEOUT_MS = 15_000;

/** A reply is a few kilobytes; anything far larger is not one. */
const MAX_REPLY_BYTES = 1024 * 1024;

export interface TimeStampClientOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export async function requestTimeStamp(authorityUrl: string, signature: Uint8Array<ArrayBuffer>, options: TimeStampClientOptions = {}): Promise<TimeStamp> {
  const { fetch: send = fetch, timeoutMs = TIME_STAMP_TIMEOUT_MS } = options;
  const label = authorityLabel(authorityUrl);
  const request = await timeStampRequest(signature);
  const unreachable = (error: unknown) => {
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return new Error(`${label} did not answer within ${Math.round(timeoutMs / 1000)} seconds`);
    return new Error(`${label} could not be reached (no network, or the address is wrong)`);
  };
  const signal = AbortSignal.timeout(timeoutMs);
  const headers = { 'Content-Type': 'application/timestamp-query' };
  const response = await send(authorityUrl, { method: 'POST', headers, body: request.der, signal, credentials: 'omit' }).catch((e: unknown) => {
    throw unreachable(e);
  });
  if (!response.ok) throw new Error(`${label} answered HTTP ${response.status}${response.statusText ? ` (${response.statusText})` : ''}`);
  const body = new Uint8Array(
    await response.arrayBuffer().catch((e: unknown) => {
      throw unreachable(e);
    }),
  );
  if (body.length > MAX_REPLY_BYTES) throw new Error(`${label}’s answer is not a time-stamp reply`);
  try {
    return await readTimeStampReply(body, request, signature);
  } catch (error) {
    throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
