import { describe, expect, it } from 'vitest';
import { buildBundleFiles } from '../../../src/export';
import { mdCode, mdInline, mdQuote } from '../../../src/export/report/format/markdown-escape';
import { CHRONOLOGICAL_IDS, makeEvidenceSet, text } from './export-fixtures';

function reportMd(set = makeEvidenceSet()): string {
  return text(buildBundleFiles(set).get('report.md'));
}

describe('markdown escaping of captured strings', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![x](https://evil.example/p.png)', '!\\[x\\](https\\://evil.example/p.png)'],
    ['see https://evil.example', 'see https\\://evil.example'],
    ['see www.evil.example', 'see www\\.evil.example'],
    ['**bold** _em_ `code` ~~s~~ a|b', '\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~ a\\|b'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two lines'],
  ])('mdInline(%j)', (input, expected) => {
    expect(mdInline(input)).toBe(expected);
  });

  it.each([
    ['# not a heading', '> \\# not a heading'],
    ['> not nested', '> &gt; not nested'],
    ['- not a list', '> \\- not a list'],
    ['+ not a list', '> \\+ not a list'],
    ['1. not a list', '> 1\\. not a list'],
    ['===', '> \\==='],
    ['one\n\ntwo', '> one\n>\n>\n>\n> two'],
  ])('mdQuote(%j)', (input, expected) => {
    expect(mdQuote(input)).toBe(expected);
  });

  it.each([
    ['https://x.example/a', '`https://x.example/a`'],
    ['a`b', '``a`b``'],
    ['`edge`', '`` `edge` ``'],
    ['javascript:alert(1)', '`javascript:alert(1)`'],
  ])('mdCode(%j)', (input, expected) => {
    expect(mdCode(input)).toBe(expected);
  });
});

describe('report.md', () => {
  it('has no raw HTML: every < is escaped and > only starts a quote', () => {
    const md = reportMd();
    expect(md).not.toContain('<');
    for (const line of md.split('\n')) expect(line.replace(/^>/, '')).not.toContain('>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('has no live link: no unescaped ]( and the javascript: URL only inside a code span', () => {
    const md = reportMd();
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    expect(md).toContain('\\[click me\\](javascript:alert(1))');
    expect(md).toContain('`javascript:alert(1)`');
  });

  it('has the title, summary, conversations, captures, custody and how to verify', () => {
    const md = reportMd();
    expect(md.startsWith('# Evidence: Shopify store migration (Dana Whitfield) and 1 more conversation\n')).toBe(true);
    for (const heading of ['## Summary', '## Conversation: Dana Whitfield', '## Conversation: &lt;img src=x onerror=alert(1)&gt;', '## Captures', '## Chain of custody', '## How to verify']) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md).toContain('- Key evidence: 2');
  });

  it('lists messages in one time order under Timeline, numbered, with UTC and page times', () => {
    const md = reportMd();
    const positions = CHRONOLOGICAL_IDS.map((id) => md.indexOf(`\`${id}\``));
    expect(md.indexOf('## Timeline')).toBeLessThan(Math.min(...positions));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md).toContain('### 1. 2026-03-02 14:14 UTC: Dana Whitfield (KEY EVIDENCE, Exhibit 1)');
    expect(md).toContain('- Page showed: March 2, 2026 at 9:14 AM');
  });

  it('shows tags, notes, deleted and edited markers and earlier versions', () => {
    const md = reportMd();
    expect(md).toContain('- Tags: Billing, &lt;b&gt;Scope creep&lt;/b&gt;');
    expect(md).toContain("- Note: Client's first request");
    expect(md).toContain('- **Deleted:**');
    expect(md).toContain('- **Edited:**');
    expect(md).toContain('> Original reply # before the edit');
    expect(md).toContain('> \\=HYPERLINK("http\\://x")');
  });
});

describe('the report names the signing key and says what the proof shows', () => {
  const fingerprint = '0123456789abcdef'.repeat(4);

  it('puts the signing key on the cover of both reports, in groups of four', () => {
    const files = buildBundleFiles(makeEvidenceSet(), { signedBy: fingerprint });
    const groups = '0123 4567 89ab cdef '.repeat(4).trim();
    expect(text(files.get('report.md'))).toContain(`- Signing key: \`${groups}\``);
    expect(text(files.get('report.html'))).toContain(`<dt>Signing key</dt><dd><code class="fingerprint">${groups}</code>`);
    expect(text(buildBundleFiles(makeEvidenceSet()).get('report.md'))).toContain('- Signing key: none: this bundle is not signed');
  });

  it('says in plain words what hashes, the custody chain, the signature and a trusted time do and do not show', () => {
    const md = reportMd();
    const method = md.slice(md.indexOf('## Method: what this bundle proves, and what it does not'), md.indexOf('## How to verify'));
    for (const part of ['Hashes:', 'Chain of custody:', 'Signature:', 'Trusted time']) expect(method).toContain(part);
    expect(method).toContain('whoever holds the log can rebuild it');
    expect(method).toContain('matches the one the freelancer gave you apart from the bundle');
    expect(md).not.toContain('breaks every later hash');
  });
});

describe('report.md on where messages came from', () => {
  it('marks a time from the page\'s own data, a message seen only there, and both values of a disagreement', () => {
    const set = makeEvidenceSet();
    const allData = { sender: 'page-data', sentAt: 'page-data', text: 'page-data', kind: 'page-data', edited: 'page-data', deleted: 'page-data', attachments: 'page-data' } as const;
    set.messages = set.messages.map((m) => (m.id === 'story_a1' ? { ...m, sources: allData } : m));
    const md = reportMd(set);
    expect(md).toContain("- **Source:** Seen only in the page's own data, never shown on the page");
    expect(md).toContain("- **Source:** Exact time from the page's own data; it agrees with the minute the page showed.");
    expect(md).toContain('- **Disagreement:** The page and its own data disagree on the text: the page showed "&lt;img src=x onerror=alert(1)&gt;"; the page\'s data said "&lt;script&gt;alert(1)&lt;/script&gt;" (this record keeps what the page showed).');
  });
});
