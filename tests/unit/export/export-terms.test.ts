// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildBundleFiles, verifyBundle } from '../../../src/export';
import { mergeTerms } from '../../../src/storage/capture/terms-merge';
import type { ContractEvent, ExtractedContract, StoredTerms, TermsRecord } from '../../../src/shared/model';
import { HOSTILE, makeEvidenceSet, text } from './export-fixtures';
import { signedZip } from './export-tamper';
import { schemaErrors } from './export-json-schema';

const contract: ExtractedContract = {
  id: '38123456', title: `Migration ${HOSTILE.img}`, type: 'fixed', client: 'Dana Whitfield', freelancer: 'Priya Raman', status: 'Active',
  rate: null, weeklyLimit: null, manualTimeAllowed: null, budget: { value: '2400.00', currency: 'USD' }, inEscrow: null, startDate: '2026-03-03',
  terms: 'Migrate the store.',
  milestones: [{ title: 'Storefront scaffold', amount: { value: '600.00', currency: 'USD' }, dueDate: '2026-03-18', status: 'Active & funded', description: null }],
};
const v1: TermsRecord = { kind: 'contract', contract };
const v2: TermsRecord = { kind: 'contract', contract: { ...contract, terms: `Migrate the store and add a size chart ${HOSTILE.script}`, milestones: [{ ...contract.milestones[0]!, dueDate: '2026-03-25' }] } };

function storedContract(): StoredTerms {
  const first = mergeTerms(undefined, { record: v1, url: 'https://www.upwork.com/nx/wm/workroom/38123456', captureId: 'cap-1', capturedAt: '2026-03-10T15:00:00Z' }).record;
  return mergeTerms(first, { record: v2, url: 'https://www.upwork.com/nx/wm/workroom/38123456', captureId: 'cap-2', capturedAt: '2026-03-12T15:00:00Z' }).record;
}

