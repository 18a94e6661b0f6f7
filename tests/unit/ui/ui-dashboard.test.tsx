// The dashboard container against a throwaway database. The bundle builders are faked so the
// test pins what the dashboard does (what it gathers, how it names and saves the zip), not how
// src/export builds the bundle, which has tests of its own.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { EvidenceSet, StoredTerms } from '../../../src/shared/model';
import { DashboardApp } from '../../../src/ui/dashboard/dashboard-app';
import { button, click, find, labelled, ROOM_A, ROOM_B, storedConversation, storedMessage, throwawayStore, type, waitFor } from './ui-fixtures';

const built = vi.hoisted(() => ({ sets: [] as EvidenceSet[], fail: false }));
vi.mock('../../../src/export', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/export')>()),
  buildBundle: async (set: EvidenceSet) => {
    if (built.fail) throw new Error('report.html could not be built');
    built.sets.push(set);
    return new Map([['datapackage.json', new TextEncoder().encode(JSON.stringify({ name: 'upwork-evidence-2026-03-20-dana-whitfield' }))]]);
  },
  signBundleFiles: async (files: Map<string, Uint8Array>) => files,
  zipBundle: async () => new Uint8Array([80, 75, 5, 6]),
  exhibitCards: () => [],
  // Trusted time is off here (no service worker): an unsigned stand-in is not stamped.
  bundleSignature: () => null,
  withTimeStamp: (files: Map<string, Uint8Array>) => files,
}));

const SOFTWARE = { name: 'Evidence Locker for Upwork', version: '0.1.0' };
const store = throwawayStore();
beforeEach(async () => {
  built.sets = [];
  built.fail = false;
});

async function seed() {
  await store.db.conversations.bulkPut([storedConversation(ROOM_A, 'Dana Whitfield'), storedConversation(ROOM_B, 'Sam Ortiz', { lastCapturedAt: '2026-03-19T15:00:00Z' })]);
  await store.db.messages.bulkPut([
    storedMessage(1, { text: 'The invoice is attached' }),
    storedMessage(2, { text: 'Thanks, paying today' }),
    storedMessage(3, { conversationId: ROOM_B, text: 'Logo drafts attached' }),
  ]);
}

async function mountDashboard(saveFile = vi.fn()) {
  return store.mount(<DashboardApp software={SOFTWARE} saveFile={saveFile} />);
}

