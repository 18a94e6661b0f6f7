// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { downloadAttachment, type DownloadLimits } from '../../../src/content/attachments/attachment-download';
import { bytes, fakeFetch } from '../helpers/fake-fetch';

const URL_A = 'https://www.upwork.com/ab/messages/att/4f2a9c1e-0b7d-4e55-9a21-3c6d8e0f1a2b';
const MB = 1024 * 1024;
const limits: DownloadLimits = { maxMegabytes: 1, idleMs: 60_000, totalMs: 600_000 };
const open = () => new AbortController().signal;

describe('downloading one attachment with the page session', () => {
  it('returns the bytes, their SHA-256 and the served media type, asking with the user cookies', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4 fake report\n%%EOF\n');
    const net = fakeFetch({ [URL_A]: { headers: { 'content-type': 'application/pdf' }, chunks: [pdf.subarray(0, 10), pdf.subarray(10)] } });
    const got = await downloadAttachment(URL_A, 'report.pdf', net.fetch, limits, open());
    expect(got).toEqual({ ok: true, bytes: pdf, sha256: createHash('sha256').update(pdf).digest('hex'), mediaType: 'application/pdf' });
    expect(net.requests[0]?.init).toMatchObject({ credentials: 'include' });
  });

  it('guesses the media type from the name when Upwork serves application/octet-stream', async () => {
    const net = fakeFetch({ [URL_A]: { headers: { 'content-type': 'application/octet-stream' }, chunks: [bytes(10)] } });
    expect(await downloadAttachment(URL_A, 'mapping.CSV', net.fetch, limits, open())).toMatchObject({ ok: true, mediaType: 'text/csv' });
  });

  it('refuses a file whose Content-Length is over the limit without reading its body', async () => {
    const net = fakeFetch({ [URL_A]: { headers: { 'content-length': String(Math.round(31.2 * MB)) }, chunks: [bytes(10)], contentLength: false } });
    const got = await downloadAttachment(URL_A, 'big.pdf', net.fetch, { ...limits, maxMegabytes: 25 }, open());
    expect(got).toEqual({ ok: false, error: 'larger than the 25 MB limit you set (31.2 MB)', short: 'larger than the limit' });
    expect(net.pulled.get(URL_A) ?? 0).toBe(0);
  });

  it('stops a file that passes the limit while streaming, when no length was announced', async () => {
    const net = fakeFetch({ [URL_A]: { chunks: [bytes(MB / 2), bytes(MB / 2), bytes(1), bytes(MB)], contentLength: false } });
    const got = await downloadAttachment(URL_A, 'big.zip', net.fetch, limits, open());
    expect(got).toEqual({ ok: false, error: 'larger than the 1 MB limit you set (it passed 1 MB while downloading, so it was stopped)', short: 'larger than the limit' });
    expect(net.pulled.get(URL_A)).toBe(3);
  });

  it('keeps a file of exactly the limit', async () => {
    const net = fakeFetch({ [URL_A]: { chunks: [bytes(MB)] } });
    expect(await downloadAttachment(URL_A, 'exact.bin', net.fetch, limits, open())).toMatchObject({ ok: true });
  });

  it.each([
    [404, 'Upwork answered 404 (not found)'],
    [403, 'Upwork answered 403 (forbidden)'],
    [500, 'Upwork answered 500 (server error)'],
    [418, 'Upwork answered 418'],
  ])('says what Upwork answered when the status is %i', async (status, error) => {
    const net = fakeFetch({ [URL_A]: { status, chunks: [new TextEncoder().encode('no')] } });
    expect(await downloadAttachment(URL_A, 'x.pdf', net.fetch, limits, open())).toEqual({ ok: false, error, short: `Upwork answered ${status}` });
  });

  it('records a network failure (or a refused redirect to another site) in plain words', async () => {
    const net = fakeFetch({ [URL_A]: { networkError: true } });
    expect(await downloadAttachment(URL_A, 'x.pdf', net.fetch, limits, open())).toEqual({ ok: false, error: 'the download failed: network error', short: 'network error' });
  });

  it('gives up on a request that gets no answer', async () => {
    const net = fakeFetch({ [URL_A]: { hang: true } });
    const got = await downloadAttachment(URL_A, 'x.pdf', net.fetch, { ...limits, idleMs: 30 }, open());
    expect(got).toEqual({ ok: false, error: 'the download stopped: nothing arrived for 30 ms', short: 'timed out' });
  });

  it('gives up on a body that stops arriving', async () => {
    const net = fakeFetch({ [URL_A]: { chunks: [bytes(10)], stallBody: true } });
    expect(await downloadAttachment(URL_A, 'x.pdf', net.fetch, { ...limits, idleMs: 30 }, open())).toMatchObject({ ok: false, short: 'timed out' });
  });

  it('gives up on a download that keeps trickling past the overall time', async () => {
    const slow = { chunks: Array.from({ length: 50 }, () => bytes(1)), delayMs: 0 };
    const net = fakeFetch({ [URL_A]: slow });
    const trickle = async (url: string, init: RequestInit) => {
      const response = await net.fetch(url, init);
      const reader = response.body!.getReader();
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          await new Promise((r) => setTimeout(r, 10));
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
      });
      init.signal?.addEventListener('abort', () => reader.cancel().catch(() => undefined));
      return new Response(body, { status: 200 });
    };
    const got = await downloadAttachment(URL_A, 'x.pdf', trickle, { ...limits, idleMs: 200, totalMs: 60 }, open());
    expect(got).toEqual({ ok: false, error: 'the download took longer than 60 ms, so it was stopped', short: 'timed out' });
  });

  it('does not keep a web page served in place of the file (a sign-in page)', async () => {
    const net = fakeFetch({ [URL_A]: { headers: { 'content-type': 'text/html; charset=utf-8' }, chunks: [new TextEncoder().encode('<html>Log in</html>')] } });
    expect(await downloadAttachment(URL_A, 'contract.pdf', net.fetch, limits, open())).toMatchObject({ ok: false, short: 'a web page instead of the file' });
    expect(await downloadAttachment(URL_A, 'mockup.html', net.fetch, limits, open())).toMatchObject({ ok: true, mediaType: 'text/html' });
  });

  it('rejects with the cancel reason when the capture is cancelled mid-download', async () => {
    const net = fakeFetch({ [URL_A]: { hang: true } });
    const cancel = new AbortController();
    const running = downloadAttachment(URL_A, 'x.pdf', net.fetch, limits, cancel.signal);
    cancel.abort(new DOMException('Capture cancelled', 'AbortError'));
    await expect(running).rejects.toThrow('Capture cancelled');
  });
});
