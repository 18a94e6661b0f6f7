// Shared by the ui-*.test.tsx files: stored records to render, and a tiny DOM toolkit
// (no testing-library in this project) to mount, find by accessible name, and wait.
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';
import { openEvidenceDb, type EvidenceDb } from '../../../src/storage';
import { EvidenceDbProvider } from '../../../src/ui/hooks/use-db';
import type { StoredCapture, StoredConversation, StoredMessage } from '../../../src/shared/model';
import { message } from '../helpers/capture-input';
// The pages load the export code on use (a dynamic import). In the browser that is a cached file;
// here its first use would transform pkijs and the verifier on the spot, which on a loaded machine
// outlasts waitFor. Loaded up front, as the dashboard's static import used to do.
import '../../../src/export';

export const ROOM_A = 'room_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export const ROOM_B = 'room_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

/** A message as stored, sent at 9:0n AM in New York (14:0n UTC, matching its page text). */
export function storedMessage(n: number, overrides: Partial<StoredMessage> = {}): StoredMessage {
  return {
    ...message(n, { sentAt: new Date(Date.UTC(2026, 2, 2, 14, n)).toISOString().replace('.000Z', 'Z') }),
    conversationId: ROOM_A,
    position: n,
    versions: [],
    deletedSeenAt: null,
    firstCapturedAt: '2026-03-20T15:00:00Z',
    captureIds: ['cap_1'],
    tags: [],
    note: '',
    key: false,
    ...overrides,
  };
}

export function storedConversation(id: string, title: string, overrides: Partial<StoredConversation> = {}): StoredConversation {
  return {
    id,
    title,
    subtitle: `${title} project`,
    url: `https://www.upwork.com/ab/messages/rooms/${id}`,
    participants: [title, 'Priya Raman'],
    contractIds: [],
    tags: [],
    note: '',
    key: false,
    firstCapturedAt: '2026-03-20T15:00:00Z',
    lastCapturedAt: '2026-03-20T15:00:00Z',
    captureIds: ['cap_1'],
    ...overrides,
  };
}

export function storedCapture(id: string, conversationId: string | null, capturedAt: string, overrides: Partial<StoredCapture> = {}): StoredCapture {
  return {
    id,
    url: 'https://www.upwork.com/ab/messages/rooms/x',
    pageKind: 'messages-room',
    title: 'Messages - Upwork',
    capturedAt,
    timeZone: 'America/New_York',
    utcOffsetMinutes: -240,
    browser: 'Chromium 156',
    userAgent: 'test',
    extensionVersion: '0.1.0',
    actions: [],
    files: [],
    sha256: '0'.repeat(64),
    conversationId,
    messageIds: [],
    counts: { total: 16, new: 3, edited: 0, deleted: 0 },
    partial: false,
    ...overrides,
  };
}

/** Renders into a fresh container and flushes effects. */
export async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => render(vnode, container));
  return container;
}

export async function unmount(container: HTMLElement): Promise<void> {
  await act(() => render(null, container));
  container.remove();
}

export interface ThrowawayStore {
  readonly db: EvidenceDb;
  /** What the last `mount` rendered into, until the test ends. */
  readonly container: HTMLElement | undefined;
  /** Renders with this test's database provided, as the extension's pages do. */
  mount(vnode: ComponentChild): Promise<HTMLElement>;
}

/** A fresh database for each test; after it, the UI it mounted is unmounted and the database deleted. */
export function throwawayStore(): ThrowawayStore {
  let db: EvidenceDb | undefined;
  let container: HTMLElement | undefined;
  beforeEach(async () => {
    db = openEvidenceDb(`test-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    if (container) await unmount(container);
    container = undefined;
    await db?.delete();
  });
  const store: ThrowawayStore = {
    get db() {
      if (!db) throw new Error('The throwaway database exists only while a test runs.');
      return db;
    },
    get container() {
      return container;
    },
    async mount(vnode) {
      container = await mount(h(EvidenceDbProvider, { value: store.db }, vnode));
      return container;
    },
  };
  return store;
}

/** An element's accessible name, as far as these tests need it: aria-label, else its text. */
export function accessibleName(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function buttons(root: ParentNode, name: string): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')].filter((b) => accessibleName(b) === name);
}

export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = buttons(root, name);
  if (found.length !== 1) throw new Error(`Expected one button named "${name}", found ${found.length}`);
  return found[0]!;
}

/** The form controls whose <label> text is `label` (every label in this UI wraps a <span> of text and its control). */
export function allLabelled<T extends Element>(root: ParentNode, label: string): T[] {
  return [...root.querySelectorAll('label')]
    .filter((l) => l.querySelector('span')?.textContent?.trim() === label)
    .map((l) => l.querySelector('input, select, textarea'))
    .filter((c): c is Element => c !== null) as T[];
}

export function labelled<T extends Element>(root: ParentNode, label: string): T {
  const found = allLabelled<T>(root, label);
  if (found.length !== 1) throw new Error(`Expected one control labelled "${label}", found ${found.length}`);
  return found[0]!;
}

export async function click(el: Element): Promise<void> {
  await act(() => (el as HTMLElement).click());
}

export async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Polls until `check` stops throwing: live queries answer asynchronously. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
}

/** querySelector that throws when nothing matches, for use inside waitFor. */
export function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found as unknown as T;
}
