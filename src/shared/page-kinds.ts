// Which Upwork page a URL is. Pure and context-free (no chrome.*, no DOM globals), so the
// content script, the background and the tests share one answer.
// URL shapes: ../shared/research/upwork-pages.md §1 (and §0.1). Paths are matched after
// trailing slashes are removed; query and hash never change the kind.
import type { PageKind } from './model';

const UPWORK_ORIGIN = 'https://www.upwork.com';

/** Room ids are room_ + 32 hex (§1 "ID formats"); a legacy /story_… suffix is the same room. */
const MESSAGES_ROOM = /^\/ab\/messages\/rooms\/(room_[0-9a-f]{32})(?:\/story_[0-9a-z]+)?$/i;
const WORKROOM_MESSAGES = /^\/nx\/wm\/workroom\/(\d+)\/messages$/;
const TIMESHEET = /^\/nx\/wm\/workroom\/(\d+)\/timesheet$/;
/** The bare workroom and its other tabs (overview, details…: tab names are a GUESS, §1). */
const WORKROOM_TAB = /^\/nx\/wm\/workroom\/(\d+)(?:\/([a-z][a-z-]*))?$/;
const CONTRACT_PATHS = [
  /^\/nx\/wm\/contracts\/(\d+)$/, // "new" detail, seen only in tool fixtures (LOW)
  /^\/ab\/contracts\/(\d+)$/, // client / legacy, still linked in 2025–26 scripts
  /^\/ab\/c\/\d+\/contracts\/(\d+)$/, // legacy company-scoped contract (pre-2020)
];
/** Job ids look like ~02 + 18 digits; tools accept ~[\w]{15,25} (OptimizeUp). */
const JOB_POST = [
  /^\/jobs\/(?:[^/]+_)?(~[0-9a-z]{10,30})$/i,
  // Public SEO copy of the same posting; category pages under /freelance-jobs have no ~id.
  /^\/freelance-jobs\/apply\/[^/]+_(~[0-9a-z]{10,30})$/i,
];
const OFFER = [/^\/nx\/wm\/offers?\/\d+$/, /^\/ab\/offers\/\d+$/, /^\/nx\/offers\/\d+$/];
const PROPOSAL = [/^\/nx\/proposals\/(?:archived\/|active\/)?(\d+)$/, /^\/ab\/proposals\/(\d+)$/];

/** The path of an https://www.upwork.com URL without trailing slashes, else null. */
function upworkPath(url: URL): string | null {
  if (url.origin !== UPWORK_ORIGIN || url.username !== '' || url.password !== '') return null;
  return url.pathname.replace(/\/+$/, '') || '/';
}

/** What the first of `patterns` to match an Upwork URL's path captures first, else null. */
function firstCapture(url: URL, patterns: readonly RegExp[]): string | null {
  const path = upworkPath(url);
  if (path === null) return null;
  for (const pattern of patterns) {
    const captured = pattern.exec(path)?.[1];
    if (captured) return captured;
  }
  return null;
}

function matchesAny(url: URL, patterns: readonly RegExp[]): boolean {
  const path = upworkPath(url);
  return path !== null && patterns.some((p) => p.test(path));
}

export function isMessagesRoomPage(url: URL): boolean {
  return matchesAny(url, [MESSAGES_ROOM]);
}

export function isWorkroomMessagesPage(url: URL): boolean {
  return matchesAny(url, [WORKROOM_MESSAGES]);
}

export function isTimesheetPage(url: URL): boolean {
  return matchesAny(url, [TIMESHEET]);
}

export function isContractPage(url: URL): boolean {
  const path = upworkPath(url);
  if (path === null) return false;
  const tab = WORKROOM_TAB.exec(path);
  if (tab) return tab[2] !== 'messages' && tab[2] !== 'timesheet';
  return CONTRACT_PATHS.some((p) => p.test(path));
}

export function isJobPostPage(url: URL): boolean {
  return matchesAny(url, JOB_POST);
}

export function isOfferPage(url: URL): boolean {
  return matchesAny(url, OFFER);
}

export function isProposalPage(url: URL): boolean {
  return matchesAny(url, PROPOSAL);
}

const CLASSIFIERS: ReadonlyArray<readonly [PageKind, (url: URL) => boolean]> = [
  ['messages-room', isMessagesRoomPage],
  ['workroom-messages', isWorkroomMessagesPage],
  ['timesheet', isTimesheetPage],
  ['contract', isContractPage],
  ['job-post', isJobPostPage],
  ['offer', isOfferPage],
  ['proposal', isProposalPage],
];

/** The kind of capturable page, or null for every other page (lists, inbox, help, other hosts). */
export function getPageKind(url: URL): PageKind | null {
  for (const [kind, test] of CLASSIFIERS) if (test(url)) return kind;
  return null;
}

export function isCapturable(url: URL): boolean {
  return getPageKind(url) !== null;
}

/** room_<32 hex> of a messages-room URL, else null. */
export function roomIdFromUrl(url: URL): string | null {
  return firstCapture(url, [MESSAGES_ROOM]);
}

/** The ~0… key of a job post's URL (the key its page is stored under), else null. */
export function jobKeyFromUrl(url: URL): string | null {
  return firstCapture(url, JOB_POST);
}

/** The number of a proposal's URL (the id its page is stored under), else null. */
export function proposalIdFromUrl(url: URL): string | null {
  return firstCapture(url, PROPOSAL);
}

/** The numeric workroom/contract id of a workroom, timesheet or contract URL, else null. */
export function contractIdFromUrl(url: URL): string | null {
  return firstCapture(url, [WORKROOM_TAB, ...CONTRACT_PATHS]);
}
