// What a running capture needs from the page's UI: progress, cancellation, and the user's choice
// after a cancel during history loading. Cancel reasons tell a user's cancel from a room switch.

export class RoomSwitchedError extends Error {
  constructor() {
    super('you switched to another conversation during the capture, so nothing was stored. Capture again from the conversation you want.');
    this.name = ROOM_SWITCHED;
  }
}

const ROOM_SWITCHED = 'RoomSwitchedError';

/**
 * By name, not instanceof: the error is made by the script that runs on every page and read by
 * the capture code injected later (capture-code.ts), each with its own copy of this class.
 */
export function isRoomSwitch(reason: unknown): reason is RoomSwitchedError {
  return reason instanceof Error && reason.name === ROOM_SWITCHED;
}

export interface CaptureSession {
  /** Aborted when the user cancels or the room changes. */
  readonly signal: AbortSignal;
  progress(text: string): void;
  /** After a cancel during history loading: true to keep what was loaded (a partial capture). */
  keepPartial(loaded: number): Promise<boolean>;
  /** A fresh signal for the steps after the user chose to keep a partial capture. */
  resume(): void;
}

/** Whether the capture was stopped by the user (not by a room switch or an error). */
export function cancelledByUser(signal: AbortSignal): boolean {
  return signal.aborted && !isRoomSwitch(signal.reason);
}
