// Terms records as stored, built from the extractor's expected output for the fixture pages, for
// the ui-terms*.test.tsx files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StoredTerms, TermsRecord } from '../../../src/shared/model';
import { termsId, termsTitle } from '../../../src/shared/terms-identity';

const TERMS = path.resolve(import.meta.dirname, '../../fixtures/terms');

export function fixtureRecord(name: string): TermsRecord {
  return JSON.parse(readFileSync(path.join(TERMS, `${name}.expected.json`), 'utf8')) as TermsRecord;
}

export function storedTerms(record: TermsRecord, overrides: Partial<StoredTerms> = {}): StoredTerms {
  return {
    id: termsId(record), kind: record.kind, title: termsTitle(record), url: 'https://www.upwork.com/nx/wm/workroom/38123456',
    record, versions: [], firstCapturedAt: '2026-03-20T10:00:00Z', lastCapturedAt: '2026-03-20T10:00:00Z',
    captureIds: ['cap_1'], tags: [], note: '', key: false, ...overrides,
  };
}

/** The rows of a table as [header or first cell, …cells] texts. */
export function tableRows(table: Element): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

export function section(root: ParentNode, name: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[aria-label="${name}"]`);
  if (!found) throw new Error(`No section named "${name}"`);
  return found;
}
