// Extraction fuzz: seeded mutations of every fixture page (attributes and classes removed or
// renamed, wrappers added, text nodes inserted, sibling order swapped, month names in another
// language) through every extractor. Nothing but a plain ExtractionError escapes (the capture
// then keeps the page copy and says what was not recognised), every text the extractor returns
// is text the page shows (nothing invented), and no field holds a label's own words instead of
// its value. Prints the time per mutated page.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../../src/extractors/dom';
import { extractMessagesRoom } from '../../../src/extractors/messages-room';
import { extractTerms, type TermsPageKind } from '../../../src/extractors/terms';
import * as L from '../../../src/extractors/terms/vocabulary';
import { seededRandom } from '../helpers/seeded-random';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');
const MUTATIONS_PER_PAGE = 30;
const W = 'https://www.upwork.com';

type Page = { file: string; run: (doc: Document) => unknown };
const room = (url: string) => (doc: Document) => extractMessagesRoom(doc, new URL(url), { timeZone: 'America/New_York', capturedAt: new Date('2026-12-04T15:00:00Z') });
const terms = (url: string, kind: TermsPageKind) => (doc: Document) => extractTerms(doc, new URL(url), kind, { referenceDate: '2026-12-04' });

const PAGES: Page[] = [
  ...['shared-room', 'dst-new-york', 'hostile', 'noisy-continuations'].map((n) => ({ file: `messages-room/${n}.html`, run: room(`${W}/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418`) })),
  ...fs.readdirSync(path.join(FIXTURES, 'room-variations')).filter((f) => f.endsWith('.html')).map((f) => ({ file: `room-variations/${f}`, run: room(`${W}/ab/messages/rooms/room_a1b2c3d4e5f60718293a4b5c6d7e8f90`) })),
  ...['contract-fixed', 'contract-hourly', 'contract-fixed-labels', 'contract-hourly-variant', 'contract-v1', 'contract-v2', 'contract-table-sublines', 'not-recognised-contract'].map((n) => ({ file: `terms/${n}.html`, run: terms(`${W}/nx/wm/workroom/38123456/overview`, 'contract') })),
  ...['timesheet-week', 'timesheet-week-variant'].map((n) => ({ file: `terms/${n}.html`, run: terms(`${W}/nx/wm/workroom/40566110/timesheet?timesheetDate=2026-03-04`, 'timesheet') })),
  ...['job-post', 'job-post-hourly'].map((n) => ({ file: `terms/${n}.html`, run: terms(`${W}/jobs/Some-job_~022031418853377121212`, 'job-post') })),
  ...['offer', 'offer-hourly'].map((n) => ({ file: `terms/${n}.html`, run: terms(`${W}/nx/wm/offers/1899770012345678901`, 'offer') })),
  ...['proposal', 'proposal-milestones'].map((n) => ({ file: `terms/${n}.html`, run: terms(`${W}/nx/proposals/1899770098765432109`, 'proposal') })),
];

const LABELS = new Set([L.RATE, L.WEEKLY_LIMIT, L.MANUAL_TIME, L.PRICE, L.ESCROW, L.START, L.TYPE, L.CLIENT, L.FREELANCER].flat().map((s) => s.toLowerCase()));
const MONTHS_DE: Record<string, string> = { January: 'Januar', March: 'März', Mar: 'Mär', May: 'Mai', October: 'Oktober', Oct: 'Okt', December: 'Dezember', Dec: 'Dez' };

