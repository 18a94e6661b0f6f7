// What the DOM extractor read + the page's own story data (its API responses, research
// /upwork-pages.md §3.1) -> one list of messages. Pure. The DOM is what the page showed, so it
// wins wherever both say something; the page's data adds exact times, edits, deletions and
// stories that were never rendered. Every field taken from the data is marked in `sources`.
//
// | Field       | DOM message with a story of the same id                          | Story with no DOM message     |
// |-------------|------------------------------------------------------------------|-------------------------------|
// | sentAt      | the story's `created` to the millisecond (precision 'millisecond')| same                          |
// | sentAtText  | the DOM's (the timestamp title the page showed)                  | null                          |
// | edited      | DOM edited, or the story's edit evidence (see pageEdit)           | the story's edit evidence     |
// | editedAt    | the story's edit time when the story shows an edit               | same                          |
// | deleted     | DOM deleted, or the story's `deleted`                            | the story's `deleted`         |
// | kind        | 'system' for a system story, unless the DOM shows a message      | system story ? 'system' :     |
// |             | (text, files or a deleted marker): then the DOM's + an action    |   'message'                   |
// | text        | the DOM's; if empty and not deleted, the story's text; a          | the story's text ('' when     |
// |             | different non-empty story text is one summarised action          |   deleted)                    |
// | attachments | the DOM's if any, else the story's                               | the story's                   |
// | sender      | the DOM's; if null (messages only), the name the DOM gave to     | that name, else null          |
// |             | the story's `userId` elsewhere (only when it gave just one)      |                               |
// Story text = `message`, or `header` for a system story with no message. Order: DOM order is
// kept; a story-only message goes before the first DOM message with a later story time. Merging
// a merged list again changes no message.
import type { ExtractedMessage, FieldSource, SourcedField } from '../shared/model';
import { toIsoUtc } from '../shared/zoned-time';
import type { PageStory } from './page-stories';

export interface PageStoriesMerge {
  messages: ExtractedMessage[];
  actions: string[];
}

const PAGE: FieldSource = 'page-data';
const ALL_FIELDS: SourcedField[] = ['sender', 'sentAt', 'text', 'kind', 'edited', 'deleted', 'attachments'];
/** Saving a story can set `updated` a moment after `created`; only a later change is an edit. */
const EDIT_SLACK_MS = 1000;
/** A title such as "9:14 AM" names the minute (§2.4); a little more allows for rounding. */
const MINUTE_MS = 60_000;

export function mergePageStories(dom: readonly ExtractedMessage[], page: ReadonlyMap<string, PageStory>): PageStoriesMerge {
  if (page.size === 0) return { messages: [...dom], actions: ['no story data from the page was seen; times are to the minute, as the page shows them'] };
  const names = senderNames(dom, page);
  const notes = { text: [] as string[], kind: [] as string[], time: [] as string[] };
  const merged = dom.map((m) => {
    const story = page.get(m.id);
    return story ? withStory(m, story, names, notes) : m;
  });
  const domIds = new Set(dom.map((m) => m.id));
  const extra = [...page.values()]
    .filter((s) => !domIds.has(s.storyId))
    .sort((a, b) => a.created - b.created || (a.storyId < b.storyId ? -1 : 1));

  const messages: ExtractedMessage[] = [];
  let next = 0;
  for (const m of merged) {
    const at = page.get(m.id)?.created;
    if (at !== undefined) for (; next < extra.length && extra[next]!.created < at; next++) messages.push(fromStory(extra[next]!, names));
    messages.push(m);
  }
  for (; next < extra.length; next++) messages.push(fromStory(extra[next]!, names));

  const matched = dom.filter((m) => page.has(m.id)).length;
  const actions = [`exact times for ${matched} of ${dom.length} messages from the page's own data`];
  if (extra.length > 0) actions.push(`added ${count(extra.length, 'message')} known only from the page's data`);
  if (notes.text.length > 0) actions.push(`the page's data and the page disagreed on the text of ${count(notes.text.length, 'message')}; kept the text shown on the page (${ids(notes.text)})`);
  if (notes.kind.length > 0) actions.push(`the page's data and the page disagreed on whether ${count(notes.kind.length, 'message')} ${notes.kind.length === 1 ? 'was a system event' : 'were system events'}; kept what the page showed (${ids(notes.kind)})`);
  if (notes.time.length > 0) actions.push(`the page's data put ${count(notes.time.length, 'message')} more than a minute before the time the page showed; used the page's data (${ids(notes.time)})`);
  return { messages, actions };
}

