// The year, title and activity fixes end to end on a contract page in a layout no other fixture
// has (tests/fixtures/terms/contract-table-sublines.html): a milestone table whose title cells
// carry a sub-line, due dates without a year nine months after the start, "Project funds", and
// an activity feed of role=listitem entries. Captured, exported, verified.
import path from 'node:path';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { captureThroughButton, exportFromDashboard, openRoom } from '../../scripts/lib/capture-flow';
import { verifyBundle } from '../../src/export';
import { launchForTest } from './launch';

const ROUTE = '/nx/wm/workroom/61234567';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchForTest();
  await serveUpwork(browser.context, { [ROUTE]: path.resolve(import.meta.dirname, '../fixtures/terms/contract-table-sublines.html') });
});

afterAll(async () => {
  await browser?.close();
});

describe('a contract page in a layout not seen before', () => {
  it('is captured, exported with the right years, titles and dated activity, and verifies', async () => {
    const page = await openRoom(browser, `https://www.upwork.com${ROUTE}`);
    expect(await captureThroughButton(page)).toMatch(/^Captured the contract/);
    await page.close();

    const dashboard = await browser.extensionPage('dashboard');
    const saved = path.join(tmpdir(), `unseen-layout-${Date.now()}.zip`);
    await (await exportFromDashboard(dashboard)).saveAs(saved);
    await dashboard.close();
    const bytes = new Uint8Array(readFileSync(saved));
    expect((await verifyBundle(bytes)).problems).toEqual([]);
    const evidence = JSON.parse(await (await JSZip.loadAsync(bytes)).file('evidence.json')!.async('string'));
    const contract = evidence.contracts.find((c: { id: string }) => c.id === '61234567');

    expect(contract.milestones.map((m: { title: string }) => m.title)).toEqual(['Landing page', 'Checkout flow', 'Analytics and handover']);
    expect(contract.milestones[0].status).toBe('Paid');
    expect(contract.milestones[1]).toMatchObject({ dueDate: '2026-03-13', dueText: 'Mar 13', status: 'Active & funded' });
    expect(contract.inEscrow).toEqual({ value: '700.00', currency: 'USD' });
    expect(contract.events.map((e: { kind: string; date: string }) => `${e.date} ${e.kind}`)).toEqual([
      '2026-03-02 milestone-funded',
      '2026-03-10 work-submitted',
      '2026-03-12 milestone-released',
      '2026-03-12 milestone-funded',
      '2026-03-13 work-submitted',
      '2026-03-16 changes-requested',
    ]);
    expect(contract.events.at(-1)).toMatchObject({ milestone: 'Milestone 2', message: 'Add Apple Pay to the checkout' });
  });
});
