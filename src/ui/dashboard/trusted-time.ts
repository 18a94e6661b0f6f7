// At export: ask the service worker for a trusted time over the bundle's signature. Whatever
// the authority does, the export completes; the note says in plain words what happened.
import type { TimeStampOutcome } from '../../shared/time-stamp-authorities';

/** What the dashboard needs from the browser for trusted time (see browser-trusted-time.ts). */
export interface TrustedTimeServices {
  /** Sends the signature (base64) to the service worker, which asks the chosen authority. */
  askTimeStamp: (signature: string) => Promise<TimeStampOutcome>;
  requestHostAccess: (originPattern: string) => Promise<boolean>;
}

/** Outside the extension (unit tests): trusted time is off and no host can be granted. */
export const NO_TRUSTED_TIME: TrustedTimeServices = {
  askTimeStamp: () => Promise.resolve({ status: 'off' }),
  requestHostAccess: () => Promise.resolve(false),
};

export interface TrustedTimeResult {
  files: Map<string, Uint8Array>;
  /** For the status line; null when trusted time is off or the bundle is unsigned. */
  note: string | null;
}

export async function addTrustedTime(files: Map<string, Uint8Array>, ask: TrustedTimeServices['askTimeStamp']): Promise<TrustedTimeResult> {
  // Loaded with the export itself, not with the pages (NO_TRUSTED_TIME is needed at their start).
  const { bundleSignature, withTimeStamp } = await import('../../export');
  const signature = bundleSignature(files);
  if (!signature) return { files, note: null };
  let outcome: TimeStampOutcome;
  try {
    outcome = await ask(signature);
  } catch (error) {
    outcome = { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
  if (outcome.status === 'off') return { files, note: null };
  if (outcome.status === 'failed') return { files, note: `signed, without a trusted time: ${outcome.reason}` };
  const { authority, time } = outcome.stamp;
  return { files: withTimeStamp(files, outcome.stamp), note: `with a trusted time from ${authority}: ${time.replace('T', ' ').replace('Z', ' UTC')}` };
}
