import { describe, expect, it } from 'vitest';
import { custodyDetailText } from '../../../src/export/report/format/custody-detail';

describe('a custody line detail in the reports', () => {
  it.each([
    [{ tag: 'billing', messages: 3 }, 'tag: billing; messages: 3'],
    [{ scope: { description: 'All evidence', caseId: null } }, 'scope.description: All evidence; scope.caseId: none'],
    [{ ids: ['story_1', 'story_2'], empty: [] }, 'ids: story_1, story_2; empty: none'],
    [{ spans: [{ start: 1, end: 4 }] }, 'spans: {"start":1,"end":4}'],
    [{}, ''],
  ])('reads %j as words', (detail, words) => {
    expect(custodyDetailText(detail)).toBe(words);
  });
});
