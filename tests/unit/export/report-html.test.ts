import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/html-page';
import { buildBundleFiles } from '../../../src/export';
import { sha256Hex } from '../../../src/shared/hash';
import { CHRONOLOGICAL_IDS, HOSTILE, makeEvidenceSet, text } from './export-fixtures';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: 'self'";

function reportSource(set = makeEvidenceSet()): string {
  return text(buildBundleFiles(set).get('report.html'));
}

function allElements(doc: Document): Element[] {
  return [...doc.querySelectorAll('*')];
}

describe('report.html', () => {
  it('opens <head> with the CSP that forbids scripts and remote loads', () => {
    const doc = parseHtml(reportSource());
    const first = doc.head.firstElementChild;
    expect(first?.tagName).toBe('META');
    expect(first?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(first?.getAttribute('content')).toBe(CSP);
  });

  it('contains no script at all, and styles itself inline for print too', () => {
    const html = reportSource();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).toContain('@media print');
    expect(parseHtml(html).querySelectorAll('style')).toHaveLength(1);
  });

  it('shows hostile captured text as text: no element, attribute or link comes from it', () => {
    const set = makeEvidenceSet();
    const conv = set.conversations[1];
    if (conv) conv.url = 'https://www.upwork.com/x"onmouseover="alert(1)';
    const doc = parseHtml(reportSource(set));
    expect(doc.querySelectorAll('script, img, iframe, object, embed, b, i')).toHaveLength(0);
    for (const el of allElements(doc)) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
    }
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(https:\/\/|#m-\d+$)/);
    const body = doc.body.textContent ?? '';
    for (const hostile of [HOSTILE.img, HOSTILE.script, HOSTILE.jsUrl, HOSTILE.formula, '<b>Scope creep</b>']) expect(body).toContain(hostile);
  });

  it('escapes all five HTML metacharacters in captured strings', () => {
    const set = makeEvidenceSet();
    const m = set.messages.find((x) => x.id === 'story_b2');
    if (m) m.text = `a & b < c > d " e ' f`;
    expect(reportSource(set)).toContain('a &amp; b &lt; c &gt; d &quot; e &#39; f');
  });

  it('lists messages in one time order under Timeline, numbered, each with UTC time, the page\'s own time text and local time', () => {
    const doc = parseHtml(reportSource());
    const timeline = [...doc.querySelectorAll('h2')].find((x) => x.textContent === 'Timeline')?.parentElement;
    const ids = [...(timeline?.querySelectorAll('article.message') ?? [])].map((a) => a.querySelector('.meta code')?.textContent);
    // Both conversations interleaved by time, each message once.
    expect(ids).toEqual(CHRONOLOGICAL_IDS);
    expect(doc.querySelectorAll('article.message')).toHaveLength(CHRONOLOGICAL_IDS.length);
    expect([...(timeline?.querySelectorAll('.entry-number') ?? [])].map((x) => x.textContent)).toEqual(CHRONOLOGICAL_IDS.map((_, i) => String(i + 1)));
    const first = doc.querySelector('article.message');
    expect(first?.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T14:14:00Z');
    expect(first?.textContent).toContain('2026-03-02 14:14 UTC');
    expect(first?.textContent).toContain('page showed "March 2, 2026 at 9:14 AM"');
    expect(first?.textContent).toContain('local (America/New_York): Mar 2, 2026, 9:14 AM');
  });

  it('shows each conversation\'s title, subtitle, contract ids and participants', () => {
    const doc = parseHtml(reportSource());
    const first = doc.querySelector('section.conversation');
    expect(first?.querySelector('h2')?.textContent).toBe('Conversation: Dana Whitfield');
    for (const fact of ['Shopify store migration', '38123456', 'Dana Whitfield, Priya Raman']) expect(first?.textContent).toContain(fact);
  });

  it('highlights key evidence as numbered exhibits, indexed in the summary', () => {
    const doc = parseHtml(reportSource());
    const keys = [...doc.querySelectorAll('article.message.key')];
    expect(keys.map((k) => k.querySelector('.exhibit')?.textContent)).toEqual(['Key evidence · Exhibit 1', 'Key evidence · Exhibit 2']);
    const index = [...doc.querySelectorAll('#summary ol.exhibits a')].map((a) => a.getAttribute('href'));
    expect(index).toEqual(keys.map((k) => `#${k.id}`));
    expect(doc.querySelector('#summary')?.textContent).toMatch(/Conversations\s*2\s*Messages\s*6\s*Captures\s*2\s*Key evidence\s*2/);
  });

  it('writes a tag colour into the report only when it is #rrggbb', () => {
    const set = makeEvidenceSet();
    set.tags = set.tags.map((t) => (t.kind === 'custom' ? { ...t, color: 'red;background:url(https://example.com/x)' } : t));
    const doc = parseHtml(reportSource(set));
    expect([...doc.querySelectorAll('.tag')].every((t) => t.getAttribute('style') === null)).toBe(true);
  });

  it('shows tags by label, notes, attachments, and deleted and edited markers with earlier versions', () => {
    const doc = parseHtml(reportSource());
    const byId = (id: string) => [...doc.querySelectorAll('article.message')].find((a) => a.textContent?.includes(id));
    const a1 = byId('story_a1');
    expect([...(a1?.querySelectorAll('.tag') ?? [])].map((t) => t.textContent)).toEqual(['Billing', '<b>Scope creep</b>']);
    // A custom tag's colour marks its edge; a dispute type has none.
    expect([...(a1?.querySelectorAll('.tag') ?? [])].map((t) => t.getAttribute('style'))).toEqual([null, 'border-left: .5rem solid #d93f3f']);
    expect(a1?.querySelector('.note')?.textContent).toBe(`Client's first request ${HOSTILE.mdLink}`);
    expect(a1?.querySelector('.attachments')?.textContent).toContain('redirects.xlsx (24 KB)');
    expect(byId('story_a3')?.querySelector('.marker.deleted')?.textContent).toContain('first seen deleted 2026-03-12 10:00 UTC');
    const a2 = byId('story_a2');
    expect(a2?.querySelector('.marker.edited')).not.toBeNull();
    expect(a2?.querySelector('.versions')?.textContent).toContain('Original reply # before the edit');
    expect(byId('story_a4')?.className).toContain('system');
  });

  it('shows a non-http attachment URL as text, never as a link', () => {
    const doc = parseHtml(reportSource());
    const b1 = [...doc.querySelectorAll('article.message')].find((a) => a.textContent?.includes('story_b1'));
    expect(b1?.querySelector('.attachments .url')?.textContent).toBe(HOSTILE.jsUrl);
    expect(b1?.querySelector('.attachments a')).toBeNull();
  });

  it('records each capture\'s provenance and file hashes', () => {
    const set = makeEvidenceSet();
    const section = parseHtml(reportSource(set)).querySelector('#captures')?.textContent ?? '';
    for (const fact of ['https://www.upwork.com/nx/wm/workroom/38123457/messages', '2026-03-10 15:00:00 UTC', 'America/New_York, UTC-04:00', 'Chrome 131', 'Chrome/131.0.0.0', '0.1.0', 'removed 14 script elements from page.html', 'messages-room (workroom-messages)']) {
      expect(section).toContain(fact);
    }
    for (const c of set.captures) expect(section).toContain(c.sha256);
    for (const bytes of set.files.values()) expect(section).toContain(sha256Hex(bytes));
  });

  it('warns when a capture file differs from the hash recorded at capture', () => {
    const set = makeEvidenceSet();
    const file = set.captures[0]?.files[0];
    if (file) file.sha256 = '0'.repeat(64);
    expect(parseHtml(reportSource(set)).querySelector('#captures .warning')?.textContent).toContain('differs from the hash recorded at capture');
  });

  it('shows screenshots by relative path inside the bundle', () => {
    const set = makeEvidenceSet();
    const png = new Uint8Array([137, 80, 78, 71]);
    set.files.set('captures/cap-1/screenshot-1.png', png);
    set.captures.find((c) => c.id === 'cap-1')?.files.push({ path: 'captures/cap-1/screenshot-1.png', sha256: sha256Hex(png), bytes: 4, mediaType: 'image/png' });
    const imgs = [...parseHtml(reportSource(set)).querySelectorAll('img')];
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(['captures/cap-1/screenshot-1.png']);
  });

  it('lists the chain of custody and says how to verify', () => {
    const set = makeEvidenceSet();
    const doc = parseHtml(reportSource(set));
    const rows = [...doc.querySelectorAll('#custody tbody tr')];
    expect(rows.map((r) => r.children[2]?.textContent)).toEqual(['captured', 'captured', 'tagged', 'noted', 'exported']);
    for (const e of set.custody) expect(doc.querySelector('#custody')?.textContent).toContain(e.hash);
    expect(doc.querySelector('#verify')?.textContent).toContain('verify.html');
  });
});

describe('report.html on where messages came from', () => {
  const ALL_DATA = { sender: 'page-data', sentAt: 'page-data', text: 'page-data', kind: 'page-data', edited: 'page-data', deleted: 'page-data', attachments: 'page-data' } as const;

  function provenanceSet() {
    const set = makeEvidenceSet();
    set.messages = set.messages.map((m) => (m.id === 'story_a1' ? { ...m, sources: ALL_DATA } : m.id === 'story_a3' ? { ...m, sources: { sentAt: 'page-data' }, conflicts: [{ field: 'sentAt', dom: '2026-03-03T08:58:00Z', pageData: '2026-03-03T09:00:00Z' }] } : m));
    return set;
  }

  const articleOf = (doc: Document, id: string) => [...doc.querySelectorAll('article')].find((a) => a.textContent?.includes(id))!;

  it('marks a message seen only in the page\'s own data, and a time read from it', () => {
    const doc = parseHtml(reportSource(provenanceSet()));
    expect(articleOf(doc, 'story_a1').querySelector('.provenance.data-only')?.textContent).toMatch(/^Seen only in the page's own data, never shown on the page/);
    expect(articleOf(doc, 'story_a2').querySelector('.provenance.time')?.textContent).toBe("Exact time from the page's own data; it agrees with the minute the page showed.");
    expect(articleOf(doc, 'story_b1').querySelector('.provenance')).toBeNull();
  });

  it('shows both values where the page and its data disagreed, hostile ones as text', () => {
    const doc = parseHtml(reportSource(provenanceSet()));
    const time = articleOf(doc, 'story_a3').querySelector('.provenance.conflict')?.textContent;
    expect(time).toBe("The page and its own data disagree on the time: the page showed 2026-03-03 08:58:00.000 UTC; the page's data said 2026-03-03 09:00:00.000 UTC (this record keeps the page's data).");
    const text = articleOf(doc, 'story_a2').querySelector('.provenance.conflict')?.textContent;
    expect(text).toBe(`The page and its own data disagree on the text: the page showed "${HOSTILE.img}"; the page's data said "${HOSTILE.script}" (this record keeps what the page showed).`);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
  });
});