function withStory(m: ExtractedMessage, s: PageStory, names: ReadonlyMap<string, string>, notes: Record<'text' | 'kind' | 'time', string[]>): ExtractedMessage {
  const sources: Partial<Record<SourcedField, FieldSource>> = { ...m.sources, sentAt: PAGE };
  const out: ExtractedMessage = { ...m, sentAt: toIsoUtc(new Date(s.created)), sentAtPrecision: 'millisecond', sources };
  if (m.sentAt !== null && m.sentAtPrecision === 'minute' && s.created < Date.parse(m.sentAt) - MINUTE_MS) notes.time.push(m.id);

  const edit = pageEdit(s);
  if (edit.edited) {
    if (!m.edited) sources.edited = PAGE;
    out.edited = true;
    out.editedAt = edit.at;
  }
  if (s.deleted && !m.deleted) {
    out.deleted = true;
    sources.deleted = PAGE;
  }
  const shownAsMessage = m.kind === 'message' && (m.text.trim() !== '' || m.attachments.length > 0 || m.deleted);
  if (s.isSystemStory && m.kind === 'message' && !shownAsMessage) {
    out.kind = 'system';
    sources.kind = PAGE;
  } else if (s.isSystemStory !== (m.kind === 'system')) {
    notes.kind.push(m.id);
  }
  const text = storyText(s);
  if (m.text === '' && !out.deleted && text !== '') {
    out.text = text;
    sources.text = PAGE;
  } else if (out.kind === 'message' && m.text !== '' && s.message !== '' && normalize(m.text) !== normalize(s.message)) {
    notes.text.push(m.id);
  }
  if (m.attachments.length === 0 && s.attachments.length > 0) {
    out.attachments = s.attachments.map((a) => ({ ...a }));
    sources.attachments = PAGE;
  }
  const name = m.sender === null && out.kind === 'message' && s.userId !== null ? names.get(s.userId) : undefined;
  if (name !== undefined) {
    out.sender = name;
    sources.sender = PAGE;
  }
  return out;
}

function fromStory(s: PageStory, names: ReadonlyMap<string, string>): ExtractedMessage {
  const edit = pageEdit(s);
  return {
    id: s.storyId,
    kind: s.isSystemStory ? 'system' : 'message',
    sender: s.userId === null ? null : (names.get(s.userId) ?? null),
    sentAt: toIsoUtc(new Date(s.created)),
    sentAtText: null,
    sentAtPrecision: 'millisecond',
    text: s.deleted ? '' : storyText(s),
    replyTo: null,
    attachments: s.attachments.map((a) => ({ ...a })),
    deleted: s.deleted,
    edited: edit.edited,
    ...(edit.edited ? { editedAt: edit.at } : {}),
    sources: Object.fromEntries(ALL_FIELDS.map((f) => [f, PAGE])),
  };
}

/**
 * Edit evidence in a story: `modified`, or a `userModifiedTimestamp`/`updated` later than
 * `created` (§3.1 infers that these signal an edit). A timestamp equal to `created` is not an
 * edit: §3.1's example story has userModifiedTimestamp == created with modified 0. For a deleted
 * story only `modified` counts, since the deletion itself may have moved `updated`.
 */
function pageEdit(s: PageStory): { edited: boolean; at: string | null } {
  const later = (t: number | null): t is number => !s.deleted && t !== null && t > s.created + EDIT_SLACK_MS;
  const at = later(s.userModifiedTimestamp) ? s.userModifiedTimestamp : later(s.updated) ? s.updated : null;
  const edited = s.modified || at !== null;
  return { edited, at: edited && at !== null ? toIsoUtc(new Date(at)) : null };
}

function storyText(s: PageStory): string {
  return s.message !== '' ? s.message : s.isSystemStory ? (s.header ?? '') : '';
}

/** userId -> the one name the DOM gave to that user's stories (never a name the data supplied). */
function senderNames(dom: readonly ExtractedMessage[], page: ReadonlyMap<string, PageStory>): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const m of dom) {
    const userId = page.get(m.id)?.userId;
    if (userId == null || m.sender === null || m.sources?.sender === PAGE) continue;
    const known = seen.get(userId);
    seen.set(userId, known === undefined || known === m.sender ? m.sender : null);
  }
  const names = new Map<string, string>();
  for (const [userId, name] of seen) if (name !== null) names.set(userId, name);
  return names;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The first few ids, so the action stays one readable line. */
function ids(list: readonly string[]): string {
  const shown = list.slice(0, 5).join(', ');
  return list.length > 5 ? `${shown} and ${list.length - 5} more` : shown;
}
