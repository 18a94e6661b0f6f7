// The redaction editor on a message card: it offers what it finds, hides typed words, shows the
// export's copy, leaves a file out and takes a redaction back, each through the store.
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { custodyLog, storeCapture } from '../../../src/storage';
import { sha256Hex } from '../../../src/shared/hash';
import type { StoredMessage } from '../../../src/shared/model';
import { RedactionEditor } from '../../../src/ui/components/redaction/redaction-editor';
import { captureInput, message, room } from '../helpers/capture-input';
import { button, click, labelled, throwawayStore, type, waitFor } from './ui-fixtures';

const TEXT = 'Call 555-123-4567 or write to dana@example.com, <img src=x onerror=alert(1)> Dana';
const store = throwawayStore();
const id = message(1).id;

async function stored(): Promise<StoredMessage> {
  const m = await store.db.messages.get(id);
  if (!m) throw new Error('message not stored');
  return m;
}

/** Mounts the editor on the stored message and opens it, as a reviewer would. */
async function openEditor(): Promise<HTMLElement> {
  const container = await store.mount(<RedactionEditor message={await stored()} />);
  const details = container.querySelector('details')!;
  await act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
  return container;
}

async function seed(): Promise<void> {
  await storeCapture(store.db, captureInput(room([message(1, { text: TEXT })])), { extensionVersion: '0.1.0', blobs: [] });
}

describe('RedactionEditor', () => {
  it('offers the phone number and email it finds, and redacts one when asked', async () => {
    await seed();
    const container = await openEditor();
    const found = [...container.querySelectorAll('[aria-label="Found in this message"] code')].map((c) => c.textContent);
    expect(found).toEqual(['555-123-4567', 'dana@example.com']);
    expect(container.querySelector('img, script')).toBeNull();
    await click(button(container, 'Redact 555-123-4567'));
    await waitFor(async () => expect((await stored()).redactions?.spans).toEqual([{ start: 5, end: 17, reason: 'phone number', textSha256: sha256Hex(TEXT), at: expect.any(String) }]));
    expect((await stored()).text).toBe(TEXT);
    expect((await custodyLog(store.db)).at(-1)).toMatchObject({ event: 'redacted', subject: id });
  });

  it('hides typed words, shows the export copy and the original hash, and removes it again', async () => {
    await seed();
    let container = await openEditor();
    await type(labelled<HTMLInputElement>(container, 'Words to hide'), 'Dana');
    await act(() => {
      const select = labelled<HTMLSelectElement>(container, 'Reason');
      select.value = "a third party's details";
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(button(container, 'Hide these words'));
    await waitFor(async () => expect((await stored()).redactions?.spans).toMatchObject([{ start: TEXT.lastIndexOf('Dana'), end: TEXT.length, reason: "a third party's details" }]));

    container = await openEditor();
    expect(container.querySelector('summary')?.textContent).toBe('Redact for export (1 hidden)');
    expect(container.querySelector('.redaction-preview')?.textContent).toBe(TEXT.replace(/Dana$/, '[redacted]'));
    expect(container.textContent).toContain(sha256Hex(TEXT));
    await click(button(container, 'Remove redaction of Dana'));
    await waitFor(async () => expect((await stored()).redactions).toBeUndefined());
    expect((await custodyLog(store.db)).filter((e) => e.event === 'redacted').map((e) => e.detail.action)).toEqual(['span added', 'span removed']);
  });

  it('says plainly when typed words are not in the message, and stores nothing', async () => {
    await seed();
    const container = await openEditor();
    await type(labelled<HTMLInputElement>(container, 'Words to hide'), 'not there');
    await click(button(container, 'Hide these words'));
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Those words are not in this message (or are hidden already).');
    expect((await stored()).redactions).toBeUndefined();
  });

  it('flags a redaction made on an earlier text of an edited message', async () => {
    await seed();
    await store.db.messages.update(id, { redactions: { spans: [{ start: 5, end: 17, reason: 'phone number', textSha256: sha256Hex('older text'), at: '2026-03-20T10:00:00Z' }], files: [] } });
    const container = await openEditor();
    expect(container.querySelector('summary')?.textContent).toContain('Redaction made on an earlier text');
    expect(container.textContent).toContain('made on an earlier text: remove it and redact again');
  });

  it('leaves a saved file out of exports', async () => {
    await seed();
    const sha = 'c'.repeat(64);
    await store.db.messages.update(id, { attachments: [{ name: 'passport.png', size: '2 MB', url: null, sha256: sha, savedBytes: 5, mediaType: 'image/png' }] });
    const container = await openEditor();
    const box = labelled<HTMLInputElement>(container, 'Leave the file passport.png out of exports');
    await act(() => {
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(async () => expect((await stored()).redactions?.files).toMatchObject([{ sha256: sha }]));
  });

  it('offers what only an earlier version still shows, and redacts it there', async () => {
    await seed();
    const versions = [{ text: 'old: reach me at +44 20 7946 0958', seenAt: '2026-03-01T10:00:00Z', captureId: 'cap_0' }];
    await store.db.messages.update(id, { versions });
    const container = await openEditor();
    expect(container.textContent).toContain('(phone number, earlier version 1)');
    await click(button(container, 'Redact +44 20 7946 0958'));
    await waitFor(async () => expect((await stored()).redactions?.spans).toMatchObject([{ start: 17, end: 33, textSha256: sha256Hex(versions[0]!.text), inVersion: true }]));
  });
});
