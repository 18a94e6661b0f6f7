// Every URL must resolve to exactly its kind (or none): one isX true, all others false.
// Shapes from ../shared/research/upwork-pages.md §1.
import { describe, expect, it } from 'vitest';
import type { PageKind } from '../../../src/shared/model';
import {
  contractIdFromUrl,
  jobKeyFromUrl,
  proposalIdFromUrl,
  getPageKind,
  isCapturable,
  isContractPage,
  isJobPostPage,
  isMessagesRoomPage,
  isOfferPage,
  isProposalPage,
  isTimesheetPage,
  isWorkroomMessagesPage,
  roomIdFromUrl,
} from '../../../src/shared/page-kinds';

const U = 'https://www.upwork.com';
const ROOM = 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';

const MATRIX: ReadonlyArray<readonly [string, PageKind | null]> = [
  // messages
  [`${U}/ab/messages/rooms/${ROOM}`, 'messages-room'],
  [`${U}/ab/messages/rooms/${ROOM}?pageTitle=Dana%20Whitfield&companyReference=1766093125537890304&sidebar=true`, 'messages-room'],
  [`${U}/ab/messages/rooms/${ROOM}/`, 'messages-room'],
  [`${U}/ab/messages/rooms/${ROOM}/story_434633e8ceb69fbfd23b67a7c68fd50a?atTimestamp=1772442840000`, 'messages-room'],
  [`${U}/ab/messages/rooms`, null],
  [`${U}/ab/messages/rooms/`, null],
  [`${U}/ab/messages/`, null],
  [`${U}/ab/messages/rooms/?filter=unread`, null],
  [`${U}/ab/messages/rooms/room_5f3c9a0e`, null],
  [`${U}/ab/messages/att/0b6f2c1e-4a57-4d0e-9c11-7a3e52d8f6b0`, null],
  [`${U}/nx/messages/rooms/${ROOM}`, null],
  // workroom tabs
  [`${U}/nx/wm/workroom/38123456/messages`, 'workroom-messages'],
  [`${U}/nx/wm/workroom/38123456/messages/`, 'workroom-messages'],
  [`${U}/nx/wm/workroom/38901192/timesheet`, 'timesheet'],
  [`${U}/nx/wm/workroom/38901192/timesheet?timesheetDate=2026-09-14`, 'timesheet'],
  [`${U}/nx/wm/workroom/38123456`, 'contract'],
  [`${U}/nx/wm/workroom/38123456/`, 'contract'],
  [`${U}/nx/wm/workroom/38123456/overview`, 'contract'],
  [`${U}/nx/wm/workroom/38123456/details#terms`, 'contract'],
  [`${U}/nx/wm/workroom/`, null],
  // contracts
  [`${U}/nx/wm/contracts/41069448`, 'contract'],
  [`${U}/ab/contracts/1234567`, 'contract'],
  [`${U}/ab/c/1766093125537890304/contracts/41069448#terms`, 'contract'],
  [`${U}/nx/wm/contracts`, null],
  [`${U}/nx/wm/contracts/?status=active`, null],
  [`${U}/ab/contracts/active`, null],
  [`${U}/ab/c/1766093125537890304/contracts/`, null],
  [`${U}/ab/c/1766093125537890304/home`, null],
  [`${U}/nx/wm/freelancer/home`, null],
  // job posts
  [`${U}/jobs/Developer-for-Backend-API_~021871538070777433492`, 'job-post'],
  [`${U}/jobs/~021871538070777433492`, 'job-post'],
  [`${U}/jobs/~021871538070777433492/`, 'job-post'],
  [`${U}/freelance-jobs/apply/Shopify-Headless-Migration_~021871538070777433492/`, 'job-post'],
  [`${U}/freelance-jobs/web-development/`, null],
  [`${U}/nx/search/jobs/?q=shopify`, null],
  [`${U}/nx/find-work/best-matches`, null],
  [`${U}/jobs/`, null],
  // offers
  [`${U}/nx/wm/offers/987654321`, 'offer'],
  [`${U}/nx/wm/offer/987654321`, 'offer'],
  [`${U}/ab/offers/987654321/`, 'offer'],
  [`${U}/nx/offers/987654321`, 'offer'],
  [`${U}/nx/offers/`, null],
  [`${U}/ab/offers/`, null],
  // proposals
  [`${U}/nx/proposals/1498765432109876543`, 'proposal'],
  [`${U}/nx/proposals/archived/1498765432109876543`, 'proposal'],
  [`${U}/nx/proposals/active/1498765432109876543/`, 'proposal'],
  [`${U}/ab/proposals/1498765432109876543`, 'proposal'],
  [`${U}/nx/proposals/`, null],
  [`${U}/nx/proposals/interview/uid/1498765432109876543`, null],
  // other Upwork pages
  [`${U}/`, null],
  [`${U}/nx/payments/reports/transaction-history`, null],
  [`${U}/nx/payments/reports/transaction-history#`, null],
  [`${U}/nx/plans/connects/history`, null],
  [`${U}/ab/workdiary/freelancer`, null],
  ['https://support.upwork.com/hc/en-us/articles/211068528-Dispute-non-release-of-a-milestone-payment', null],
  // other hosts, schemes and lookalikes
  [`http://www.upwork.com/ab/messages/rooms/${ROOM}`, null],
  [`https://upwork.com/ab/messages/rooms/${ROOM}`, null],
  [`https://www.upwork.com.evil.test/ab/messages/rooms/${ROOM}`, null],
  [`https://evil.test/www.upwork.com/ab/messages/rooms/${ROOM}`, null],
  [`https://www.upwork.com@evil.test/ab/messages/rooms/${ROOM}`, null],
  [`https://user@www.upwork.com/ab/messages/rooms/${ROOM}`, null],
  [`https://www.upwork.com:8443/ab/messages/rooms/${ROOM}`, null],
  ['https://www.upwork.co/nx/wm/workroom/38123456/messages', null],
];

