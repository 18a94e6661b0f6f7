// Job posts, offers, proposals and timesheets as evidence end to end: each page captured through
// its own Capture evidence button, listed in the dashboard under Contracts and terms, and
// exported in evidence.json's jobPosts, offers, proposals and timesheets with the terms read.
import path from 'node:path';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { captureThroughButton, exportFromDashboard, openRoom } from '../../scripts/lib/capture-flow';
import { verifyBundle } from '../../src/export';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/terms');
/** [page path, fixture, the status a capture ends with]. */
const PAGES = [
  ['/jobs/BigQuery-dbt-engineer-for-Shopify-sales-reporting_~021996584412077301588', 'job-post-hourly.html', 'Captured the job post'],
  ['/nx/wm/offers/1899770034567890123', 'offer-hourly.html', 'Captured the offer'],
  ['/nx/proposals/1899770076543210987', 'proposal-milestones.html', 'Captured the proposal'],
  ['/nx/wm/workroom/40566110/timesheet', 'timesheet-week.html', 'Captured the timesheet'],
] as const;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchForTest();
  await serveUpwork(browser.context, Object.fromEntries(PAGES.map(([route, file]) => [route, path.join(FIXTURES, file)])));
});

afterAll(async () => {
  await browser?.close();
});

describe('job posts, offers, proposals and timesheets as evidence', () => {
  it.each(PAGES)('captures %s through its Capture evidence button', async (route, _file, status) => {
    const query = route.endsWith('/timesheet') ? '?timesheetDate=2026-03-04' : '';
    const page = await openRoom(browser, `https://www.upwork.com${route}${query}`);
    expect(await captureThroughButton(page)).toBe(status);
    await page.close();
  });

  it('lists each under Contracts and terms in the dashboard, with its terms', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    const nav = dashboard.getByRole('navigation', { name: 'Contracts and terms' });
    await expect.poll(() => nav.getByRole('button').count()).toBe(4);
    expect((await nav.getByRole('button').allTextContents()).map((t) => t.trim().split(/\s+/).at(-1))).toEqual(expect.arrayContaining(['post', 'Offer', 'Proposal', 'Timesheet']));
    await nav.getByRole('button', { name: /Offer$/ }).click();
    const facts = await dashboard.locator('article.terms').getByRole('table', { name: 'Terms' }).innerText();
    expect(facts).toMatch(/Weekly limit\s+20 hours a week/);
    expect(facts).toMatch(/Manual time allowed\s+Yes/);
    // An hourly offer has no price: the field is left out, not shown empty.
    expect(facts).not.toMatch(/Price|\(none\)/);
    await dashboard.close();
  });

  it('exports them in evidence.json beside the contracts, and the bundle verifies', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    const saved = path.join(tmpdir(), `terms-pages-${Date.now()}.zip`);
    await (await exportFromDashboard(dashboard)).saveAs(saved);
    const bytes = new Uint8Array(readFileSync(saved));
    expect((await verifyBundle(bytes)).problems).toEqual([]);
    const evidence = JSON.parse(await (await JSZip.loadAsync(bytes)).file('evidence.json')!.async('string'));
    expect(evidence.contracts).toEqual([]);
    expect(evidence.jobPosts).toEqual([expect.objectContaining({ type: 'hourly', hourlyRange: expect.objectContaining({ min: expect.anything() }) })]);
    expect(evidence.offers).toEqual([expect.objectContaining({ type: 'hourly', rate: { value: '55.00', currency: 'USD', per: 'hour' }, weeklyLimit: 20, manualTimeAllowed: true })]);
    expect(evidence.proposals[0].milestones).toHaveLength(4);
    expect(evidence.timesheets[0]).toMatchObject({ contractId: '40566110', weekStart: '2026-03-02' });
    await dashboard.close();
  });
});
