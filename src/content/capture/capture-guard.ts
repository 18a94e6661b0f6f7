// What every capture does around its own steps: a fresh id, and when it ends without storing,
// anything it staged discarded and the reason said plainly (the user cancelled, the user left
// the room, or an error).
import type { CaptureOutcome } from '../../shared/messages';
import { errorText } from '../../shared/messaging';
import { cancelledByUser, isRoomSwitch, type CaptureSession } from '../capture-session';
import type { CapturePort } from './capture-port';
import { t } from '../status-words';

export async function guardCapture(session: CaptureSession, port: CapturePort, steps: (captureId: string) => Promise<CaptureOutcome>): Promise<CaptureOutcome> {
  const captureId = `cap_${crypto.randomUUID()}`;
  try {
    return await steps(captureId);
  } catch (error) {
    // Discarding a capture that staged nothing yet is a no-op in the background.
    await port.discard(captureId).catch(() => undefined);
    if (cancelledByUser(session.signal)) return { status: 'cancelled', message: t('capture_cancelled', 'Capture cancelled: nothing was stored.') };
    const reason = isRoomSwitch(session.signal.reason) ? session.signal.reason : error;
    return { status: 'failed', message: t('capture_failed', 'Capture failed: $1', errorText(reason)) };
  }
}
