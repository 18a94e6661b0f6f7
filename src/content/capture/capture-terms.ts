// One capture of a contract, timesheet, job post, offer or proposal page: read its terms, keep
// a copy of the page, store. When the terms are not recognised (Upwork changes this markup
// often), the page copy is stored all the same and the status says so: never a silent failure,
// never half a record.
import type { CaptureOutcome } from '../../shared/messaging/messages';
import type { PageKind, TermsRecord } from '../../shared/model';
import { ExtractionError } from '../../extractors/dom';
import { captureEnvironment } from './environment';
import { keepPage, startedFrom } from '../page-copy/keep-page';
import type { CaptureRun } from './capture-port';
import { guardCapture } from './capture-guard';
import { extractTerms } from '../../extractors/terms';
import { t } from '../status-words';

type TermsCaptureRun = CaptureRun<Exclude<PageKind, 'messages-room' | 'workroom-messages'>>;

export const NOT_RECOGNISED = 'structured data not recognised';

const WHAT: Record<TermsCaptureRun['pageKind'], () => string> = {
  contract: () => t('capture_what_contract', 'contract terms'),
  timesheet: () => t('capture_what_timesheet', 'timesheet'),
  'job-post': () => t('capture_what_job_post', 'job post'),
  offer: () => t('capture_what_offer', 'offer'),
  proposal: () => t('capture_what_proposal', 'proposal'),
};

export function captureTerms(run: TermsCaptureRun): Promise<CaptureOutcome> {
  const { session, ports } = run;
  return guardCapture(session, ports.capture, async (captureId) => {
    const environment = captureEnvironment();
    const actions: string[] = [startedFrom(run.trigger)];
    session.progress(t('capture_progress_reading_page', 'Reading the page…'));
    let terms: TermsRecord | null = null;
    let unrecognised: string | null = null;
    try {
      terms = extractTerms(run.doc, run.url, run.pageKind, { referenceDate: new Date(environment.capturedAt), timeZone: environment.timeZone });
    } catch (error) {
      if (!(error instanceof ExtractionError)) throw error;
      unrecognised = error.message;
      actions.push(`${NOT_RECOGNISED}: ${error.message}`);
    }
    session.signal.throwIfAborted();
    const page = await keepPage({ doc: run.doc, captureId, trigger: run.trigger, session, exclude: run.exclude, port: ports.pageCopy });
    actions.push(...page.actions);
    session.signal.throwIfAborted();
    session.progress(t('capture_progress_saving', 'Saving…'));
    const result = await ports.capture.commitPage({
      captureId, pageKind: run.pageKind, url: run.url.href, title: run.doc.title, environment, actions, terms, files: page.files,
    });
    const what = WHAT[run.pageKind]();
    const message = unrecognised
      ? t('capture_terms_unrecognised', 'Captured the page, but structured data not recognised: its copy is kept. $1', unrecognised)
      : result.firstCapture
        ? t('capture_terms_done', 'Captured the $1', what)
        : result.termsChanged
          ? t('capture_terms_changed', 'Captured the $1 (the terms changed since the last capture)', what)
          : t('capture_terms_unchanged', 'Captured the $1 (unchanged since the last capture)', what);
    return { status: 'captured', result, message };
  });
}
