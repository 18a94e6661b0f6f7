// Pages that are not what their URL says -> ExtractionError with a plain-words message, so the
// capture is kept as "structured data not recognised" (design/architecture.md: always a fallback).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../../src/extractors/dom';
import { extractionErrorOf, parseHtml } from '../helpers/html-page';
import { extractTerms, type TermsPageKind } from '../../../src/extractors/terms';

const W = 'https://www.upwork.com';
const DAY = { referenceDate: '2026-03-21' };

describe('terms pages that are not recognised', () => {
  it('an error page at a contract URL (fixture not-recognised-contract.html)', () => {
    const doc = parseHtml(fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/terms/not-recognised-contract.html'), 'utf8'));
    const error = extractionErrorOf(() => extractTerms(doc, new URL(`${W}/nx/wm/workroom/38123456`), 'contract', DAY));
    expect(error.message).toBe(
      "The contract terms were not recognised on this page (no 'Hourly rate', 'Weekly limit', 'Milestones' or 'Project price' label). " +
        'The page may have changed; its copy and screenshots are still kept.',
    );
    expect(error.field).toBe('contract terms');
  });

  it.each([
    ['timesheet', `${W}/nx/wm/workroom/40566110/timesheet`],
    ['job-post', `${W}/jobs/~022031418853377121212`],
    ['offer', `${W}/nx/wm/offers/123`],
    ['proposal', `${W}/nx/proposals/456`],
  ] as const)('an empty %s page', (kind: TermsPageKind, url) => {
    const error = extractionErrorOf(() => extractTerms(parseHtml('<main><h1>Loading…</h1></main>'), new URL(url), kind, DAY));
    expect(error.message).toMatch(/were not recognised on this page \(no '.+' label\)\. The page may have changed; its copy and screenshots are still kept\.$/);
  });

  it('a loading skeleton with only a title is not a contract', () => {
    expect(() => extractTerms(parseHtml('<h1>Contract</h1><div class="skeleton"></div>'), new URL(`${W}/ab/contracts/1234567`), 'contract', DAY)).toThrow(ExtractionError);
  });

  it('a URL without an id cannot name the record', () => {
    const page = parseHtml('<h1>T</h1><dl><dt>Hourly rate</dt><dd>$45.00/hr</dd></dl>');
    expect(() => extractTerms(page, new URL(`${W}/nx/wm/contracts`), 'contract', DAY)).toThrow(/no contract number/);
    expect(() => extractTerms(page, new URL(`${W}/jobs/some-slug`), 'job-post', DAY)).toThrow(/no job key/);
  });

  it('rejects a reference date that is not a date (a programming error, not a page problem)', () => {
    const page = parseHtml('<dl><dt>Hourly rate</dt><dd>$45.00/hr</dd></dl>');
    expect(() => extractTerms(page, new URL(`${W}/ab/contracts/1`), 'contract', { referenceDate: '21/03/2026' })).toThrow(RangeError);
    expect(() => extractTerms(page, new URL(`${W}/ab/contracts/1`), 'contract', { referenceDate: new Date(Number.NaN) })).toThrow(RangeError);
  });
});
