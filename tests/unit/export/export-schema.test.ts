// evidence.schema.json covers every record kind: each terms fixture (contracts fixed and hourly,
// job posts, offers, proposals, timesheets), captured twice with a change, exported and validated
// with a real validator; and a record of each kind that breaks the schema is caught.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundleFiles } from '../../../src/export';
import { mergeTerms } from '../../../src/storage/capture/terms-merge';
import type { TermsRecord } from '../../../src/shared/model';
import { makeEvidenceSet, text } from './export-fixtures';
import { schemaErrors } from './export-json-schema';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/terms');
const records = readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json')).map((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as TermsRecord);

function exported() {
  const terms = records.map((record, i) => {
    const first = mergeTerms(undefined, { record, url: `https://www.upwork.com/x/${i}`, captureId: `cap-${i}`, capturedAt: '2026-03-10T15:00:00Z' }).record;
    // A second capture with the title changed, so every kind carries an earlier state in versions.
    const again = JSON.parse(JSON.stringify(record).replace(/"title":"([^"]*)"/, '"title":"$1 (changed)"')) as TermsRecord;
    return mergeTerms(first, { record: again, url: `https://www.upwork.com/x/${i}`, captureId: `cap-${i}b`, capturedAt: '2026-03-12T15:00:00Z' }).record;
  });
  return JSON.parse(text(buildBundleFiles({ ...makeEvidenceSet(), terms }).get('evidence.json')));
}

describe('evidence.schema.json', () => {
  const doc = exported();

  it('accepts an export holding every kind of terms record', () => {
    for (const kind of ['contracts', 'timesheets', 'jobPosts', 'offers', 'proposals']) expect(doc[kind].length, kind).toBeGreaterThan(0);
    expect(schemaErrors(doc)).toEqual([]);
  });

  it.each([
    ['contracts', (d: Record<string, any>) => (d.contracts[0].milestones = [{ title: 'M1' }]), 'must have required property'],
    ['timesheets', (d: Record<string, any>) => (d.timesheets[0].hoursByDay = { '2026-03-02': 'four' }), 'must be number'],
    ['jobPosts', (d: Record<string, any>) => delete d.jobPosts[0].description, "must have required property 'description'"],
    ['offers', (d: Record<string, any>) => (d.offers[0].kind = 'contract'), 'must be equal to one of the allowed values'],
    ['cases', (d: Record<string, any>) => (d.cases = [{ id: 'c', name: 'A', disputeType: 'taste' }]), 'must be equal to one of the allowed values'],
    ['messages', (d: Record<string, any>) => (d.messages[0].exhibit = 'Exhibit 1'), 'must match pattern'],
  ])('rejects a broken %s record', (_kind, breakIt, words) => {
    const copy = structuredClone(doc);
    breakIt(copy);
    expect(schemaErrors(copy).join('\n')).toContain(words);
  });
});
