// A save whose answer is lost (the worker stopped after storing but before answering, or the
// channel closed) is sent again, and the retry stores nothing twice: the background answers it
// from the stored capture. The user never sees the browser's own words.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backgroundHandlers } from '../../../src/background/handlers';
import { openEvidenceDb, type EvidenceDb } from '../../../src/storage';
import { dispatch } from '../../../src/shared/messaging';
import { bytesToBase64, gzip } from '../../../src/shared/bytes';
import { sha256Hex } from '../../../src/shared/hash';
import type { CommitPageInput } from '../../../src/shared/messages';
import { captureInput, message, room } from '../helpers/capture-input';

const CHANNEL_CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
const NO_CONNECTION = 'Could not establish connection. Receiving end does not exist.';

/** How the next sends of a message type fail: after the worker ran it, or before. */
type Fault = 'lost-after-storing' | 'no-reply-after-storing' | 'stopped-before';
const faults = new Map<string, Fault[]>();
let db: EvidenceDb;
const sent: string[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'ext',
      async sendMessage(message: { type: string }) {
        sent.push(message.type);
        const fault = faults.get(message.type)?.shift();
        if (fault === 'stopped-before') throw new Error(NO_CONNECTION);
        const handlers = backgroundHandlers(db, '0.1.0');
        const reply = await dispatch(handlers, message, { id: 'ext', tab: { id: 1, url: 'https://www.upwork.com/ab/messages/rooms/room_x' } }, 'ext');
        if (fault === 'lost-after-storing') throw new Error(CHANNEL_CLOSED);
        if (fault === 'no-reply-after-storing') return undefined; // the polyfill's answer to "The message port closed"
        return reply;
      },
    },
  },
}));

const { sendToBackground } = await import('../../../src/content/ports/runtime');
const { RESTART_WORDS } = await import('../../../src/content/ports/worker-restart');

beforeEach(() => {
  db = openEvidenceDb(`lost-answer-${Math.random()}`);
  faults.clear();
  sent.length = 0;
});

async function staged() {
  const html = new TextEncoder().encode('<html><body>room</body></html>');
  const input = captureInput(room([message(1), message(2)]));
  const file = { path: `captures/${input.captureId}/page.html`, sha256: sha256Hex(html), bytes: html.length, mediaType: 'text/html' };
  await sendToBackground('capture.stageFile', { captureId: input.captureId, file, part: 0, parts: 1, gzip: true, base64: bytesToBase64(await gzip(html)) });
  return { ...input, files: [file] };
}

async function rows() {
  return { captures: await db.captures.count(), messages: await db.messages.count(), custody: await db.custody.count(), blobs: await db.blobs.count(), staging: await db.staging.count() };
}

describe('a save whose answer was lost', () => {
  it.each<Fault>(['lost-after-storing', 'no-reply-after-storing'])('is sent again and answered from the stored capture, stored once (%s)', async (fault) => {
    const input = await staged();
    faults.set('capture.commit', [fault]);
    const result = await sendToBackground('capture.commit', input);
    expect(sent.filter((t) => t === 'capture.commit')).toHaveLength(2);
    expect(result).toMatchObject({ captureId: input.captureId, conversationTitle: 'Dana Whitfield', counts: { total: 2, new: 2, edited: 0, deleted: 0 } });
    expect(await rows()).toEqual({ captures: 1, messages: 2, custody: 1, blobs: 1, staging: 0 });
  });

  it('is stored by the retry when the worker stopped before storing it', async () => {
    const input = await staged();
    faults.set('capture.commit', ['stopped-before']);
    expect((await sendToBackground('capture.commit', input)).counts.new).toBe(2);
    expect(await rows()).toEqual({ captures: 1, messages: 2, custody: 1, blobs: 1, staging: 0 });
  });

  it('answers a page capture sent again as the first arrival was answered', async () => {
    const input: CommitPageInput = { ...captureInput(room([])), pageKind: 'contract', url: 'https://www.upwork.com/nx/wm/contracts/38123456', terms: null, files: [] };
    faults.set('capture.commitPage', ['lost-after-storing']);
    expect(await sendToBackground('capture.commitPage', input)).toEqual({ captureId: input.captureId, termsId: null, termsChanged: false, firstCapture: false });
    expect(await db.captures.count()).toBe(1);
    expect(await db.custody.count()).toBe(1);
  });

  it('refuses another save under a stored capture id', async () => {
    const input = await staged();
    await sendToBackground('capture.commit', input);
    const other = { ...input, extraction: room([message(3)]) };
    await expect(sendToBackground('capture.commit', other)).rejects.toThrow('This capture was already stored.');
    expect(await rows()).toMatchObject({ captures: 1, messages: 2, custody: 1 });
  });

  it('ends in plain words, never the browser\'s, when the worker never answers', async () => {
    const input = await staged();
    faults.set('capture.commit', Array(6).fill('lost-after-storing'));
    const failure = await sendToBackground('capture.commit', input).catch((e: Error) => e.message);
    expect(failure).toBe(RESTART_WORDS);
    expect(failure).not.toMatch(/listener|message channel|establish connection/i);
    expect(await rows()).toMatchObject({ captures: 1, messages: 2, custody: 1 });
  });
});
