import { describe, expect, it } from 'vitest';
import { buildBundleFiles } from '../../../src/export';
import { chainCustody, custodyBodyHash, custodyLinkHash, custodyProblems, formatOneCustodyHash, withheldLine, type CustodyEntry } from '../../../src/shared/custody';
import type { CustodyEvent, CustodyLine } from '../../../src/shared/model';
import { sha256Hex } from '../../../src/shared/hash';
import { parseCustodyJsonl } from '../../../src/export/bundle/custody-jsonl';
import { makeEvidenceSet, text } from './export-fixtures';

function custodyText(set = makeEvidenceSet()): string {
  return text(buildBundleFiles(set).get('custody.jsonl'));
}

const ENTRIES: CustodyEntry[] = [
  { at: '2026-03-10T15:00:00Z', event: 'captured', subject: 'cap-1', detail: { messages: 4 } },
  { at: '2026-03-12T09:00:00Z', event: 'tagged', subject: 'story_a1', detail: { type: 'message', tag: 'billing' } },
  { at: '2026-03-12T09:01:00Z', event: 'noted', subject: 'story_a1', detail: { type: 'message', note: 'private' } },
];

function chain(entries = ENTRIES): CustodyEvent[] {
  const out: CustodyEvent[] = [];
  for (const e of entries) out.push(chainCustody(out.at(-1) ?? null, e));
  return out;
}

describe('the custody chain (format 2)', () => {
  it('hashes the body, then the link over seq, bodyHash and prev, exactly as the spec writes them', () => {
    const [first, second] = chain();
    expect(first).toMatchObject({ seq: 1, prev: null });
    expect(first!.bodyHash).toBe(sha256Hex('{"seq":1,"at":"2026-03-10T15:00:00Z","event":"captured","subject":"cap-1","detail":{"messages":4}}'));
    expect(first!.hash).toBe(sha256Hex(`{"seq":1,"bodyHash":"${first!.bodyHash}","prev":null}`));
    expect(second).toMatchObject({ seq: 2, prev: first!.hash });
    expect(custodyLinkHash(second!)).toBe(second!.hash);
    expect(custodyBodyHash(second!)).toBe(second!.bodyHash);
  });

  it('finds an edited body, an edited link, a gap and a line out of order', () => {
    const log = chain();
    expect(custodyProblems(log)).toEqual([]);
    const edited = log.map((e, i) => (i === 1 ? { ...e, detail: { type: 'message', tag: 'quality' } } : e));
    expect(custodyProblems(edited)).toEqual(['custody line 2: its bodyHash does not match its content']);
    // Whoever rewrites a body and its bodyHash must also rewrite the link, and so every later prev.
    const rehashed = log.map((e, i) => (i === 1 ? { ...e, detail: {}, bodyHash: custodyBodyHash({ ...e, detail: {} }) } : e));
    expect(custodyProblems(rehashed)).toEqual(['custody line 2: its hash does not match its seq, bodyHash and prev']);
    expect(custodyProblems([log[0]!, log[2]!])).toEqual(['custody line 2: does not follow the line before it', 'custody line 2: sequence number 3 follows 1']);
    expect(custodyProblems([log[1]!, log[0]!])[0]).toBe('custody line 1: does not follow the line before it');
  });

  it('keeps a withheld line checkable while telling nothing of its event', () => {
    const log = chain();
    const scoped: CustodyLine[] = [log[0]!, withheldLine(log[1]!), withheldLine(log[2]!)];
    expect(custodyProblems(scoped)).toEqual([]);
    expect(Object.keys(scoped[1]!)).toEqual(['seq', 'withheld', 'bodyHash', 'prev', 'hash']);
    expect(JSON.stringify(scoped[2])).not.toMatch(/private|story_a1|noted/);
    // A withheld line whose hashes were changed breaks the chain like any other.
    const forged = [log[0]!, { ...withheldLine(log[1]!), bodyHash: 'f'.repeat(64) }, withheldLine(log[2]!)];
    expect(custodyProblems(forged)).toEqual(['custody line 2: its hash does not match its seq, bodyHash and prev']);
    // One that still carries its event only pretends to withhold it.
    const leaky = [log[0]!, { ...withheldLine(log[1]!), event: 'tagged' } as CustodyLine, log[2]!];
    expect(custodyProblems(leaky)).toEqual(['custody line 2: a withheld line also carries event']);
  });

  it('checks format 1 lines the old way, and refuses withheld lines there', () => {
    const old: CustodyLine[] = [];
    for (const e of ENTRIES) {
      const prev = old.at(-1) ?? null;
      const body = { seq: prev ? prev.seq + 1 : 1, ...e, prev: prev ? prev.hash : null };
      old.push({ ...body, hash: formatOneCustodyHash(body) } as unknown as CustodyLine);
    }
    expect(custodyProblems(old, 1)).toEqual([]);
    expect(custodyProblems(old, 2)[0]).toMatch(/custody line 1: its bodyHash does not match/);
    expect(custodyProblems(chain(), 1)).toContain('custody line 1: its hash does not match its content');
    expect(custodyProblems([withheldLine(chain()[0]!)], 1)).toEqual(['custody line 1: a withheld line in a format 1 bundle, which has none']);
  });
});

describe('custody.jsonl', () => {
  it('writes one compact JSON object per line, keys in the spec order, oldest first', () => {
    const lines = custodyText().split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(Object.keys(JSON.parse(line) as object)).toEqual(['seq', 'at', 'event', 'subject', 'detail', 'prev', 'bodyHash', 'hash']);
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
  });

  it('writes a withheld line with its keys in the spec order', () => {
    const set = makeEvidenceSet();
    set.scope = { description: 'Evidence in conversation Dana Whitfield', filter: { conversationId: 'room_other' } };
    const lines = custodyText(set).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    // The fixture's last line is an export of everything: another scope's.
    expect(Object.keys(lines[4]!)).toEqual(['seq', 'withheld', 'bodyHash', 'prev', 'hash']);
  });

  it('reports a line that is not a JSON object by its number', () => {
    expect(parseCustodyJsonl('{"seq":1}\nnot json\n[]\n').problems).toEqual(['custody line 2: is not a JSON object', 'custody line 3: is not a JSON object']);
  });
});
