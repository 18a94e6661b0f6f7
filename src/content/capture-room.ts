// One capture of a messages room, as steps: load history, extract, keep the page, store.
// Each step checks the AbortSignal, and anything staged is discarded unless the commit succeeds.
import type { CaptureOutcome, CaptureTrigger } from '../shared/messages';
import type { CaptureFile, PageKind } from '../shared/model';
import { errorText } from '../shared/messaging';
import { sha256Hex } from '../shared/hash';
import { extractMessagesRoom } from '../extractors/messages-room';
import { captureEnvironment } from './environment';
import { snapshotPage } from './page-snapshot';
import { sendToBackground } from './runtime';
import { stagePageFile } from './stage-file';

export interface CaptureRun {
  doc: Document;
  url: URL;
  pageKind: PageKind;
  trigger: CaptureTrigger;
  signal: AbortSignal;
  progress: (text: string) => void;
  /** Our own UI, left out of the page copy. */
  exclude: Element | null;
}

const TRIGGER_NAMES: Record<CaptureTrigger, string> = {
  'page-button': 'in-page Capture evidence button',
  popup: 'toolbar popup',
  shortcut: 'keyboard shortcut',
};

export async function captureRoom(run: CaptureRun): Promise<CaptureOutcome> {
  const captureId = `cap_${crypto.randomUUID()}`;
  let staged = false;
  try {
    const environment = captureEnvironment();
    const actions: string[] = [`capture started from the ${TRIGGER_NAMES[run.trigger]}`];
    run.progress('Reading messages…');
    // Loading the whole history is the next step of the pipeline (it scrolls the room); for
    // now the capture keeps what the room has loaded and says so.
    const extraction = extractMessagesRoom(run.doc, run.url, { timeZone: environment.timeZone });
    actions.push(`read ${extraction.messages.length} messages and events loaded on the page (older history not loaded)`);
    run.signal.throwIfAborted();

    run.progress('Keeping a copy of the page…');
    const snapshot = snapshotPage(run.doc, run.exclude);
    actions.push(...snapshot.actions);
    const html = new TextEncoder().encode(snapshot.html);
    const file: CaptureFile = { path: `captures/${captureId}/page.html`, sha256: sha256Hex(html), bytes: html.length, mediaType: 'text/html' };
    staged = true;
    await stagePageFile(captureId, file, html, run.signal);
    run.signal.throwIfAborted();

    run.progress('Saving…');
    const result = await sendToBackground('capture.commit', {
      captureId,
      pageKind: run.pageKind,
      url: run.url.href,
      title: run.doc.title,
      environment,
      actions,
      extraction,
      files: [file],
      partial: false,
    });
    const { total, new: added, edited, deleted } = result.counts;
    return { status: 'captured', result, message: `Captured ${total} messages (${added} new, ${edited} edited, ${deleted} deleted)` };
  } catch (error) {
    if (staged) await sendToBackground('capture.discard', { captureId }).catch(() => undefined);
    if (run.signal.aborted) return { status: 'cancelled', message: 'Capture cancelled: nothing was stored.' };
    return { status: 'failed', message: `Capture failed: ${errorText(error)}` };
  }
}
