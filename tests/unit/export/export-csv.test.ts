import { describe, expect, it } from 'vitest';
import { buildBundleFiles } from '../../../src/export';
import { csvCell } from '../../../src/export/bundle/csv';
import { CHRONOLOGICAL_IDS, makeEvidenceSet, text } from './export-fixtures';

const HEADER = 'conversation,id,sentAt,sender,kind,text,attachments,tags,note,deleted,edited';

/** A strict RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

function messagesCsv(): string {
  return text(buildBundleFiles(makeEvidenceSet()).get('messages.csv'));
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', '"\'\rcmd"'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('csvCell(%j) is %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('messages.csv', () => {
  it('starts with the spec header and ends every row with CRLF', () => {
    const csv = messagesCsv();
    expect(csv.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('has one row per message in time order, every row as wide as the header', () => {
    const rows = parseCsv(messagesCsv());
    expect(rows).toHaveLength(1 + CHRONOLOGICAL_IDS.length);
    for (const row of rows) expect(row).toHaveLength(11);
    expect(rows.slice(1).map((r) => r[1])).toEqual(CHRONOLOGICAL_IDS);
  });

  it('round-trips commas, quotes and newlines and guards formulas', () => {
    const rows = parseCsv(messagesCsv());
    const byId = new Map(rows.map((r) => [r[1], r]));
    expect(byId.get('story_b2')?.[5]).toBe('Second at the same minute, "quoted", with a comma\nand a second line');
    expect(byId.get('story_a3')?.[5]).toBe('\'=HYPERLINK("http://x")');
    expect(byId.get('story_a3')?.slice(9)).toEqual(['true', 'false']);
    expect(byId.get('story_a2')?.slice(9)).toEqual(['false', 'true']);
  });

  it('fills conversation, attachments, tags and note in words a person reads', () => {
    const row = parseCsv(messagesCsv()).find((r) => r[1] === 'story_a1');
    expect(row).toEqual([
      'Dana Whitfield', 'story_a1', '2026-03-02T14:14:00Z', 'Dana Whitfield', 'message', 'Hi Priya,\nCan you migrate the store by March 18?',
      'redirects.xlsx (24 KB)', 'Billing; <b>Scope creep</b>', "Client's first request [click me](javascript:alert(1))", 'false', 'false',
    ]);
    const system = parseCsv(messagesCsv()).find((r) => r[1] === 'story_a4');
    expect(system?.[3]).toBe('');
    expect(system?.[4]).toBe('system');
  });
});