/** One random change to the page, as a new Upwork layout might make it. */
function mutate(doc: Document, random: () => number): void {
  const all = [...doc.body.querySelectorAll('*')];
  const pick = () => all[Math.floor(random() * all.length)]!;
  const el = pick();
  switch (Math.floor(random() * 6)) {
    case 0: { // an attribute or class removed
      const name = el.getAttributeNames()[Math.floor(random() * el.getAttributeNames().length)];
      if (name) el.removeAttribute(name);
      break;
    }
    case 1: { // classes renamed (hashed, as a new build might)
      for (const c of [...el.classList]) {
        el.classList.remove(c);
        el.classList.add(`_${c.length.toString(36)}x${Math.floor(random() * 1e6).toString(36)}`);
      }
      break;
    }
    case 2: { // a wrapper added
      if (el.parentElement && el.localName !== 'tr' && el.localName !== 'td' && el.localName !== 'li') {
        const wrap = doc.createElement('div');
        el.replaceWith(wrap);
        wrap.append(el);
      }
      break;
    }
    case 3: // a text node inserted
      el.insertBefore(doc.createTextNode(' Lorem ipsum '), el.firstChild);
      break;
    case 4: { // label/value order swapped
      const next = el.nextElementSibling;
      if (next) el.before(next);
      break;
    }
    default: { // month names in another language
      const walker = doc.createTreeWalker(doc.body, 4);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        n.nodeValue = (n.nodeValue ?? '').replace(/\b(January|March|Mar|May|October|Oct|December|Dec)\b/g, (m) => MONTHS_DE[m] ?? m);
      }
    }
  }
}

/** Every string in the result that is text taken from the page (not ids, dates, enums or amounts). */
function shownStrings(value: unknown, key = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') {
    if (!/^(id|conversationId|kind|type|date|at|sentAt|dueDate|startDate|weekStart|postedDate|currency|value|per|url|sha256|mediaType|replyTo|sentAtPrecision|href|path|status|storyId|contractIds|contractId)$/.test(key) && value.length > 0) out.push([key, value]);
  } else if (Array.isArray(value)) value.forEach((v) => shownStrings(v, key, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) shownStrings(v, k, out);
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('extraction fuzz', () => {
  it(`${PAGES.length} fixture pages × ${MUTATIONS_PER_PAGE} seeded mutations: only plain ExtractionErrors, nothing invented, no label as a value`, () => {
    const problems: string[] = [];
    let pages = 0;
    let notRecognised = 0;
    const started = performance.now();
    PAGES.forEach((page, p) => {
      const html = fs.readFileSync(path.join(FIXTURES, page.file), 'utf8');
      for (let i = 0; i < MUTATIONS_PER_PAGE; i++) {
        const random = seededRandom(p * 1000 + i + 1);
        const doc = new DOMParser().parseFromString(html, 'text/html');
        for (let k = 1 + Math.floor(random() * 3); k > 0; k--) mutate(doc, random);
        pages++;
        let result: unknown;
        try {
          result = page.run(doc);
        } catch (error) {
          if (error instanceof ExtractionError && error.message.length > 0) notRecognised++;
          else problems.push(`${page.file} #${i}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
          continue;
        }
        const shown = squash(doc.body.textContent ?? '') + squash(doc.title) + squash([...doc.querySelectorAll('[title], [alt]')].map((e) => `${e.getAttribute('title') ?? ''}${e.getAttribute('alt') ?? ''}`).join(''));
        for (const [key, text] of shownStrings(result)) {
          for (const line of text.split('\n')) if (line.trim() && !shown.includes(squash(line)) && !shown.includes(squash(decodeURIComponent(line)))) problems.push(`${page.file} #${i}: ${key} "${line.slice(0, 60)}" is not on the page`);
          if (['title', 'client', 'freelancer', 'sender'].includes(key) && LABELS.has(text.trim().toLowerCase())) problems.push(`${page.file} #${i}: ${key} holds the label "${text}"`);
        }
      }
    });
    const ms = performance.now() - started;
    console.log(`extraction fuzz: ${pages} mutated pages in ${Math.round(ms)} ms (${(ms / pages).toFixed(1)} ms per page; ${notRecognised} said what was not recognised)`);
    expect(problems.slice(0, 40)).toEqual([]);
  }, 120_000);
});
