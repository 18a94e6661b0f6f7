// A search finds contracts and other terms pages as well as messages: listed above the messages
// with their kind and the part that matched, the words marked, each opening the contract view.
// The pages listed are those the export's rule (termsMatchFilter) takes for the same words.
import { afterEach, describe, expect, it } from 'vitest';
import { termsMatchFilter } from '../../../src/shared/evidence-filter';
import type { StoredTerms } from '../../../src/shared/model';
import { cutAhead, excerpt, matchedPart, matchTerms, searchTerms } from '../../../src/ui/components/search/terms-matches';
import { TermsMatchList } from '../../../src/ui/components/search/terms-match-list';
import { OpenRecordContext } from '../../../src/ui/components/terms/record-link';
import { DashboardApp } from '../../../src/ui/dashboard/dashboard-app';
import { button, click, find, labelled, mount, ROOM_A, storedConversation, storedMessage, throwawayStore, type, unmount, waitFor } from '../ui/ui-fixtures';
import { fixtureRecord, section, storedTerms } from '../ui/ui-terms-fixtures';

const FIXED = storedTerms(fixtureRecord('contract-fixed'));
const HOURLY = storedTerms(fixtureRecord('contract-hourly'));
const WEEK = storedTerms(fixtureRecord('contract-hourly.timesheet'));
const OFFER = storedTerms(fixtureRecord('offer'));
const JOB = storedTerms(fixtureRecord('job-post'));
const ALL = [FIXED, HOURLY, WEEK, OFFER, JOB];
const ids = (found: StoredTerms[]) => found.map((t) => t.id);

describe('which terms a search finds', () => {
  it('finds a contract by a word only its terms hold, and says which part holds it', () => {
    const [found, ...rest] = matchTerms(ALL, 'timeline');
    expect(rest).toEqual([]);
    expect(found!.id).toBe('contract:38123456');
    const part = matchedPart(found!, 'timeline');
    expect(part?.key).toBe('terms');
    expect(excerpt(part!.text, 'timeline')).toMatch(/^….*milestone timeline\.$/);
  });

  it('needs no part beside a title that holds every word, and takes the part holding what the title lacks', () => {
    expect(ids(matchTerms([FIXED], 'shopify headless'))).toEqual([FIXED.id]);
    expect(matchedPart(FIXED, 'shopify headless')).toBeNull();
    const mixed = matchedPart(FIXED, 'shopify priya');
    expect([mixed?.key, mixed?.text]).toEqual(['freelancer', 'Priya Raman']);
    // A note is searched as the export searches it.
    expect(ids(matchTerms([storedTerms(fixtureRecord('offer'), { note: 'Client asked for a discount' })], 'discount'))).toEqual([OFFER.id]);
  });

  it('agrees with the export on every page for every query', () => {
    for (const query of ['liquid', 'timeline', 'shopify', 'usd', 'priya', 'milestone next', 'ops on-call', 'dana', '2026', 'nothing-here', 'cart checkout']) {
      const exported = ALL.filter((t) => termsMatchFilter(t, { text: query })).map((t) => t.id);
      expect(ids(matchTerms(ALL, query)), query).toEqual(exported);
    }
  });

  it('finds nothing for markup or pattern characters, and for no words at all', () => {
    expect(matchTerms(ALL, '<script> .* ( \\')).toEqual([]);
    expect(matchTerms(ALL, '   ')).toEqual([]);
  });

  it("narrows to a conversation's or a case's contracts, and by tag and key evidence", () => {
    expect(ids(searchTerms(ALL, { text: 'ops' }))).toEqual([HOURLY.id, WEEK.id].filter((id) => ids(matchTerms(ALL, 'ops')).includes(id)));
    expect(ids(searchTerms(ALL, { text: 'usd' }, new Set(['38123456'])))).toEqual([FIXED.id]);
    const tagged = storedTerms(fixtureRecord('contract-fixed'), { tags: ['billing'], key: true });
    expect(ids(searchTerms([tagged, HOURLY], { text: 'usd', tagId: 'billing' }))).toEqual([tagged.id]);
    expect(ids(searchTerms([tagged, HOURLY], { text: 'usd', keyOnly: true }))).toEqual([tagged.id]);
  });

  it('finds the same once the words are cut ahead, and stops cutting when the page no longer wants it', async () => {
    const fresh = ALL.map((t) => ({ ...t }));
    let pauses = 0;
    await cutAhead(fresh, async () => ++pauses < 2, 2);
    expect(pauses).toBe(2);
    await cutAhead(fresh, async () => true, 2);
    expect(ids(matchTerms(fresh, 'timeline'))).toEqual([FIXED.id]);
  });

  it('cuts a long text around its first match', () => {
    const long = `${'word '.repeat(40)}needle ${'more '.repeat(40)}`;
    const cut = excerpt(long, 'needle', 60);
    expect(cut.length).toBeLessThanOrEqual(62);
    expect(cut).toContain('needle');
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true);
    expect(excerpt('short text', 'needle')).toBe('short text');
  });
});

