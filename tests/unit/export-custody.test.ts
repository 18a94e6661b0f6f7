import { describe, expect, it } from 'vitest';
import { buildBundleFiles } from '../../src/export';
import { custodyHash, custodyProblems } from '../../src/shared/custody';
import { parseCustodyJsonl } from '../../src/export/bundle/custody-jsonl';
import { makeEvidenceSet, text } from './export-fixtures';

function custodyText(set = makeEvidenceSet()): string {
  return text(buildBundleFiles(set).get('custody.jsonl'));
}

describe('custody.jsonl', () => {
  it('writes one compact JSON object per line, keys in the spec order, oldest first', () => {
    const lines = custodyText().split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(Object.keys(JSON.parse(line) as object)).toEqual(['seq', 'at', 'event', 'subject', 'detail', 'prev', 'hash']);
      expect(line).not.toMatch(/\n|": /);
    }
    expect(lines.map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('orders by seq whatever order the set held the events in', () => {
    const set = makeEvidenceSet();
    set.custody.reverse();
    expect(custodyText(set)).toBe(custodyText());
  });

  it('lets anyone recompute every hash from the line itself', () => {
    const { events, problems } = parseCustodyJsonl(custodyText());
    expect(problems).toEqual([]);
    expect(custodyProblems(events)).toEqual([]);
    for (const e of events) expect(custodyHash(e)).toBe(e.hash);
  });

  it('reports a line that is not a JSON object by its number', () => {
    expect(parseCustodyJsonl('{"seq":1}\nnot json\n[]\n').problems).toEqual(['custody line 2: is not a JSON object', 'custody line 3: is not a JSON object']);
  });
});
