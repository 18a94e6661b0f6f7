// One capture of a messages room, as steps: load the whole history while harvesting stories,
// read them, add the page's own data, keep a copy of the page, save the attachment files, store.
// Anything staged is discarded unless the commit succeeds.
import type { CaptureOutcome } from '../../shared/messaging/messages';
import type { RoomExtraction } from '../../shared/model';
import { extractMessagesRoom } from '../../extractors/messages-room';
import { required } from '../../extractors/dom';
import { MESSAGE_LIST } from '../../extractors/selectors';
import { captureEnvironment } from './environment';
import { keepPage, startedFrom } from '../page-copy/keep-page';
import { saveAttachmentFiles } from '../attachments/save-attachments';
import { attachmentSaving } from '../attachments/attachment-step';
import type { CaptureRun } from './capture-port';
import { guardCapture } from './capture-guard';
import { collectHistory } from '../history/collect-history';
import { harvestedRoom } from './harvested-room';
import type { PageData } from '../history/page-data';
import { t, tn } from '../status-words';

export function captureRoom(run: CaptureRun): Promise<CaptureOutcome> {
  const { session, ports } = run;
  return guardCapture(session, ports.capture, async (captureId) => {
    const environment = captureEnvironment();
    const actions: string[] = [startedFrom(run.trigger)];
    const list = required(run.doc, MESSAGE_LIST, 'message list', 'Open the conversation and try again.');
    const history = await collectHistory(run.doc, list, session, ports.history);
    actions.push(...history.actions);

    session.progress(t('capture_progress_reading_messages', 'Reading messages…'));
    const read = extractMessagesRoom(harvestedRoom(run.doc, history.stories), run.url, { timeZone: environment.timeZone, capturedAt: new Date(environment.capturedAt) });
    const extraction = withPageData(read, ports.history.pageData, actions);
    // Stories the page's own data gives to another room are that room's, whatever list showed them.
    if (ports.history.pageData.foreignRoom(extraction.conversation.id, extraction.messages.map((m) => m.id)) !== null) throw new Error(t('capture_failed_mixed_rooms', "the page showed another conversation's messages during the capture, so nothing was stored. Open the conversation you want and capture again."));
    if (extraction.messages.length === 0 && history.partial) throw new Error('no messages had loaded before the capture was cancelled.');
    session.signal.throwIfAborted();

    const page = await keepPage({ doc: run.doc, captureId, trigger: run.trigger, session, exclude: run.exclude, port: ports.pageCopy });
    actions.push(...page.actions);
    const attachments = await saveAttachmentFiles(extraction.messages, attachmentSaving(captureId, extraction.conversation.id, session, ports.attachments));
    actions.push(...attachments.actions);
    session.signal.throwIfAborted();

    session.progress(t('capture_progress_saving', 'Saving…'));
    const result = await ports.capture.commitRoom({
      captureId,
      pageKind: run.pageKind,
      url: run.url.href,
      title: run.doc.title,
      environment,
      actions,
      extraction: { ...extraction, messages: attachments.messages },
      files: [...page.files, ...attachments.files],
      partial: history.partial,
    });
    const { total, new: added, edited, deleted } = result.counts;
    const counts = tn('capture_room_done', total, 'Captured $1 message ($2 new, $3 edited, $4 deleted)', 'Captured $1 messages ($2 new, $3 edited, $4 deleted)', added, edited, deleted);
    const message = history.partial ? t('capture_room_partial', '$1 — partial: older history was not loaded', counts) : counts;
    return { status: 'captured', result, message };
  });
}

/**
 * Adds the page's own story data. A workroom's Messages tab shows a room without naming it; the
 * room whose stories the tab loaded is that conversation, so both views of it become one.
 */
function withPageData(read: RoomExtraction, pageData: PageData, actions: string[]): RoomExtraction {
  let conversation = read.conversation;
  const loadedRoom = pageData.lastRoomId();
  if (conversation.id.startsWith('workroom_') && loadedRoom !== null) {
    actions.push(`the workroom's messages are room ${loadedRoom}, named by the page's own data`);
    conversation = { ...conversation, id: loadedRoom };
  }
  const merged = pageData.merge(conversation.id, read.messages);
  actions.push(...merged.actions);
  return { conversation, messages: merged.messages };
}
