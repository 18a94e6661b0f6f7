// Contracts, conversations and cases link both ways: a contract lists the conversations that
// name it and the cases that include it, a conversation's header its contracts, a case its
// contracts; each a link that opens the record in the dashboard (or, by its address, in a new tab).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractTerms } from '../../../src/extractors/terms';
import { sha256Hex } from '../../../src/shared/bytes/hash';
import { contractKeys, relatedPages, type ContractKeys } from '../../../src/ui/components/terms/page-keys';
import { createCase, setCaseMember } from '../../../src/storage';
import { ConversationCases } from '../../../src/ui/components/conversations/conversation-cases';
import { OpenRecordContext, recordFromHash, recordHref } from '../../../src/ui/components/terms/record-link';
import { TermsView } from '../../../src/ui/components/terms/terms-view';
import { DashboardApp } from '../../../src/ui/dashboard/dashboard-app';
import type { DisputeCase, TermsRecord } from '../../../src/shared/model';
import { click, find, mount, ROOM_A, storedCapture, ROOM_B, storedConversation, storedMessage, throwawayStore, unmount, waitFor } from './ui-fixtures';
import { fixtureRecord, section, storedTerms } from './ui-terms-fixtures';

const CONTRACT = storedTerms(fixtureRecord('contract-fixed'));
const dana = storedConversation(ROOM_A, 'Dana Whitfield', { contractIds: ['38123456'] });
const sam = storedConversation(ROOM_B, 'Sam Ortiz');

function link(root: ParentNode, name: string): HTMLAnchorElement {
  const found = [...root.querySelectorAll('a')].filter((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim() === name);
  if (found.length !== 1) throw new Error(`Expected one link named "${name}", found ${found.length}`);
  return found[0]!;
}

function roomButton(root: ParentNode, title: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('nav .conversation-button')].find((b) => b.querySelector('.conversation-title')?.textContent === title);
  if (!found) throw new Error(`No conversation button "${title}"`);
  return found;
}