describe('the list of terms pages found', () => {
  let container: HTMLElement | undefined;
  afterEach(async () => {
    if (container) await unmount(container);
  });

  it('links each page to its contract view, with its kind and the matched part marked', async () => {
    const opened: unknown[] = [];
    container = await mount(
      <OpenRecordContext.Provider value={(target) => opened.push(target)}>
        <TermsMatchList matches={matchTerms(ALL, 'existing')} query="existing" />
      </OpenRecordContext.Provider>,
    );
    const list = section(container, 'Contracts and terms pages');
    expect(list.querySelector('h3')?.textContent).toBe('Contracts and terms pages (1)');
    const link = find<HTMLAnchorElement>(list, 'a');
    expect([link.textContent, link.getAttribute('href')]).toEqual([FIXED.title, `#terms=${encodeURIComponent(FIXED.id)}`]);
    expect(list.querySelector('li')?.textContent).toMatch(/ · Contract · Description: Migrate the existing Shopify Liquid theme/);
    expect([...list.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['existing']);
    await click(link);
    expect(opened).toEqual([{ kind: 'terms', id: FIXED.id }]);
  });

  it('lists a few, then all on request', async () => {
    const many = Array.from({ length: 7 }, (_, i) => storedTerms(fixtureRecord('offer'), { id: `offer:${i}` }));
    container = await mount(<TermsMatchList matches={matchTerms(many, 'usd')} query="usd" />);
    expect(container.querySelectorAll('li')).toHaveLength(5);
    await click(button(container, 'Show all 7 pages'));
    expect(container.querySelectorAll('li')).toHaveLength(7);
  });

  it('shows nothing when no page matches', async () => {
    container = await mount(<TermsMatchList matches={[]} query="liquid" />);
    expect(container.querySelector('.terms-matches')).toBeNull();
  });
});

describe('searching in the dashboard', () => {
  const store = throwawayStore();

  it('lists the contract a word finds above the messages it finds, and opens the contract view from it', async () => {
    await store.db.conversations.put(storedConversation(ROOM_A, 'Dana Whitfield', { contractIds: ['38123456'] }));
    await store.db.messages.bulkPut([storedMessage(1, { text: 'The Liquid theme is gone' }), storedMessage(2, { text: 'Logo drafts attached' })]);
    await store.db.terms.bulkPut([FIXED, HOURLY]);
    const root = await store.mount(<DashboardApp software={{ name: 'Evidence Locker for Upwork', version: '0.1.0' }} />);
    await waitFor(() => find(root, 'article[data-message-id]'));
    await type(labelled<HTMLInputElement>(root, 'Search messages'), 'liquid');
    const found = await waitFor(() => section(root, 'Contracts and terms pages'));
    expect([...found.querySelectorAll('a')].map((a) => a.textContent)).toEqual([FIXED.title]);
    await waitFor(() => expect([...root.querySelectorAll('article .message-text')].map((p) => p.textContent)).toEqual(['The Liquid theme is gone']));
    // Words no page holds: no list of pages.
    await type(labelled<HTMLInputElement>(root, 'Search messages'), 'logo');
    await waitFor(() => expect(root.querySelector('.terms-matches')).toBeNull());
    await type(labelled<HTMLInputElement>(root, 'Search messages'), 'liquid');
    await waitFor(() => expect(find(root, '.list-count').textContent).toBe('1 message'));
    await click(await waitFor(() => find(section(root, 'Contracts and terms pages'), 'a')));
    expect((await waitFor(() => find(root, 'article.terms'))).getAttribute('aria-label')).toBe(FIXED.title);
  });
});
