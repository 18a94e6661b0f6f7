// A bundle with one of everything an import must bring back: two rooms, an attachment file, MHTML
// and a screenshot big enough to be stored in pieces, a contract seen twice (an earlier state),
// an offer, a job post and a timesheet week, each read by a capture of its own, and two cases.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBundleFiles } from '../../../src/export';
import { sha256Hex } from '../../../src/shared/bytes/hash';
import type { CaptureFile, DisputeCase, EvidenceSet, PageKind, StoredCapture, StoredTerms, TermsRecord } from '../../../src/shared/model';
import { mergeTerms } from '../../../src/storage/capture/terms-merge';
import { termsId } from '../../../src/shared/terms/terms-identity';
import { setWithAttachments } from '../export/export-attachment-fixtures';
import { signedZip } from '../export/export-tamper';

const TERMS = path.join(import.meta.dirname, '../../fixtures/terms');
const termsFixture = (name: string): TermsRecord => JSON.parse(readFileSync(path.join(TERMS, `${name}.expected.json`), 'utf8')) as TermsRecord;

function file(p: string, bytes: Uint8Array, mediaType: string): [CaptureFile, Uint8Array] {
  return [{ path: p, sha256: sha256Hex(bytes), bytes: bytes.length, mediaType }, bytes];
}

/** MHTML as Chromium writes it: a header block, a boundary, one part whose body is long enough to be a piece. */
export function mhtml(body: string): Uint8Array {
  const text = `From: <Saved by Blink>\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc----"\r\n\r\n------MultipartBoundary--abc----\r\nContent-Type: text/html\r\n\r\n${body}\r\n------MultipartBoundary--abc------\r\n`;
  return new TextEncoder().encode(text);
}

/** Not a real PNG, but the storage only cares about its type and size: 40 KB makes three pieces. */
export function screenshot(seed: number): Uint8Array {
  return Uint8Array.from({ length: 40 * 1024 }, (_, i) => (i * 31 + seed) % 251);
}

function termsCapture(id: string, pageKind: PageKind, capturedAt: string, url: string, set: EvidenceSet): StoredCapture {
  const [page, bytes] = file(`captures/${id}/page.html`, new TextEncoder().encode(`<html><body>${id}</body></html>`), 'text/html');
  set.files.set(page.path, bytes);
  const model = set.captures[0]!;
  return { ...model, id, pageKind, capturedAt, url, files: [page], sha256: sha256Hex(id), conversationId: null, messageIds: [], counts: { total: 0, new: 0, edited: 0, deleted: 0 } };
}

export function richEvidenceSet(): EvidenceSet {
  const set = setWithAttachments();
  const [page, pageBytes] = file('captures/cap-1/page.mhtml', mhtml('<html>'.padEnd(2000, 'x')), 'multipart/related');
  const [shot, shotBytes] = file('captures/cap-1/screenshot-1.png', screenshot(1), 'image/png');
  set.files.set(page.path, pageBytes);
  set.files.set(shot.path, shotBytes);
  set.captures = set.captures.map((c) => (c.id === 'cap-1' ? { ...c, files: [...c.files, page, shot] } : c));
  // Room B was captured once, by cap-2: its first and last capture times are that capture's.
  set.conversations = set.conversations.map((c) => (c.captureIds[0] === 'cap-2' ? { ...c, firstCapturedAt: '2026-03-11T15:00:00Z', lastCapturedAt: '2026-03-11T15:00:00Z' } : c));

  const workroom = 'https://www.upwork.com/nx/wm/workroom/38123456';
  const readers: [string, PageKind, string, string, TermsRecord][] = [
    ['cap-t1', 'contract', '2026-03-10T16:00:00Z', workroom, termsFixture('contract-v1')],
    ['cap-t2', 'contract', '2026-03-12T16:00:00Z', `${workroom}?tab=terms`, termsFixture('contract-v2')],
    ['cap-t3', 'offer', '2026-03-13T16:00:00Z', 'https://www.upwork.com/nx/offers/1', termsFixture('offer-hourly')],
    ['cap-t4', 'job-post', '2026-03-14T16:00:00Z', 'https://www.upwork.com/jobs/~02', termsFixture('job-post')],
    ['cap-t5', 'timesheet', '2026-03-15T16:00:00Z', 'https://www.upwork.com/nx/wm/workroom/40566110/timesheet', termsFixture('timesheet-week')],
  ];
  const terms = new Map<string, StoredTerms>();
  for (const [id, kind, at, url, record] of readers) {
    set.captures.push(termsCapture(id, kind, at, url, set));
    terms.set(termsId(record), mergeTerms(terms.get(termsId(record)), { record, url, captureId: id, capturedAt: at }).record);
  }
  set.terms = [...terms.values()].map((t) => (t.kind === 'contract' ? { ...t, tags: ['scope'], note: 'Scope as agreed', key: true } : t));
  set.cases = cases(set);
  return set;
}

/** Two cases: one about room A and its contract, written and numbered; one about room B, its statement still the draft. */
function cases(set: EvidenceSet): DisputeCase[] {
  const [roomB, roomA] = set.conversations.map((c) => c.id);
  return [
    {
      id: 'case_milestone',
      name: '<img src=x onerror=alert(1)> Milestone 1 not released',
      disputeType: 'billing',
      stage: 'mediation',
      stageHistory: [{ stage: 'talking', at: '2026-03-05T10:00:00Z' }, { stage: 'ticket-filed', at: '2026-03-06T12:00:00Z' }, { stage: 'mediation', at: '2026-03-09T08:30:00Z' }],
      contractIds: ['52004417'],
      conversationIds: [roomA!],
      dates: { contractEnded: '2026-03-05T00:00:00Z', disputeFiled: '2026-03-06T12:00:00Z', proposalReceived: null },
      exhibits: [{ number: 'E-1', kind: 'message', id: 'story_a1' }, { number: 'E-3', kind: 'message', id: 'story_a2' }, { number: 'E-4', kind: 'capture', id: 'cap-1' }, { number: 'E-5', kind: 'contract', id: '52004417' }],
      statement: 'I delivered milestone 1 on March 4 (E-1, E-3).\nThe client has not released it.',
      outcome: null,
      lessons: { cause: 'No written sign-off\nfor the size chart', avoidance: '', clientFeedback: 'Answers came late' },
      createdAt: '2026-03-05T10:00:00Z',
    },
    {
      id: 'case_quality',
      name: 'Quality of room B',
      disputeType: 'quality',
      stage: 'resolved',
      stageHistory: [{ stage: 'talking', at: '2026-03-07T10:00:00Z' }, { stage: 'resolved', at: '2026-03-08T10:00:00Z' }],
      contractIds: [],
      conversationIds: [roomB!],
      dates: {},
      exhibits: [],
      statement: '',
      outcome: 'Settled with a partial refund',
      lessons: { cause: '', avoidance: '', clientFeedback: '' },
      createdAt: '2026-03-07T10:00:00Z',
    },
  ];
}

export async function richBundle(set = richEvidenceSet()): Promise<Uint8Array> {
  return signedZip(buildBundleFiles(set));
}