describe('contracts in an export', () => {
  const set = { ...makeEvidenceSet(), terms: [storedContract()] };
  const files = buildBundleFiles(set);

  it('lists the contract in contracts[] with its earlier terms in versions', () => {
    const doc = JSON.parse(text(files.get('evidence.json')));
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.contracts).toHaveLength(1);
    expect(doc.contracts[0]).toMatchObject({ id: '38123456', type: 'fixed', budget: { value: '2400.00', currency: 'USD' }, captureIds: ['cap-1', 'cap-2'] });
    expect(doc.contracts[0].versions).toEqual([expect.objectContaining({ terms: 'Migrate the store.', seenAt: '2026-03-10T15:00:00Z', captureId: 'cap-1' })]);
    expect(doc.contracts[0].milestones[0]).toEqual({ title: 'Storefront scaffold', amount: { value: '600.00', currency: 'USD' }, dueDate: '2026-03-25', status: 'Active & funded', description: null });
  });

  it('shows in both reports what changed, before and after, with captured text escaped', () => {
    const html = text(files.get('report.html'));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const section = doc.getElementById('terms');
    expect(section?.textContent).toContain('Terms changed');
    expect(section?.textContent).toContain('Milestone 1 due dateWed, Mar 18, 2026Wed, Mar 25, 2026');
    expect(section?.querySelectorAll('img, script')).toHaveLength(0);
    const md = text(files.get('report.md'));
    expect(md).toContain('Milestone 1 due date: Wed, Mar 18, 2026 → Wed, Mar 25, 2026');
    expect(md).not.toContain('<script');
  });

  it("shows in both reports what the reviewer added to a contract: key mark, tags by name, note", () => {
    const reviewed = { ...storedContract(), key: true, tags: ['scope', 'billing'], note: `Agreed scope ${HOSTILE.script}` };
    const both = buildBundleFiles({ ...makeEvidenceSet(), terms: [reviewed] });
    const doc = new DOMParser().parseFromString(text(both.get('report.html')), 'text/html');
    const facts = [...doc.querySelectorAll('#terms dl.facts dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(facts.slice(0, 3)).toEqual(['Key evidence: marked as key evidence', 'Tags: Scope, Billing', `Note: Agreed scope ${HOSTILE.script}`]);
    // The terms' fields in words, not as record keys.
    // The terms' fields worded as the contract view words them: money in its currency, days as dates, only the fixed-price fields.
    expect(facts).toEqual(expect.arrayContaining(['Type: Fixed price', 'Budget: $2,400.00', 'Start date: Tue, Mar 3, 2026', 'Upwork contract ID: 38123456']));
    expect(facts.join('\n')).not.toMatch(/Manual time|Weekly limit|Hourly rate|\(none\)|2400\.00 USD/);
    // What was captured stays at hand: the amount as the page gave it, the ISO day.
    expect(doc.querySelector('#terms dd span[title="as captured: 2400.00 USD"]')?.textContent).toBe('$2,400.00');
    expect(doc.querySelector('#terms dd time[datetime="2026-03-03"]')?.textContent).toBe('Tue, Mar 3, 2026');
    expect([...doc.querySelectorAll('#terms table')[0]!.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Storefront scaffold', '$600.00', 'Wed, Mar 25, 2026', 'Active & funded']);
    expect(doc.querySelectorAll('#terms script')).toHaveLength(0);
    expect(text(both.get('report.md'))).toContain('- Tags: Scope, Billing');
  });

  it('words an hourly contract by its rate and weekly limit in its own currency, without the fixed-price fields, in both reports', () => {
    const hourly: ExtractedContract = { ...contract, type: 'hourly', rate: { value: '45.00', currency: 'EUR', per: 'hour' }, weeklyLimit: 20, manualTimeAllowed: null, budget: null, startDate: null, milestones: [] };
    const stored = mergeTerms(undefined, { record: { kind: 'contract', contract: hourly }, url: 'https://www.upwork.com/nx/wm/workroom/38123456', captureId: 'cap-1', capturedAt: '2026-03-10T15:00:00Z' }).record;
    const both = buildBundleFiles({ ...makeEvidenceSet(), terms: [stored] });
    const doc = new DOMParser().parseFromString(text(both.get('report.html')), 'text/html');
    const facts = [...doc.querySelectorAll('#terms dl.facts dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(facts).toEqual(expect.arrayContaining(['Type: Hourly', 'Hourly rate: €45.00 an hour', 'Weekly limit: 20 hours a week', 'Manual time allowed: Not shown on the captured page', 'Start date: Not shown on the captured page']));
    expect(facts.join('\n')).not.toMatch(/Budget|In escrow|\(none\)/);
    const md = text(both.get('report.md'));
    expect(md).toContain('- Hourly rate: €45.00 an hour');
    expect(md).not.toMatch(/\(none\)|45\.00 EUR per hour/);
  });

  it("lists the contract's activity in both reports, oldest first, as the page showed each line", () => {
    const events: ContractEvent[] = [
      { kind: 'payment', date: '2026-03-20', at: null, dateText: 'Mar 20', text: `Payment for Milestone 1 ${HOSTILE.script}`, milestone: 'Milestone 1', amount: { value: '600.00', currency: 'USD' }, message: null },
      { kind: 'milestone-funded', date: '2026-03-04', at: null, dateText: 'Mar 4', text: 'Milestone 1 funded', milestone: 'Milestone 1', amount: { value: '600.00', currency: 'USD' }, message: null },
    ];
    const stored = mergeTerms(undefined, { record: { kind: 'contract', contract: { ...contract, events } }, url: 'https://www.upwork.com/nx/wm/workroom/38123456', captureId: 'cap-1', capturedAt: '2026-03-21T15:00:00Z' }).record;
    const both = buildBundleFiles({ ...makeEvidenceSet(), terms: [stored] });
    const doc = new DOMParser().parseFromString(text(both.get('report.html')), 'text/html');
    const activity = [...doc.querySelectorAll('#terms table')].find((table) => table.textContent?.includes('As the page showed it'));
    const rows = [...(activity?.querySelectorAll('tr') ?? [])].slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['Wed, Mar 4, 2026', 'Milestone 1 funded', '$600.00'],
      ['Fri, Mar 20, 2026', `Payment for Milestone 1 ${HOSTILE.script}`, '$600.00'],
    ]);
    expect(doc.querySelectorAll('#terms script')).toHaveLength(0);
    const md = text(both.get('report.md'));
    expect(md).toContain('Activity:\n- Wed, Mar 4, 2026 · Milestone 1 funded · $600.00\n- Fri, Mar 20, 2026 · Payment for Milestone 1');
  });

  it('still verifies', async () => {
    expect((await verifyBundle(await signedZip(files))).problems).toEqual([]);
  });
});
