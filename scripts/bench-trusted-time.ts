// npm run bench (trusted time): an export of 10,000 messages signed and time-stamped by a real
// local authority (openssl ts -reply on 127.0.0.1, the round trip included) against the same
// export unsigned, in the same run. Goal: <= 1.2x.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildBundle, requestTimeStamp, signBundleFiles, withTimeStamp, zipBundle } from '../src/export';
import { fromBase64 } from '../src/shared/base64';
import { SIGNING_ALGORITHM } from '../src/export/sign/signature';
import type { StoredMessage } from '../src/shared/model';
import { makeEvidenceSet } from '../tests/unit/export/export-fixtures';
import { startLocalAuthority } from './lib/local-time-stamp-authority';

const ROOT = path.resolve(import.meta.dirname, '..');
const MESSAGES = 10_000;
const ROUNDS = 5;

function grownSet() {
  const set = makeEvidenceSet();
  const seed = set.messages;
  const messages: StoredMessage[] = Array.from({ length: MESSAGES }, (_, i) => {
    const m = seed[i % seed.length]!;
    return { ...m, id: `story_bench_${i}`, position: i, text: `${m.text} (${i}) The work was delivered as agreed on the call.` };
  });
  return { ...set, messages };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const authority = await startLocalAuthority({ name: 'Bench TSA' });
  const keys = (await crypto.subtle.generateKey(SIGNING_ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const set = grownSet();
  const unsigned: number[] = [];
  const stamped: number[] = [];
  const roundTrips: number[] = [];
  try {
    const exportUnsigned = async () => {
      const t = performance.now();
      await zipBundle(await buildBundle(set));
      return performance.now() - t;
    };
    const exportStamped = async () => {
      const t = performance.now();
      const signed = await signBundleFiles(await buildBundle(set), keys, set.exportedAt, set.software);
      const digest = JSON.parse(new TextDecoder().decode(signed.get('datapackage-digest.json'))) as { signedData: { signature: string } };
      const asked = performance.now();
      const stamp = await requestTimeStamp(authority.url, fromBase64(digest.signedData.signature));
      roundTrips.push(performance.now() - asked);
      await zipBundle(withTimeStamp(signed, stamp));
      return performance.now() - t;
    };
    // One warm-up of each, then alternate which goes first so neither always pays the other's garbage.
    await exportUnsigned();
    await exportStamped();
    roundTrips.length = 0;
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) {
        unsigned.push(await exportUnsigned());
        stamped.push(await exportStamped());
      } else {
        stamped.push(await exportStamped());
        unsigned.push(await exportUnsigned());
      }
    }
  } finally {
    await authority.close();
  }
  const base = median(unsigned);
  const timed = median(stamped);
  const ratio = timed / base;
  console.log(
    [
      `Export of ${MESSAGES} messages in Node, median of ${ROUNDS} rounds after a warm-up`,
      `signed + trusted time: ${timed.toFixed(1)} ms vs unsigned ${base.toFixed(1)} ms = ${ratio.toFixed(2)}x (goal <= 1.2x) ${ratio <= 1.2 ? 'OK' : 'OVER'}; the authority's round trip alone ${median(roundTrips).toFixed(1)} ms`,
    ].join('\n'),
  );
  mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  writeFileSync(path.join(ROOT, 'out/bench-trusted-time.json'), JSON.stringify({ messages: MESSAGES, unsignedMs: base, signedWithTimeMs: timed, roundTripMs: median(roundTrips), ratio }, null, 2));
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