describe('links from a contract', () => {
  let container: HTMLElement | undefined;
  afterEach(async () => {
    if (container) await unmount(container);
  });

  it('lists the conversations that name the contract and the cases that include it, each opening its record', async () => {
    const open = vi.fn();
    const theCase = { id: 'case_1', name: 'Milestone 1 not released', contractIds: ['38123456'] } as DisputeCase;
    const other = { id: 'case_2', name: 'Another client', contractIds: ['99999999'] } as DisputeCase;
    container = await mount(
      <OpenRecordContext.Provider value={open}>
        <TermsView terms={CONTRACT} allTerms={[CONTRACT]} conversations={[dana, sam]} cases={[theCase, other]} tags={[]} onToggleTag={() => {}} onKeyChange={() => {}} onSaveNote={() => {}} />
      </OpenRecordContext.Provider>,
    );
    const links = section(container, 'Linked records');
    expect([...links.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Dana Whitfield', `#conversation=${ROOM_A}`],
      ['Milestone 1 not released', '#case=case_1'],
    ]);
    await click(link(links, 'Dana Whitfield'));
    expect(open).toHaveBeenLastCalledWith({ kind: 'conversation', id: ROOM_A });
    await click(link(links, 'Milestone 1 not released'));
    expect(open).toHaveBeenLastCalledWith({ kind: 'case', id: 'case_1' });
    // A click meant for a new tab is left to the browser and its address.
    link(links, 'Dana Whitfield').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('links a timesheet week to its contract, and the contract to its weeks', async () => {
    const hourly = storedTerms(fixtureRecord('contract-hourly'));
    const week = storedTerms(fixtureRecord('contract-hourly.timesheet'));
    const props = { allTerms: [CONTRACT, hourly, week], conversations: [], tags: [], onToggleTag: () => {}, onKeyChange: () => {}, onSaveNote: () => {} };
    container = await mount(<OpenRecordContext.Provider value={() => {}}><TermsView terms={week} {...props} /></OpenRecordContext.Provider>);
    expect(link(section(container, 'Linked records'), 'Ops dashboard maintenance and on-call fixes').getAttribute('href')).toBe(recordHref({ kind: 'terms', id: 'contract:40566110' }));
    await unmount(container);
    container = await mount(<OpenRecordContext.Provider value={() => {}}><TermsView terms={hourly} {...props} /></OpenRecordContext.Provider>);
    expect([...section(container, 'Linked records').querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([recordHref({ kind: 'terms', id: week.id })]);
  });

  it('says so when no conversation names the contract', async () => {
    container = await mount(
      <OpenRecordContext.Provider value={() => {}}>
        <TermsView terms={CONTRACT} conversations={[sam]} tags={[]} onToggleTag={() => {}} onKeyChange={() => {}} onSaveNote={() => {}} />
      </OpenRecordContext.Provider>,
    );
    expect(section(container, 'Linked records').textContent).toContain('No captured conversation names this contract yet.');
  });

  it('reads back the record a dashboard address names', () => {
    for (const target of [{ kind: 'conversation', id: ROOM_A }, { kind: 'case', id: 'case_1' }, { kind: 'terms', id: 'timesheet:40566110:2026-03-09' }] as const) {
      expect(recordFromHash(recordHref(target))).toEqual(target);
    }
    expect(recordFromHash('')).toBeUndefined();
    expect(recordFromHash('#other=1')).toBeUndefined();
  });
});

describe("a conversation's cases", () => {
  let container: HTMLElement | undefined;
  afterEach(async () => {
    if (container) await unmount(container);
  });

  it('lists the cases that take the room in, by its id or through a contract it names, each a link that opens the case', async () => {
    const open = vi.fn();
    const byRoom = { id: 'case_room', name: 'Scope creep', conversationIds: [ROOM_A], contractIds: [] as string[] } as DisputeCase;
    const byContract = { id: 'case_contract', name: 'Milestone 1 not released', conversationIds: [] as string[], contractIds: ['38123456'] } as DisputeCase;
    const elsewhere = { id: 'case_other', name: 'Another client', conversationIds: [ROOM_B], contractIds: ['99999999'] } as DisputeCase;
    container = await mount(
      <OpenRecordContext.Provider value={open}>
        <ConversationCases conversation={dana} cases={[byRoom, byContract, elsewhere]} />
      </OpenRecordContext.Provider>,
    );
    const line = find(container, '.conversation-cases');
    expect(line.textContent).toBe('Cases: Scope creep, Milestone 1 not released');
    expect([...line.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#case=case_room', '#case=case_contract']);
    // A link with an address: reached with Tab, and opened with Enter as with a click.
    await click(link(line, 'Milestone 1 not released'));
    expect(open).toHaveBeenLastCalledWith({ kind: 'case', id: 'case_contract' });
  });

  it('says nothing when no case takes the room in', async () => {
    const elsewhere = { id: 'case_other', name: 'Another client', conversationIds: [ROOM_A], contractIds: [] as string[] } as DisputeCase;
    container = await mount(<ConversationCases conversation={sam} cases={[elsewhere]} />);
    expect(container.querySelector('.conversation-cases')).toBeNull();
  });
});

const W = 'https://www.upwork.com';
const page = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../../fixtures/terms/${name}.html`), 'utf8');
const JOB = storedTerms(fixtureRecord('job-post'));
const OFFER = storedTerms(fixtureRecord('offer'));
// The proposal the fixed contract's page links to ("View proposal", /nx/proposals/1899770012345678901).
const proposalRecord = fixtureRecord('proposal') as Extract<TermsRecord, { terms: unknown }>;
const PROPOSAL = storedTerms({ ...proposalRecord, terms: { ...proposalRecord.terms, id: '1899770012345678901' } });

describe('a contract and the job post and proposal it came from', () => {
  let container: HTMLElement | undefined;
  afterEach(async () => {
    if (container) await unmount(container);
  });

  it("reads the keys from the contract page's links, the same keys the job post and proposal are stored under", () => {
    const keys = contractKeys(page('contract-fixed'), `${W}/nx/wm/workroom/38123456/overview`);
    expect(keys).toEqual({ jobKey: '~022031418853377121212', proposalId: '1899770012345678901' });
    expect(JOB.record.kind === 'job-post' && JOB.record.jobPost.id).toBe(keys.jobKey);
    // The proposal extractor names a proposal by the number of its own address, as the link does.
    const proposal = extractTerms(new DOMParser().parseFromString(page('proposal'), 'text/html'), new URL(`${W}/nx/proposals/1899770012345678901`), 'proposal', { referenceDate: '2026-01-08' });
    expect(proposal.kind === 'proposal' && proposal.terms.id).toBe(keys.proposalId);
    expect(contractKeys(page('contract-hourly'), `${W}/nx/wm/workroom/40566110/overview`)).toEqual({ jobKey: '~021998877665544332211' });
  });

  it('takes no key a page links to more than once over, nor one off Upwork', () => {
    const two = '<a href="/jobs/A_~021111111111111111111">a</a> <a href="/jobs/~022222222222222222222">b</a> <a href="/nx/proposals/123">p</a>';
    expect(contractKeys(two, `${W}/nx/wm/workroom/1`)).toEqual({ proposalId: '123' });
    expect(contractKeys('<a href="https://evil.example/jobs/~021111111111111111111">x</a><a href="/nx/find-work/">f</a>', `${W}/nx/wm/workroom/1`)).toEqual({});
    expect(contractKeys('<a href="/jobs/~021111111111111111111?ref=a&amp;b=1">x</a><a href="/jobs/A_~021111111111111111111">y</a>', `${W}/nx/wm/workroom/1`)).toEqual({ jobKey: '~021111111111111111111' });
  });

  it('relates a contract to its job post and proposal and back, and never an offer, even one of the same number', () => {
    const all = [CONTRACT, JOB, PROPOSAL, OFFER, storedTerms(fixtureRecord('job-post-hourly'))];
    const keys: Record<string, ContractKeys> = { [CONTRACT.id]: { jobKey: '~022031418853377121212', proposalId: '1899770012345678901' } };
    const keysOf = (id: string) => keys[id];
    expect(relatedPages(CONTRACT, all, keysOf)?.map((t) => t.id)).toEqual([JOB.id, PROPOSAL.id]);
    expect(relatedPages(JOB, all, keysOf)?.map((t) => t.id)).toEqual([CONTRACT.id]);
    expect(relatedPages(PROPOSAL, all, keysOf)?.map((t) => t.id)).toEqual([CONTRACT.id]);
    expect(OFFER.record.kind === 'offer' && OFFER.record.terms.id).toBe('1899770012345678901');
    expect(relatedPages(OFFER, all, keysOf)).toEqual([]);
    // Keys not read yet: not known yet (null), so no view says "none" too soon; read and empty (no page copy): none.
    expect(relatedPages(CONTRACT, all, () => undefined)).toBeNull();
    expect(relatedPages(JOB, all, () => undefined)).toBeNull();
    expect(relatedPages(JOB, all, () => ({}))).toEqual([]);
  });

  it('says it is looking, not that nothing links, while the contracts are read', async () => {
    container = await mount(<TermsView terms={JOB} related={null} tags={[]} onToggleTag={() => {}} onKeyChange={() => {}} onSaveNote={() => {}} />);
    expect(section(container, 'Linked records').textContent).toContain('Looking through the captured contract pages…');
    expect(section(container, 'Linked records').textContent).not.toContain('No captured contract page links to this page.');
  });

  it('says why an offer is not linked', async () => {
    container = await mount(<TermsView terms={OFFER} tags={[]} onToggleTag={() => {}} onKeyChange={() => {}} onSaveNote={() => {}} />);
    expect(section(container, 'Linked records').textContent).toBe('Linked recordsNot linked to a contract: an offer page names no contract number.');
  });
});

describe('in the dashboard', () => {
  const store = throwawayStore();
  afterEach(() => history.replaceState(null, '', location.pathname));

  async function seed(): Promise<DisputeCase> {
    await store.db.conversations.bulkPut([dana, sam]);
    await store.db.messages.bulkPut([storedMessage(1, { text: 'Milestone 1 is submitted' })]);
    await store.db.terms.put(CONTRACT);
    const theCase = await createCase(store.db, 'Milestone 1 not released');
    return setCaseMember(store.db, theCase.id, { contractId: '38123456' }, true);
  }

  const mountDashboard = () => store.mount(<DashboardApp software={{ name: 'Evidence Locker for Upwork', version: '0.1.0' }} />);
  const termsView = (root: HTMLElement) => find(root, 'article.terms');

  it('opens a contract, follows it to its conversation, and back through the conversation header', async () => {
    await seed();
    const root = await mountDashboard();
    await click(await waitFor(() => find(root, 'nav[aria-label="Contracts and terms"] button')));
    await click(link(section(await waitFor(() => termsView(root)), 'Linked records'), 'Dana Whitfield'));
    const header = await waitFor(() => find(root, 'header.conversation-header'));
    expect(header.querySelector('h2')?.textContent).toBe('Dana Whitfield');
    await waitFor(() => expect(root.querySelector('article[data-message-id]')).not.toBeNull());
    expect(header.querySelector('.conversation-contracts')?.textContent).toBe('Contract: Shopify store migration to headless Next.js storefront');
    await waitFor(() => expect(header.querySelector('.conversation-cases')?.textContent).toBe('Case: Milestone 1 not released'));
    await click(link(header, 'Shopify store migration to headless Next.js storefront'));
    expect((await waitFor(() => termsView(root))).getAttribute('aria-label')).toBe('Shopify store migration to headless Next.js storefront');
  });

  it('opens a case from its contract, and the contract from the case', async () => {
    await seed();
    const root = await mountDashboard();
    await click(await waitFor(() => find(root, 'nav[aria-label="Contracts and terms"] button')));
    await click(link(section(await waitFor(() => termsView(root)), 'Linked records'), 'Milestone 1 not released'));
    const covers = await waitFor(() => section(root, 'What the case covers'));
    expect(root.querySelector('article.terms')).toBeNull();
    await click(link(covers, 'Open contract Shopify store migration to headless Next.js storefront'));
    await waitFor(() => termsView(root));
  });

  it("opens a case from its conversation's header", async () => {
    await seed();
    const root = await mountDashboard();
    await click(await waitFor(() => roomButton(root, 'Dana Whitfield')));
    await click(await waitFor(() => link(find(root, 'header.conversation-header'), 'Milestone 1 not released')));
    await waitFor(() => expect(section(root, 'What the case covers').textContent).toContain('Shopify store migration'));
    expect(section(root, 'What the case covers').textContent).not.toContain('not captured');
  });

  it("links a contract to its job post through its page copy's links, and the job post back to it", async () => {
    const html = new TextEncoder().encode(page('contract-fixed'));
    const sha256 = sha256Hex(html);
    await store.db.blobs.put({ sha256, mediaType: 'text/html', bytes: html.length, gzip: false, data: html });
    const capture = storedCapture('cap_contract', null, '2026-03-21T10:00:00Z', {
      url: `${W}/nx/wm/workroom/38123456/overview`, pageKind: 'contract', termsId: CONTRACT.id,
      files: [{ path: 'captures/cap_contract/page.html', sha256, bytes: html.length, mediaType: 'text/html' }],
    });
    await store.db.captures.put(capture);
    await store.db.terms.bulkPut([{ ...CONTRACT, captureIds: [capture.id] }, JOB, OFFER]);
    history.replaceState(null, '', recordHref({ kind: 'terms', id: CONTRACT.id }));
    const root = await mountDashboard();
    const links = await waitFor(() => section(termsView(root), 'Linked records'));
    await click(await waitFor(() => link(links, JOB.title)));
    expect((await waitFor(() => termsView(root))).getAttribute('aria-label')).toBe(JOB.title);
    const back = await waitFor(() => link(section(termsView(root), 'Linked records'), CONTRACT.title));
    expect(back.getAttribute('href')).toBe(recordHref({ kind: 'terms', id: CONTRACT.id }));
  });

  it('opens the record its address names, as a link opened in a new tab does', async () => {
    await seed();
    history.replaceState(null, '', recordHref({ kind: 'terms', id: CONTRACT.id }));
    const root = await mountDashboard();
    expect((await waitFor(() => termsView(root))).getAttribute('aria-label')).toBe(CONTRACT.title);
  });
});
