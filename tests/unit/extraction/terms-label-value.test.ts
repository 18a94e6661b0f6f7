// Values found by visible label text across markup shapes, classes renamed or absent
// (src/extractors/terms/label-value.ts; research §4.3: no data-test hooks on contract pages).
import { describe, expect, it } from 'vitest';
import { jobDeliverables } from '../../../src/extractors/terms/deliverables';
import { candidates, findText, findValue, indexPage } from '../../../src/extractors/terms/label-value';
import { hoursPrefix } from '../../../src/extractors/terms/hours';
import { moneyPrefix, parseRate } from '../../../src/extractors/terms/money';
import { findLines, findList } from '../../../src/extractors/terms/multiline';
import { parseYesNo } from '../../../src/extractors/terms/yes-no';

function page(html: string) {
  return indexPage(new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html'));
}

const rate = (t: string) => parseRate(t, true);
const RATE = ['Hourly rate'];

describe('findValue: one label, many shapes', () => {
  it.each([
    ['dt/dd', '<dl><dt>Hourly rate</dt><dd>$45.00/hr</dd></dl>'],
    ['dt/dd with a colon and odd case', '<dl><div><dt>  HOURLY   rate: </dt><dd>$45.00 /hr</dd></div></dl>'],
    ['sibling divs, renamed classes', '<div class="x9f"><div class="a1">Hourly rate</div><div class="b2">$45.00/hr</div></div>'],
    ['sibling spans', '<p><span>Hourly rate</span> <span>$45.00/hr</span></p>'],
    ['label nested in a wrapper', '<div><div><span><strong>Hourly rate</strong></span></div><div>$45.00/hr</div></div>'],
    ['"Label: value" in one text node', '<p>Hourly rate: $45.00/hr</p>'],
    ['bold label, text node value', '<p><b>Hourly rate:</b> $45.00/hr</p>'],
    ['text that runs together', '<div><span>Hourly rate</span><span>$45.00/hr</span></div>'],
    ['runs together in one text node', '<div>Hourly rate$45.00/hr</div>'],
    ['row header', '<table><tr><th>Hourly rate</th><td>$45.00/hr</td></tr></table>'],
    ['column header', '<table><thead><tr><th>Weekly limit</th><th>Hourly rate</th></tr></thead><tbody><tr><td>20 hrs/week</td><td>$45.00/hr</td></tr></tbody></table>'],
    ['aria-label on the value', '<div><span aria-label="Hourly rate">$45.00/hr</span></div>'],
    ['aria-label carrying the value', '<div><span aria-label="Hourly rate: $45.00/hr">💲</span></div>'],
    ['non-breaking spaces', '<dl><dt>Hourly&nbsp;rate</dt><dd>$45.00&nbsp;/hr</dd></dl>'],
  ])('%s', (_name, html) => {
    expect(findValue(page(html), RATE, rate)).toEqual({ value: '45.00', currency: 'USD', per: 'hour' });
  });

  it('skips values the parser rejects and takes the next candidate', () => {
    const index = page('<p>Hourly rate: increased last week</p><dl><dt>Hourly rate</dt><dd>$50.00/hr</dd></dl>');
    expect(findValue(index, RATE, rate)?.value).toBe('50.00');
  });

  it('tries labels in priority order', () => {
    const index = page('<dl><dt>Total amount</dt><dd>$1.00</dd><dt>Project price</dt><dd>$2,400.00</dd></dl>');
    expect(findValue(index, ['Project price', 'Total amount'], moneyPrefix)?.value).toBe('2400.00');
  });

  it('does not read a longer word as the label ("Hourly rates")', () => {
    expect(findValue(page('<p>Hourly rates$45.00/hr</p>'), RATE, rate)).toBeNull();
  });

  it('ignores hidden parts: hidden, aria-hidden, menus, buttons, scripts', () => {
    const html =
      '<ul role="menu"><li>Hourly rate: $1.00/hr</li></ul><div hidden>Hourly rate: $2.00/hr</div>' +
      '<span aria-hidden="true">Hourly rate: $3.00/hr</span><button>Hourly rate: $4.00/hr</button><script>"Hourly rate: $5/hr"</script>';
    expect(candidates(page(html), RATE)).toEqual([]);
  });

  it('reads "Weekly limit" and "Manual time" as the hourly fixture variants write them', () => {
    const index = page('<div><span>Manual time</span><span>Not allowed</span></div><div>Weekly limit20 hrs/week</div>');
    expect(findValue(index, ['Manual time'], parseYesNo)).toBe(false);
    expect(findValue(index, ['Weekly limit'], hoursPrefix)).toBe(20);
  });
});

describe('findText: plain text needs a clear separator', () => {
  it('reads the next sibling and a colon form', () => {
    expect(findText(page('<dl><dt>Client</dt><dd>Dana Whitfield</dd></dl>'), ['Client'])).toBe('Dana Whitfield');
    expect(findText(page('<p>Client: Dana Whitfield</p>'), ['Client'])).toBe('Dana Whitfield');
  });

  it('does not trust run-together text, a previous sibling or a link/tab as the label', () => {
    expect(findText(page('<p>Client name Dana</p>'), ['Client'])).toBeNull();
    expect(findText(page('<div><strong>Priya Raman</strong><span>Freelancer</span></div>'), ['Freelancer'])).toBeNull();
    expect(findText(page('<nav><a role="tab">Messages</a><a role="tab">Details</a></nav>'), ['Details'])).toBeNull();
  });

  it('keeps hostile text literal', () => {
    const index = page('<dl><dt>Client</dt><dd>&lt;img src=x onerror=alert(1)&gt; <a href="javascript:alert(1)">Eve</a></dd></dl>');
    expect(findText(index, ['Client'])).toBe('<img src=x onerror=alert(1)> Eve');
  });
});

describe('findLines and findList', () => {
  it('keeps paragraphs of a heading-labelled section', () => {
    const index = page('<h3>Cover letter</h3><div><p>Hi Dana,</p><p>I have done <b>three</b> migrations.</p></div>');
    expect(findLines(index, ['Cover letter'])).toBe('Hi Dana,\nI have done three migrations.');
  });

  it('does not take a block of label/value pairs as prose', () => {
    const index = page('<h2>Contract terms</h2><dl><dt>Hourly rate</dt><dd>$45.00/hr</dd></dl>');
    expect(findLines(index, ['Contract terms'])).toBeNull();
  });

  it('reads list items', () => {
    const index = page('<h4>Deliverables</h4><ul><li>Logo files</li><li>Brand <em>guide</em></li></ul>');
    expect(findList(index, ['Deliverables'])).toEqual(['Logo files', 'Brand guide']);
  });

  it('reads tokens that run together as one item each, and keeps a sentence whole', () => {
    const tokens = page('<h4>Deliverables</h4><div><div class="skills-list"><span>Data Model</span><span>ETL Pipeline</span></div></div>');
    expect(findList(tokens, ['Deliverables'])).toEqual(['Data Model', 'ETL Pipeline']);
    const sentence = page('<h4>Deliverables</h4><div>Logo <b>files</b> and a <b>guide</b></div>');
    expect(findList(sentence, ['Deliverables'])).toEqual(['Logo files and a guide']);
  });

  it('finds a job\'s deliverables in a "<category> Deliverables" group, not in its skills or in prose', () => {
    const groups = page(
      '<div><strong>Data Engineering Skills</strong><div><span>dbt</span></div></div>' +
        '<div><strong>Data Engineering Deliverables</strong><div><span>Data Model</span><span>Dashboard</span></div></div>',
    );
    expect(jobDeliverables(groups)).toEqual(['Data Model', 'Dashboard']);
    expect(jobDeliverables(page('<p>Please list your deliverables</p><p>Logo files</p>'))).toEqual([]);
  });
});
