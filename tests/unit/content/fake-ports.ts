// Fakes of the capture steps' ports to the background: each records what it was asked, so a step
// is tested without chrome.* (src/content/ports/runtime-ports.ts is the real one).
import { vi } from 'vitest';
import type { AttachmentPort } from '../../../src/content/attachments/attachment-port';
import type { CapturePort } from '../../../src/content/capture/capture-port';
import type { HistoryPort } from '../../../src/content/history/history-port';
import type { PageData } from '../../../src/content/history/page-data';
import type { PageCopyPort } from '../../../src/content/page-copy/page-copy-port';
import type { CaptureSession } from '../../../src/content/capture-session';
import type { CaptureFile } from '../../../src/shared/model';

export interface Staged {
  captureId: string;
  file: CaptureFile;
  text: string;
}

export function fakePageCopyPort(over: Partial<PageCopyPort> = {}): PageCopyPort & { staged: Staged[] } {
  const staged: Staged[] = [];
  return {
    staged,
    stage: vi.fn(async (captureId: string, file: CaptureFile, bytes: Uint8Array) => void staged.push({ captureId, file, text: new TextDecoder().decode(bytes) })),
    mhtml: vi.fn(async (captureId: string) => ({ path: `captures/${captureId}/page.mhtml`, sha256: 'a'.repeat(64), bytes: 10, mediaType: 'multipart/related' })),
    screenshotView: vi.fn(() => Promise.reject(new Error('no pictures in this test'))),
    stitchScreenshots: vi.fn(() => Promise.reject(new Error('no pictures in this test'))),
    ...over,
  };
}

export function fakeCapturePort(over: Partial<CapturePort> = {}): CapturePort {
  return {
    commitRoom: vi.fn(() => Promise.reject(new Error('not expected in this test'))),
    commitPage: vi.fn(async (input) => ({ captureId: input.captureId, termsId: null, termsChanged: false, firstCapture: true })),
    discard: vi.fn(async () => undefined),
    ...over,
  };
}

export function fakeAttachmentPort(over: Partial<AttachmentPort> = {}): AttachmentPort {
  return {
    settings: vi.fn(async () => ({ saveFiles: true, maxMegabytes: 25 })),
    storedFiles: vi.fn(async () => []),
    stage: vi.fn(async () => undefined),
    ...over,
  };
}

/** Page data that knows nothing unless told. */
export function fakePageData(over: Partial<PageData> = {}): PageData {
  return {
    startReached: () => false,
    responseCount: () => 0,
    knownIds: () => new Set(),
    merge: (_roomId, messages) => ({ messages, actions: [] }),
    foreignRoom: () => null,
    lastRoomId: () => null,
    onChange: () => () => undefined,
    ...over,
  };
}

export function fakeHistoryPort(pageData: PageData = fakePageData(), requests: () => Promise<number | null> = async () => null): HistoryPort {
  return { pageData, requestsStarted: vi.fn(requests) };
}

export function fakeSession(): CaptureSession & { said: string[] } {
  const said: string[] = [];
  const controller = new AbortController();
  return {
    said,
    signal: controller.signal,
    progress: (text) => void said.push(text),
    keepPartial: async () => false,
    resume: () => undefined,
  };
}
