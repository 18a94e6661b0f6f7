// The dashboard's "Import bundle" against a throwaway database and real bundles: the button, the
// status line while it runs, and the words for an import, a partial one and a refusal.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { buildBundleFiles } from '../../../src/export';
import { DashboardApp } from '../../../src/ui/dashboard/dashboard-app';
import { DEVICE_FINGERPRINT, editText, signedZip } from '../export/export-tamper';
import { zipBundle } from '../../../src/export';
import { richEvidenceSet } from './import-fixtures';
import { button, find, throwawayStore, waitFor } from '../ui/ui-fixtures';

const SOFTWARE = { name: 'Evidence Locker for Upwork', version: '0.1.0' };
const NAME = 'upwork-evidence-2026-11-26-dana-whitfield';
const store = throwawayStore();

async function mountDashboard(): Promise<HTMLElement> {
  return store.mount(<DashboardApp software={SOFTWARE} saveFile={vi.fn()} />);
}

/** What the browser's file picker hands over: a File-like whose bytes arrive when `bytes` resolves. */
async function pick(root: HTMLElement, name: string, bytes: Promise<Uint8Array>): Promise<void> {
  const input = find<HTMLInputElement>(root, 'input[type="file"]');
  const file = { name, arrayBuffer: async () => (await bytes).slice().buffer } as unknown as File;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const status = (root: HTMLElement) => find(root, '.dashboard-header [role="status"]');
const question = (root: HTMLElement) => root.querySelector<HTMLElement>('[role="alertdialog"]');

/** Bundles of format 1 are imported only once the user says so: answer "Import anyway" when asked. */
async function importAnywayIfAsked(root: HTMLElement): Promise<void> {
  await waitFor(() => expect(question(root) ?? status(root).textContent?.match(/^Imported/)).toBeTruthy());
  const asked = question(root);
  if (asked) await act(() => button(asked, 'Import anyway').click());
}

const FROM_ANOTHER_DEVICE = new RegExp(`It was signed by another device, key ${DEVICE_FINGERPRINT.replace(/(.{4})(?=.)/g, '$1 ')}: check this fingerprint with whoever gave you the bundle\\.$`);

describe('Import bundle on the dashboard', () => {
  it('opens a file picker for .zip files', async () => {
    const root = await mountDashboard();
    const input = find<HTMLInputElement>(root, 'input[type="file"]');
    expect(input.accept).toContain('.zip');
    const opened = vi.spyOn(input, 'click');
    button(root, 'Import bundle').click();
    expect(opened).toHaveBeenCalledOnce();
  });

  it('says it is importing with the button disabled, then what it imported, and lists the conversations', async () => {
    const root = await mountDashboard();
    let arrive!: (zip: Uint8Array) => void;
    await pick(root, `${NAME}.zip`, new Promise((resolve) => (arrive = resolve)));
    expect(button(root, 'Import bundle').disabled).toBe(true);
    expect(status(root).textContent).toBe(`Importing ${NAME}.zip: checking every file of the bundle…`);
    arrive(await signedZip(buildBundleFiles(richEvidenceSet())));
    await importAnywayIfAsked(root);
    await waitFor(() => expect(status(root).textContent).toMatch(/^Imported 6 messages, 2 conversations, 1 contract, 1 offer, 1 job post, 1 timesheet week, 7 captures and 2 cases from upwork-evidence-2026-11-26-dana-whitfield\. /));
    // The test bundle's key is not this store's: another device's, named by its fingerprint.
    expect(status(root).textContent).toMatch(FROM_ANOTHER_DEVICE);
    expect(button(root, 'Import bundle').disabled).toBe(false);
    await waitFor(() => expect(find(root, 'nav[aria-label="Conversations"]').textContent).toContain('Dana Whitfield'));
  });

  it('says how many records were already stored and left as they were', async () => {
    const set = richEvidenceSet();
    await store.db.messages.put({ ...set.messages[0]!, note: 'mine' });
    const root = await mountDashboard();
    await pick(root, `${NAME}.zip`, signedZip(buildBundleFiles(set)));
    await importAnywayIfAsked(root);
    await waitFor(() => expect(status(root).textContent).toMatch(/^Imported 5 messages, .* from upwork-evidence-2026-11-26-dana-whitfield; 1 already stored was left as it was\. It was signed/));
  });

  it('refuses a tampered bundle, saying what failed, and imports nothing', async () => {
    const root = await mountDashboard();
    const tampered = editText(buildBundleFiles(richEvidenceSet()), 'evidence.json', (t) => t.replace('Milestone 1 funded', 'Milestone 1 refunded'));
    await pick(root, 'tampered.zip', signedZip(tampered));
    await waitFor(() => expect(status(root).textContent).toMatch(/^Import refused: changed: evidence\.json \(hash differs/));
    expect(status(root).className).toContain('status--error');
    expect(await store.db.messages.count()).toBe(0);
  });

  it('asks before importing an unsigned bundle: declined, nothing is stored; accepted, it is imported and marked', async () => {
    const root = await mountDashboard();
    await pick(root, 'unsigned.zip', zipBundle(buildBundleFiles(richEvidenceSet())));
    const asked = await waitFor(() => {
      const q = question(root);
      expect(q?.textContent).toContain('unsigned.zip is not signed, so its origin cannot be checked');
      return q as HTMLElement;
    });
    await act(() => button(asked, 'Cancel import').click());
    await waitFor(() => expect(status(root).textContent).toBe('Not imported: you chose not to import unsigned.zip; nothing was stored.'));
    expect(await store.db.messages.count()).toBe(0);
    await pick(root, 'unsigned.zip', zipBundle(buildBundleFiles(richEvidenceSet())));
    const again = await waitFor(() => find(root, '[role="alertdialog"]'));
    await act(() => button(again, 'Import anyway').click());
    await waitFor(() => expect(status(root).textContent).toMatch(/^Imported 6 messages, .* It is not signed: its origin cannot be checked\.$/));
    expect((await store.db.captures.toArray()).every((c) => c.importedFrom?.bundle === 'unsigned.zip' && c.importedFrom.signedBy === null)).toBe(true);
    // Each imported message is marked as such, naming where it came from.
    const badges = await waitFor(() => {
      const found = [...root.querySelectorAll('article .badge--imported')];
      expect(found).toHaveLength(6);
      return found;
    });
    expect(badges[0]?.getAttribute('aria-label')).toBe('Imported from unsigned.zip, not signed');
  });
});