async function choose(select: HTMLSelectElement, optionText: string) {
  const option = [...select.options].find((o) => o.text === optionText);
  if (!option) throw new Error(`No option ${optionText}`);
  await act(() => {
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const articleCount = (n: number) => () => expect(store.container!.querySelectorAll('article')).toHaveLength(n);
const nav = (root: HTMLElement) => find(root, 'nav[aria-label="Conversations"]');
const navButton = (root: HTMLElement, title: string) => {
  const found = [...nav(root).querySelectorAll('button')].filter((b) => (b.textContent ?? '').startsWith(title));
  if (found.length !== 1) throw new Error(`No conversation button for ${title}`);
  return found[0]!;
};

describe('dashboard', () => {
  it('shows this device\'s signing key fingerprint, made on first open', async () => {
    const root = await mountDashboard();
    const shown = await waitFor(() => {
      const text = find(root, '.signing-key').textContent ?? '';
      expect(text).toMatch(/Key fingerprint ([0-9a-f]{4} ){15}[0-9a-f]{4}/);
      return text;
    });
    const stored = await store.db.signingKeys.get('install');
    expect(shown).toContain(String(stored?.fingerprint).replace(/(.{4})(?=.)/g, '$1 '));
  });

  it('shows the first-run hint when nothing is stored', async () => {
    const root = await mountDashboard();
    await waitFor(() => expect(root.textContent).toContain('No evidence yet: open an Upwork conversation and press Capture evidence'));
  });

  it('lists conversations by title and filters the messages to the one selected', async () => {
    await seed();
    const root = await mountDashboard();
    await waitFor(articleCount(3));
    await click(navButton(root, 'Dana Whitfield'));
    await waitFor(() => expect(find(root, '.list-count').textContent).toBe('2 messages'));
    await click(navButton(root, 'Sam Ortiz'));
    await waitFor(articleCount(1));
    expect(navButton(root, 'Sam Ortiz').getAttribute('aria-current')).toBe('true');
    expect(find(root, '.conversation-header h2').textContent).toBe('Sam Ortiz');
    await click(button(nav(root), 'All conversations'));
    await waitFor(articleCount(3));
    await waitFor(() => expect(find(root, '.list-count').textContent).toBe('3 messages'));
  });

  it('tags a conversation from its header', async () => {
    await seed();
    const root = await mountDashboard();
    await click(await waitFor(() => navButton(root, 'Dana Whitfield')));
    const group = await waitFor(() => find(root, '[aria-label="Tags for this conversation"]'));
    await click(button(group, 'Scope'));
    await waitFor(() => expect(button(group, 'Scope').getAttribute('aria-pressed')).toBe('true'));
    expect((await store.db.conversations.get(ROOM_A))?.tags).toEqual(['scope']);
  });

  it('saves message tags, key evidence and notes to the store', async () => {
    await seed();
    const root = await mountDashboard();
    const id = storedMessage(1).id;
    const article = await waitFor(() => find(root, `article[data-message-id="${id}"]`));
    // Compact cards: tags are a menu and the note opens on demand.
    await click(button(article, 'Tags T'));
    await click(button(article, 'Billing'));
    await click(labelled(article, 'Key evidence'));
    await click(button(article, 'Add note N'));
    await type(labelled<HTMLTextAreaElement>(article, 'Note'), 'Sent after the deadline');
    await click(button(article, 'Save note'));
    await waitFor(async () => {
      const stored = await store.db.messages.get(id);
      expect([stored?.tags, stored?.key, stored?.note]).toEqual([['billing'], true, 'Sent after the deadline']);
    });
    await waitFor(() => expect(find(root, `article[data-message-id="${id}"] [aria-label="Tags set"]`).textContent).toBe('Billing'));
  });

  it('tags, marks and notes a contract from its terms view', async () => {
    await seed();
    await store.db.terms.put(storedContract());
    const root = await mountDashboard();
    await click(await waitFor(() => button(find(root, 'nav[aria-label="Contracts and terms"]'), 'Shopify store migration Contract')));
    const view = await waitFor(() => find(root, 'article.terms'));
    await click(button(find(view, '[aria-label="Tags for these terms"]'), 'Scope'));
    await click(labelled(view, 'Key evidence'));
    await type(labelled<HTMLTextAreaElement>(view, 'Note'), 'The scope both sides agreed');
    await click(button(view, 'Save note'));
    await waitFor(async () => {
      const stored = await store.db.terms.get('contract:38123456');
      expect([stored?.tags, stored?.key, stored?.note]).toEqual([['scope'], true, 'The scope both sides agreed']);
    });
    // Each write is its own custody event; clicks may land in any order. The dashboard's first
    // open also makes this install's signing key, once its first content is drawn.
    await waitFor(async () =>
      expect((await store.db.custody.toArray()).map((e) => `${e.event} ${e.subject} ${String(e.detail['tag'] ?? '')}`).sort()).toEqual([
        'key signing-key ',
        'noted contract:38123456 ',
        'tagged contract:38123456 key',
        'tagged contract:38123456 scope',
      ]),
    );
  });

  it('filters by search words, tag and key evidence', async () => {
    await seed();
    await store.db.messages.update(storedMessage(2).id, { tags: ['billing'], key: true });
    const root = await mountDashboard();
    await waitFor(articleCount(3));
    await type(labelled<HTMLInputElement>(root, 'Search messages'), 'attached');
    await waitFor(articleCount(2));
    // The matched words are marked in each card, as text.
    expect([...root.querySelectorAll('.message-text mark')].map((m) => m.textContent?.toLowerCase())).toEqual(['attached', 'attached']);
    // Markup and pattern characters in a query are neither HTML nor a pattern: they find nothing and inject nothing.
    await type(labelled<HTMLInputElement>(root, 'Search messages'), '<img src=x onerror=alert(1)> .*');
    await waitFor(() => find(root, '.empty'));
    expect(root.querySelector('img')).toBeNull();
    await type(labelled<HTMLInputElement>(root, 'Search messages'), '');
    const select = labelled<HTMLSelectElement>(root, 'Filter by tag');
    await act(() => {
      select.value = 'billing';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(articleCount(1));
    await act(() => {
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(labelled(root, 'Key evidence only'));
    await waitFor(articleCount(1));
  });

  it('opens a search result in its conversation', async () => {
    await seed();
    const root = await mountDashboard();
    await waitFor(articleCount(3));
    await type(labelled<HTMLInputElement>(root, 'Search messages'), 'logo');
    await waitFor(articleCount(1));
    await click(button(root, 'Open in conversation'));
    // The room's own list, unfiltered by words, holding the result.
    await waitFor(() => expect(labelled<HTMLInputElement>(root, 'Search messages').value).toBe(''));
    await waitFor(() => expect([...root.querySelectorAll('article .message-text')].map((p) => p.textContent)).toEqual(['Logo drafts attached']));
    expect(root.querySelector('[aria-current="true"], [aria-current="page"]')?.textContent).toContain('Sam Ortiz');
  });

  it('adds a custom tag that can then be toggled and filtered on', async () => {
    await seed();
    const root = await mountDashboard();
    await waitFor(articleCount(3));
    await type(labelled<HTMLInputElement>(root, 'New tag'), 'Refund');
    await choose(labelled<HTMLSelectElement>(root, 'Colour'), 'Red');
    await click(button(root, 'Add tag'));
    await waitFor(() => expect([...labelled<HTMLSelectElement>(root, 'Filter by tag').options].map((o) => o.text)).toContain('Refund'));
    const article = find(root, 'article');
    await click(button(article, 'Tags T'));
    const toggle = find<HTMLButtonElement>(article, 'button.tag-toggle--custom');
    expect(toggle.textContent).toBe('Refund');
    expect(find<HTMLElement>(toggle, '.tag-swatch').style.backgroundColor).toMatch(/#d93f3f|rgb\(217, 63, 63\)/);
    // Its colour changes in place, each change in custody.
    await choose(find<HTMLSelectElement>(root, 'select[aria-label="Colour of Refund"]'), 'Green');
    await waitFor(async () => expect(await store.db.tags.get('custom:refund')).toMatchObject({ color: '#2f8a3a' }));
    expect((await store.db.custody.filter((e) => e.event === 'tag').toArray()).map((e) => [e.event, e.detail.color])).toEqual([['tag', '#d93f3f'], ['tag', '#2f8a3a']]);
  });

  it('exports what the current filter shows as one zip named after the bundle', async () => {
    await seed();
    const saveFile = vi.fn();
    const root = await mountDashboard(saveFile);
    await click(await waitFor(() => navButton(root, 'Sam Ortiz')));
    await waitFor(() => expect(find(root, '#export-scope').textContent).toBe('Exports 1 message'));
    await click(button(root, 'Export evidence'));
    await waitFor(() => expect(find(root, '[role="status"]').textContent).toBe('Exported 1 message to upwork-evidence-2026-03-20-dana-whitfield.zip'));
    expect(built.sets[0]?.messages.map((m) => m.id)).toEqual([storedMessage(3).id]);
    expect(built.sets[0]?.software).toEqual(SOFTWARE);
    expect(saveFile).toHaveBeenCalledWith(new Uint8Array([80, 75, 5, 6]), 'upwork-evidence-2026-03-20-dana-whitfield.zip');
  });

  it('says plainly when an export fails', async () => {
    await seed();
    built.fail = true;
    const saveFile = vi.fn();
    const root = await mountDashboard(saveFile);
    await waitFor(() => expect(button(root, 'Export evidence').hasAttribute('disabled')).toBe(false));
    await click(button(root, 'Export evidence'));
    await waitFor(() => expect(find(root, '[role="status"]').textContent).toBe('Export failed: report.html could not be built'));
    expect(saveFile).not.toHaveBeenCalled();
  });
});

function storedContract(): StoredTerms {
  const contract = {
    id: '38123456', title: 'Shopify store migration', type: 'fixed' as const, client: 'Dana Whitfield', freelancer: 'Priya Raman', status: 'Active',
    rate: null, weeklyLimit: null, manualTimeAllowed: null, budget: { value: '2400.00', currency: 'USD' }, inEscrow: null, startDate: '2026-03-03',
    terms: 'Migrate the store.', milestones: [],
  };
  return {
    id: 'contract:38123456', kind: 'contract', title: 'Shopify store migration', url: 'https://www.upwork.com/nx/wm/workroom/38123456',
    record: { kind: 'contract', contract }, versions: [], firstCapturedAt: '2026-03-20T10:00:00Z', lastCapturedAt: '2026-03-20T10:00:00Z',
    captureIds: ['cap_1'], tags: [], note: '', key: false,
  };
}
