// A whole capture with fake ports: a terms page it cannot read is still kept as a copy and stored,
// and a capture that fails or is stopped by a room switch discards what it staged, in plain words.
import { describe, expect, it, vi } from 'vitest';
import { captureTerms, NOT_RECOGNISED } from '../../../src/content/capture/capture-terms';
import { guardCapture } from '../../../src/content/capture/capture-guard';
import type { CapturePorts } from '../../../src/content/capture/capture-port';
import { fakeAttachmentPort, fakeCapturePort, fakeHistoryPort, fakePageCopyPort, fakeSession } from './fake-ports';

function ports(): CapturePorts & { pageCopy: ReturnType<typeof fakePageCopyPort> } {
  return { capture: fakeCapturePort(), history: fakeHistoryPort(), pageCopy: fakePageCopyPort(), attachments: fakeAttachmentPort() };
}

describe('a capture, given its ports', () => {
  it('stores the copy of a contract page it cannot read, and says the data was not recognised', async () => {
    document.body.innerHTML = '<main><p>A layout never seen</p></main>';
    const p = ports();
    const outcome = await captureTerms({ doc: document, url: new URL('https://www.upwork.com/nx/wm/contracts/38123456'), pageKind: 'contract', trigger: 'page-button', session: fakeSession(), exclude: null, ports: p });

    expect(outcome.status).toBe('captured');
    expect(outcome.message).toContain(NOT_RECOGNISED);
    const input = vi.mocked(p.capture.commitPage).mock.calls[0]![0];
    expect(input.terms).toBeNull();
    expect(input.files.map((f) => f.path)).toEqual([p.pageCopy.staged[0]!.file.path, `captures/${input.captureId}/page.mhtml`]);
    expect(p.capture.discard).not.toHaveBeenCalled();
  });

  it('discards what a failed capture staged and gives the reason', async () => {
    const port = fakeCapturePort();
    let id = '';
    const outcome = await guardCapture(fakeSession(), port, async (captureId) => {
      id = captureId;
      throw new Error('the disk is full');
    });
    expect(port.discard).toHaveBeenCalledWith(id);
    expect(outcome).toEqual({ status: 'failed', message: 'Capture failed: the disk is full' });
  });

  it('names a room switch made by the always-on script, whose error class is its own copy', async () => {
    const controller = new AbortController();
    // The script that runs on every page makes this error; the injected capture code reads it.
    const fromOtherScript = Object.assign(new Error('you switched to another conversation during the capture, so nothing was stored.'), { name: 'RoomSwitchedError' });
    const session = { ...fakeSession(), signal: controller.signal };
    const outcome = await guardCapture(session, fakeCapturePort(), async () => {
      controller.abort(fromOtherScript);
      throw controller.signal.reason;
    });
    expect(outcome).toEqual({ status: 'failed', message: `Capture failed: ${fromOtherScript.message}` });
  });
});
