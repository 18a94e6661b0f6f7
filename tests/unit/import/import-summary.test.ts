// The status line's words for an import's outcome.
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/storage';
import { importSummary, refusalSummary } from '../../../src/ui/dashboard/import/import-summary';

const none = { captures: 0, conversations: 0, messages: 0, terms: 0, tags: 0, cases: 0, files: 0 };
const result = (over: Partial<ImportResult>): ImportResult => ({ bundle: 'upwork-evidence-2026-11-26-dana-whitfield', added: none, alreadyStored: none, addedTerms: {}, caseLinksLeftOut: 0, ...over });

describe('words for an import', () => {
  it.each<[string, Partial<ImportResult>, string]>([
    ['what was added, terms by kind', { added: { ...none, messages: 152, terms: 1, captures: 3 }, addedTerms: { contract: 1 }, alreadyStored: { ...none, messages: 10 } },
      'Imported 152 messages, 1 contract and 3 captures from upwork-evidence-2026-11-26-dana-whitfield; 10 already stored were left as they were.'],
    ['one kind only, nothing already stored', { added: { ...none, messages: 1 } }, 'Imported 1 message from upwork-evidence-2026-11-26-dana-whitfield.'],
    ['nothing new', { alreadyStored: { ...none, messages: 16, conversations: 1, captures: 2 } },
      'Nothing new in upwork-evidence-2026-11-26-dana-whitfield: its 19 records were already stored and left as they were.'],
    ['a case added, its links to withheld records dropped', { added: { ...none, messages: 4, cases: 1 }, caseLinksLeftOut: 2 },
      'Imported 4 messages and 1 case from upwork-evidence-2026-11-26-dana-whitfield. The imported cases name 2 conversations, contracts or exhibits that the bundle does not hold (they were left out of the export): those links were dropped.'],
    ['a case already stored, kept as it was', { added: { ...none, cases: 1 }, alreadyStored: { ...none, messages: 3, cases: 1 } },
      'Imported 1 case from upwork-evidence-2026-11-26-dana-whitfield; 4 already stored were left as they were. 1 case with the same id was already stored: it was kept unchanged, and the bundle\'s copy was not imported.'],
  ])('says %s', (_name, over, words) => {
    expect(importSummary(result(over))).toBe(words);
  });

  it('names at most three problems of a refusal and counts the rest', () => {
    expect(refusalSummary(['missing: report.html', 'changed: evidence.json (hash differs)', 'unlisted: x', 'custody line 2: its hash does not match its content', 'missing: verify.html'])).toBe(
      'Import refused: missing: report.html; changed: evidence.json (hash differs); unlisted: x; and 2 more problems.',
    );
    expect(refusalSummary(['evidence.json: message 1: "sentAt" is not text.'])).toBe('Import refused: evidence.json: message 1: "sentAt" is not text.');
  });
});
