// Each terms fixture page against its reviewed <case>.expected.json (tests/fixtures/terms/; each
// page's header comment says what it exercises and what is guessed).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTerms, type TermsExtraction, type TermsPageKind } from '../../../src/extractors/terms';

const DIR = path.join(import.meta.dirname, '../../fixtures/terms');

function loadTermsPage(name: string): Document {
  return new DOMParser().parseFromString(fs.readFileSync(path.join(DIR, `${name}.html`), 'utf8'), 'text/html');
}

function expected(name: string): TermsExtraction {
  return JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as TermsExtraction;
}

const W = 'https://www.upwork.com';
/** [case, URL, page kind, capture day]. The two shared pages are copied unchanged from ../shared/fixtures/upwork/. */
const TERMS_CASES: ReadonlyArray<readonly [string, string, TermsPageKind, string]> = [
  ['contract-fixed', `${W}/nx/wm/workroom/38123456/overview`, 'contract', '2026-03-21'],
  ['contract-hourly', `${W}/nx/wm/workroom/40566110/overview`, 'contract', '2026-03-19'],
  ['contract-fixed-labels', `${W}/ab/contracts/41069448`, 'contract', '2026-07-20'],
  ['contract-hourly-variant', `${W}/nx/wm/workroom/38901192`, 'contract', '2026-04-06'],
  ['contract-v1', `${W}/nx/wm/workroom/52004417`, 'contract', '2026-05-04'],
  ['contract-v2', `${W}/nx/wm/workroom/52004417`, 'contract', '2026-05-18'],
  ['contract-table-sublines', `${W}/nx/wm/workroom/61234567`, 'contract', '2026-12-04'],
  ['timesheet-week', `${W}/nx/wm/workroom/40566110/timesheet?timesheetDate=2026-03-04`, 'timesheet', '2026-03-10'],
  ['contract-hourly.timesheet', `${W}/nx/wm/workroom/40566110/timesheet?timesheetDate=2026-03-09`, 'timesheet', '2026-03-19'],
  ['timesheet-week-variant', `${W}/nx/wm/workroom/41877203/timesheet`, 'timesheet', '2026-01-07'],
  ['job-post', `${W}/jobs/Shopify-store-migration-headless-Next-storefront_~022031418853377121212`, 'job-post', '2026-02-27'],
  ['job-post-hourly', `${W}/jobs/BigQuery-dbt-engineer-for-Shopify-sales-reporting_~021996584412077301588`, 'job-post', '2025-12-15'],
  ['offer', `${W}/nx/wm/offers/1899770012345678901`, 'offer', '2026-03-01'],
  ['offer-hourly', `${W}/nx/wm/offers/1899770034567890123`, 'offer', '2025-12-18'],
  ['proposal', `${W}/nx/proposals/1899770098765432109`, 'proposal', '2026-01-08'],
  ['proposal-milestones', `${W}/nx/proposals/1899770076543210987`, 'proposal', '2026-01-12'],
];

/** "contract-hourly.timesheet" reads the page contract-hourly.html as a timesheet. */
const pageOf = (name: string) => name.split('.')[0] ?? name;

describe('extractTerms on fixture pages', () => {
  it.each(TERMS_CASES)('%s matches its reviewed expectation', (name, url, kind, day) => {
    expect(extractTerms(loadTermsPage(pageOf(name)), new URL(url), kind, { referenceDate: day })).toEqual(expected(name));
  });

  it('reads the same page the same way twice', () => {
    const run = () => extractTerms(loadTermsPage('contract-fixed-labels'), new URL(`${W}/ab/contracts/41069448`), 'contract', { referenceDate: '2026-07-20' });
    expect(run()).toEqual(run());
  });
});
