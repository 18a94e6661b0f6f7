// @vitest-environment node
// The attachment step with a fake port: what the background already stores is not fetched again,
// new files are staged under the capture, and settings that turn saving off are obeyed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachmentSaving } from '../../../src/content/attachments/attachment-step';
import { saveAttachmentFiles } from '../../../src/content/attachments/save-attachments';
import { message } from '../helpers/capture-input';
import { fakeAttachmentPort, fakeSession } from './fake-ports';

const att = (id: string) => `https://www.upwork.com/ab/messages/att/${id}`;
const CSV = new TextEncoder().encode('sku,units\nBX-2210,40\n');

afterEach(() => vi.unstubAllGlobals());

describe('the attachment step, given its port', () => {
  it('asks the port what is stored for the conversation, fetches only the rest and stages it under the capture', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      fetched.push(url);
      return new Response(CSV, { headers: { 'content-type': 'text/csv' } });
    }));
    const port = fakeAttachmentPort({ storedFiles: vi.fn(async () => [{ url: att('old'), sha256: 'c'.repeat(64), savedBytes: 9, mediaType: 'application/pdf' }]) });
    const messages = [message(1, { attachments: [{ name: 'old.pdf', size: '9 B', url: att('old') }, { name: 'map.csv', size: '1 KB', url: att('new') }] })];

    const out = await saveAttachmentFiles(messages, attachmentSaving('cap_9', 'room_1', fakeSession(), port));

    expect(port.storedFiles).toHaveBeenCalledWith('room_1', [att('old'), att('new')]);
    expect(fetched).toEqual([att('new')]);
    expect(port.stage).toHaveBeenCalledTimes(1);
    const [captureId, file, , compress] = vi.mocked(port.stage).mock.calls[0]!;
    expect([captureId, file.mediaType, compress]).toEqual(['cap_9', 'text/csv', true]);
    expect(out.actions[0]).toMatch(/saved 1 attachment file .*1 attachment file already stored/);
  });

  it('fetches nothing when the settings turn saving off', async () => {
    const port = fakeAttachmentPort({ settings: vi.fn(async () => ({ saveFiles: false, maxMegabytes: 25 })) });
    const messages = [message(1, { attachments: [{ name: 'a.pdf', size: '1 KB', url: att('a') }] })];

    const out = await saveAttachmentFiles(messages, attachmentSaving('cap_1', 'room_1', fakeSession(), port));

    expect(port.storedFiles).not.toHaveBeenCalled();
    expect(port.stage).not.toHaveBeenCalled();
    expect(out.actions).toEqual(['attachment files not saved: turned off in settings']);
  });
});
