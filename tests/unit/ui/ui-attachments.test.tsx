// What the dashboard says about attachment files, and its attachment settings, against a
// throwaway database.
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { getAttachmentSettings } from '../../../src/storage';
import { AttachmentList } from '../../../src/ui/components/messages/attachment-list';
import { DashboardApp } from '../../../src/ui/dashboard/dashboard-app';
import { click, labelled, throwawayStore, type, waitFor } from './ui-fixtures';

const LINK = 'https://www.upwork.com/ab/messages/att/1';
const store = throwawayStore();

async function change(input: HTMLInputElement, value: string) {
  await type(input, value);
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

describe('the attachment list', () => {
  it('says which files were saved, with their size, and why the others were not', async () => {
    await store.mount(
      <AttachmentList
        attachments={[
          { name: 'contract.pdf', size: '240 KB', url: LINK, sha256: 'a'.repeat(64), savedBytes: 245_760, mediaType: 'application/pdf' },
          { name: 'huge.zip', size: '31 MB', url: LINK, sha256: null, downloadError: 'larger than the 25 MB limit you set (31.2 MB)' },
          { name: 'old.txt', size: null, url: null },
        ]}
      />,
    );
    const items = [...store.container!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['contract.pdf (240 KB) — saved, 240 KB', 'huge.zip (31 MB) — larger than the 25 MB limit you set (31.2 MB)', 'old.txt']);
  });
});

describe('the dashboard\'s attachment settings', () => {
  async function mountDashboard() {
    await store.mount(<DashboardApp software={{ name: 'Evidence Locker', version: '0.1.0' }} />);
    return waitFor(() => labelled<HTMLInputElement>(store.container!, 'Largest attachment to save (MB)'));
  }

  it('shows the defaults and saves a new limit when the field is committed', async () => {
    const size = await mountDashboard();
    expect(size.value).toBe('25');
    expect(labelled<HTMLInputElement>(store.container!, 'Save attachment files').checked).toBe(true);
    await change(size, '5');
    await waitFor(async () => expect(await getAttachmentSettings(store.db)).toEqual({ saveFiles: true, maxMegabytes: 5 }));
    await waitFor(() => expect(store.container!.textContent).toContain('Saved'));
  });

  it('turns saving files off and on', async () => {
    await mountDashboard();
    await click(labelled<HTMLInputElement>(store.container!, 'Save attachment files'));
    await waitFor(async () => expect((await getAttachmentSettings(store.db)).saveFiles).toBe(false));
    await waitFor(() => expect(labelled<HTMLInputElement>(store.container!, 'Save attachment files').checked).toBe(false));
  });

  it.each([['0'], ['501'], ['2.5'], ['']])('refuses %j in plain words, keeps what was typed and stores nothing', async (value) => {
    const size = await mountDashboard();
    await change(size, value);
    const alert = await waitFor(() => {
      const found = store.container!.querySelector('[role="alert"]');
      if (!found) throw new Error('no alert yet');
      return found;
    });
    expect(alert.textContent).toBe('Enter a whole number of megabytes from 1 to 500.');
    expect(size.value).toBe(value);
    expect(size.getAttribute('aria-invalid')).toBe('true');
    expect(await store.db.settings.count()).toBe(0);
    await change(size, '40');
    await waitFor(() => expect(store.container!.querySelector('[role="alert"]')).toBeNull());
    expect(await getAttachmentSettings(store.db)).toEqual({ saveFiles: true, maxMegabytes: 40 });
  });
});
