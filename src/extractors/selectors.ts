// Named selectors for Upwork Messages (Nuxt 3 app, 2026). Sources: research/upwork-pages.md
// §2.3 (room header) and §2.4 (stories); the shared fixture composes them into one page.
// Lists are tried in order: the first selector that matches wins.

// ---- Room frame -------------------------------------------------------------------------
/** Scroll container of the story list (§2.4: OptimizeUp, AOP, UCE); .story-list is Leverora's (Sep 2026). */
export const MESSAGE_LIST = ['#story-viewport', '.story-list'] as const;
/** The open room: header, story list, composer and sidebar (Fediuk chat/item*.js, 2026-01-14). */
export const ROOM_PANE = '.up-d-room, .desktop-room';
/** Room header (Fediuk writing.js; AOP extension). */
export const ROOM_HEADER = '.room-header, .up-d-room-header';
/** Right sidebar with contract details (Fediuk; its contents are GUESSED in the fixture). */
export const ROOM_SIDEBAR = '.sidebar, .up-d-sidebar';
/** Other party / room title: AOP + UCE use the first two; Leverora (Sep 2026) the h4. */
export const ROOM_TITLE = ['[data-test="room-title"]', '.room-title', '.room-title-wrapper h4'] as const;
/** Job or contract title under the room title (UCE v2.7). */
export const ROOM_SUBTITLE = '[data-test="room-subtitle"]';
/** "View contract" action in the header and on system cards (Fediuk writing.js, 2026-01-14). */
export const VIEW_CONTRACT = '[data-ev-label="wm_view_contract_action"]';
/** The left room list links to OTHER rooms: never read room or contract ids from it (§2.2). */
export const ROOM_LIST = '[data-test="rooms-panel"], .rooms-panel, [data-test="room-list-item"], .room-list-item';
/** Places a workroom page may name its Messages room (GUESS: no workroom pane markup is known). */
export const ROOM_REFERENCE = 'a[href*="/messages/rooms/room_"], [data-room-id^="room_"]';

// ---- One story (.up-d-story-item, id = storyId) --------------------------------------------
// The per-story walk matches class names, not selectors: in happy-dom a querySelector costs
// ~25 µs per story, a class check well under 1 µs, and rooms hold thousands of stories.
export const STORY_ITEM_CLASS = 'up-d-story-item';
/** What a class token makes an element inside a story. */
export type StoryRole =
  | 'header' // .story-message-header = [data-test="story-header"]; only on the first bubble of a run
  | 'user-name' // span.user-name in the header
  | 'timestamp' // span.story-timestamp[title="March 2, 2026 at 9:14 AM"]
  | 'body' // .up-d-message = [data-test="story-message"]
  | 'message-wrapper' // .story-message; with .deleted it is a deleted message (OptimizeUp)
  | 'edited' // .story-edited-label "(edited)" (GUESSED marker)
  | 'template' // .up-d-story-template-ref: system/event card (old CSS; inner markup GUESSED)
  | 'quote' // quoted older message: excluded from text (OptimizeUp)
  | 'attachment' // file block (UCE v2.7)
  | 'avatar' // .avatar-section / .up-d-avatar: not walked, read only when the header has no name
  | 'inner' // .story-inner; with .top it starts an author run
  | 'skip'; // hover menu and date separator: UI, never evidence text

export const STORY_ROLES: ReadonlyMap<string, StoryRole> = new Map<string, StoryRole>([
  ['story-message-header', 'header'],
  ['user-name', 'user-name'],
  ['story-timestamp', 'timestamp'],
  ['up-d-message', 'body'],
  ['story-message', 'message-wrapper'],
  ['story-edited-label', 'edited'],
  ['up-d-story-template-ref', 'template'],
  ['reply-wrapper', 'quote'],
  ['quote-wrap', 'quote'],
  ['quote-attachment', 'quote'],
  ['up-d-story-reference', 'attachment'],
  ['attachment-item', 'attachment'],
  ['avatar-section', 'avatar'],
  ['up-d-avatar', 'avatar'],
  ['story-inner', 'inner'],
  ['story-menu-section', 'skip'],
  ['story-day-header', 'skip'],
]);

/** data-test hooks, used only when the class walk found nothing (renamed classes). */
export const STORY_HEADER = '[data-test="story-header"]';
export const STORY_MESSAGE = '[data-test="story-message"]';
export const STORY_USER_NAME = '.user-name';
export const STORY_TIMESTAMP = '.story-timestamp';
/** Fallback author name: .up-d-avatar img[alt], else .up-d-avatar[title] (§2.4 "Sender"). */
export const AVATAR = '.up-d-avatar';
export const AVATAR_IMAGE = 'img[alt]';
/** A quote that names the story it quotes: a data attribute (GUESS) or a story deep link (§1). */
export const QUOTED_STORY = '[data-story-id], a[href*="story_"]';

// ---- Attachment block (UCE v2.7; Lazy-Claw test for /ab/messages/att/<uuid>) -------------------
export const ATTACHMENT_NAME = ['.file-name .name', '.file-name'] as const;
export const ATTACHMENT_SIZE = ['.file-size', '.file-content'] as const;
export const ATTACHMENT_LINK = [
  'a[href*="/messages/att"]',
  '.file-name a[href]',
  '.story-file-description a[href]',
  'a.up-d-story-img[href]',
  'a[href]',
] as const;

// ---- Text rules ---------------------------------------------------------------------------
/**
 * Subtrees that are never message text: the end marker, quoted replies (OptimizeUp), the edited
 * marker, attachments (kept separately), avatar initials, the hover menu, and tooltips such as
 * "Editing is only available for N hours" (UCE strips it) and screen-reader-only labels.
 */
export const MESSAGE_TEXT_SKIP: ReadonlySet<string> = new Set([
  'end-of-message', 'reply-wrapper', 'quote-wrap', 'quote-attachment', 'story-edited-label',
  'up-d-story-reference', 'attachment-item', 'avatar-section', 'up-d-avatar', 'avatar-initials',
  'story-menu-section', 'air3-tooltip', 'air3-popper', 'tooltip', 'sr-only', 'visually-hidden',
]);

/** System cards also drop their action buttons ("View contract", "View details", "View offer"). */
export const SYSTEM_TEXT_SKIP: ReadonlySet<string> = new Set([
  ...MESSAGE_TEXT_SKIP, 'air3-btn', 'story-day-header', 'story-message-header', 'story-timestamp',
]);

/** Whole lines of UI text that exporters strip from system stories (UCE v2.7 noise filters). */
export const UI_NOISE_LINE =
  /^(?:view (?:contract|details|offer|proposal|job post|milestones?|timesheet|work diary|files?)|(?:un)?favorite message|more options|reply|editing is only available for \d+ hours?)$/i;