const IS_X: Record<PageKind, (url: URL) => boolean> = {
  'messages-room': isMessagesRoomPage,
  'workroom-messages': isWorkroomMessagesPage,
  contract: isContractPage,
  'job-post': isJobPostPage,
  offer: isOfferPage,
  proposal: isProposalPage,
  timesheet: isTimesheetPage,
};

describe('page kinds', () => {
  it.each(MATRIX)('%s is %s', (href, expected) => {
    const url = new URL(href);
    const truthy = Object.entries(IS_X)
      .filter(([, test]) => test(url))
      .map(([kind]) => kind);
    expect(truthy).toEqual(expected === null ? [] : [expected]);
    expect(getPageKind(url)).toBe(expected);
    expect(isCapturable(url)).toBe(expected !== null);
  });

  it('covers every kind in the matrix', () => {
    const kinds = new Set(MATRIX.map(([, kind]) => kind));
    for (const kind of Object.keys(IS_X)) expect(kinds.has(kind as PageKind)).toBe(true);
  });
});

describe('ids from URLs', () => {
  it.each([
    [`${U}/ab/messages/rooms/${ROOM}?pageTitle=Dana`, ROOM],
    [`${U}/ab/messages/rooms/${ROOM}/story_434633e8ceb69fbfd23b67a7c68fd50a`, ROOM],
    [`${U}/ab/messages/rooms`, null],
    [`${U}/nx/wm/workroom/38123456/messages`, null],
    [`https://www.upwork.com.evil.test/ab/messages/rooms/${ROOM}`, null],
  ])('roomIdFromUrl(%s) = %s', (href, id) => {
    expect(roomIdFromUrl(new URL(href))).toBe(id);
  });

  it.each([
    [`${U}/nx/wm/workroom/38123456/messages`, '38123456'],
    [`${U}/nx/wm/workroom/38901192/timesheet?timesheetDate=2026-09-14`, '38901192'],
    [`${U}/nx/wm/workroom/38123456/overview`, '38123456'],
    [`${U}/nx/wm/contracts/41069448/`, '41069448'],
    [`${U}/ab/contracts/1234567`, '1234567'],
    [`${U}/ab/c/1766093125537890304/contracts/41069448#terms`, '41069448'],
    [`${U}/ab/contracts/active`, null],
    [`${U}/ab/messages/rooms/${ROOM}`, null],
    ['https://evil.test/nx/wm/workroom/38123456', null],
  ])('contractIdFromUrl(%s) = %s', (href, id) => {
    expect(contractIdFromUrl(new URL(href))).toBe(id);
  });
  it.each([
    [`${U}/jobs/Landing-page-rebuild_~021234567890123456789/`, '~021234567890123456789'],
    [`${U}/jobs/~021234567890123456789?source=rss`, '~021234567890123456789'],
    [`${U}/freelance-jobs/apply/Landing-page_~021234567890123456789`, '~021234567890123456789'],
    // A category page has no job key; nor does another host's job page.
    [`${U}/freelance-jobs/web-design`, null],
    [`${U}/freelance-jobs/Landing-page_~021234567890123456789`, null],
    ['https://www.upwork.com.evil.test/jobs/~021234567890123456789', null],
  ])('jobKeyFromUrl(%s) = %s', (href, key) => {
    expect(jobKeyFromUrl(new URL(href))).toBe(key);
  });

  it.each([
    [`${U}/nx/proposals/1899770012345678901`, '1899770012345678901'],
    [`${U}/nx/proposals/archived/1899770012345678901/`, '1899770012345678901'],
    [`${U}/ab/proposals/1899770012345678901`, '1899770012345678901'],
    [`${U}/nx/proposals/active`, null],
    [`${U}/nx/wm/offers/38123456`, null],
  ])('proposalIdFromUrl(%s) = %s', (href, id) => {
    expect(proposalIdFromUrl(new URL(href))).toBe(id);
  });
});
