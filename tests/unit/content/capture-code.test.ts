// The capture code comes into the tab only when a capture starts, once per page.
import { describe, expect, it, vi } from 'vitest';
import { backgroundHandlers } from '../../../src/background/handlers';
import { openEvidenceDb } from '../../../src/storage';
import { loadCaptureCode, registerCaptureCode, type CaptureCode } from '../../../src/content/capture-code';

const code: CaptureCode = { capture: async () => ({ status: 'cancelled', message: 'x' }) };

describe('loading the capture code', () => {
  it('injects it the first time and reuses it after', async () => {
    const scope = {};
    const inject = vi.fn(async () => registerCaptureCode(code, scope));
    expect(await loadCaptureCode(inject, scope)).toBe(code);
    expect(await loadCaptureCode(inject, scope)).toBe(code);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('fails in plain words when the injected code did not register', async () => {
    await expect(loadCaptureCode(async () => undefined, {})).rejects.toThrow('the capture code did not start in this tab. Reload the page and try again.');
  });

  it('is invisible to the page: the key is a symbol, not a name', () => {
    const scope: Record<string, unknown> = {};
    registerCaptureCode(code, scope);
    expect(Object.keys(scope)).toEqual([]);
  });
});

describe('the background bringing the capture code into a tab', () => {
  const handlersWith = (inject: (tabId: number, frameId: number) => Promise<void>) => backgroundHandlers(openEvidenceDb(`test-${Math.random()}`), '0.1.0', undefined, inject);

  it("injects it into the asking frame of the sender's upwork.com tab", async () => {
    const inject = vi.fn(async () => undefined);
    const sender = { id: 'ext', frameId: 0, tab: { id: 7, url: 'https://www.upwork.com/ab/messages/rooms/room_1' } };
    expect(await handlersWith(inject)['capture.loadCaptureCode']({}, sender)).toEqual({ loaded: true });
    expect(inject).toHaveBeenCalledWith(7, 0);
  });

  it('refuses any other page', async () => {
    const inject = vi.fn(async () => undefined);
    const sender = { id: 'ext', frameId: 0, tab: { id: 7, url: 'https://example.com/' } };
    await expect(handlersWith(inject)['capture.loadCaptureCode']({}, sender)).rejects.toThrow('Captures are only accepted from upwork.com pages.');
    expect(inject).not.toHaveBeenCalled();
  });
});
