// Every capture keeps the page itself, not only our reading of it (Berkeley Protocol ¶155): the
// HTML without scripts, the browser's MHTML where it offers one, and full-page screenshots when
// the way the capture started lets the browser take them.
import type { CaptureTrigger } from '../../shared/messages';
import type { CaptureFile } from '../../shared/model';
import type { CaptureSession } from '../capture-session';
import type { PageCopyPort } from './page-copy-port';
import { keepPageCopy } from './page-copy';
import { keepPageImages } from './page-images';
import { t } from '../status-words';

export interface KeepPageRun {
  doc: Document;
  captureId: string;
  trigger: CaptureTrigger;
  session: CaptureSession;
  exclude: Element | null;
  port: PageCopyPort;
}

const TRIGGER_NAMES: Record<CaptureTrigger, string> = {
  'page-button': 'in-page Capture evidence button',
  popup: 'toolbar popup',
  shortcut: 'keyboard shortcut',
  'context-menu': 'right-click menu item Capture evidence',
};

/** The first line of every capture's actions. */
export function startedFrom(trigger: CaptureTrigger): string {
  return `capture started from the ${TRIGGER_NAMES[trigger]}`;
}

export async function keepPage(run: KeepPageRun): Promise<{ files: CaptureFile[]; actions: string[] }> {
  run.session.progress(t('capture_progress_keeping_page', 'Keeping a copy of the page…'));
  const copy = await keepPageCopy(run.doc, run.captureId, run.exclude, run.session.signal, run.port);
  const images = await keepPageImages({ doc: run.doc, pageUrl: run.doc.location.href, captureId: run.captureId, trigger: run.trigger, signal: run.session.signal, progress: (text) => run.session.progress(text), exclude: run.exclude, port: run.port });
  return { files: [copy.file, ...images.files], actions: [...copy.actions, ...images.actions] };
}
