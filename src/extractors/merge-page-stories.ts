// What the DOM extractor read + the page's own story data (its API responses, research
// /upwork-pages.md §3.1) -> one list of messages. Pure. Any script on upwork.com can post into the
// channel the data arrives by, so the data may be forged: it never changes what the page showed
// without saying so. It fills what the page left blank, confirms what it agrees with (source
// "both"), and where the two disagree — in either direction — the message keeps both values in
// `conflicts`. Stories the page never rendered become messages sourced to the data alone.
//
// | Field       | DOM message with a story of the same id                               | Story with no DOM message |
// |-------------|-----------------------------------------------------------------------|---------------------------|
// | sentAt      | the story's `created` to the millisecond when it falls in the minute   | same, 'page-data'         |
// |             | the page showed (from a minute before to two after: titles round, and |                           |
// |             | a continuation bubble shows its run's minute): 'both'. Later than      |                           |
// |             | that: the story's (a bubble's time is its run's, a lower bound) +      |                           |
// |             | conflict. Earlier: the page's (the data contradicts it) + conflict.   |                           |
// |             | No time on the page: the story's                                      |                           |
// | sentAtText  | the DOM's (the timestamp title the page showed)                       | null                      |
// | edited      | the DOM's; the data's edit evidence on a message the page did not     | the story's edit evidence |
// |             | mark edited is a conflict; on one it did, it adds `editedAt`          |                           |
// | deleted     | the DOM's; a disagreement is a conflict                               | the story's `deleted`     |
// | kind        | 'system' for a system story when the DOM shows nothing of a message;  | system story ? 'system' : |
// |             | otherwise the DOM's, a disagreement a conflict                        |   'message'               |
// | text        | the DOM's; if empty and not deleted, the story's; a different          | the story's text ('' when |
// |             | non-empty story text is a conflict                                    |   deleted)                |
// | attachments | the DOM's if any, else the story's; different file names a conflict   | the story's               |
// | sender      | the DOM's; if null (messages only), the name the DOM gave to          | that name, else null      |
// |             | the story's `userId` elsewhere (only when it gave just one)           |                           |
// Story text = `message`, or `header` for a system story with no message. Order: DOM order is
// kept; a story-only message goes before the first DOM message with a later story time. A field
// already taken from the data stays so; merging a merged list again changes no message.
import type { Attachment, ExtractedMessage, FieldConflict, FieldSource, SourcedField } from '../shared/model';
import { SOURCED_FIELDS, withConflicts } from '../shared/provenance';
import { toIsoUtc } from '../shared/zoned-time';
import type { PageStory } from './page-stories';

export interface PageStoriesMerge {
  messages: ExtractedMessage[];
  actions: string[];
}

const PAGE: FieldSource = 'page-data';
const BOTH: FieldSource = 'both';
/** Saving a story can set `updated` a moment after `created`; only a later change is an edit. */
const EDIT_SLACK_MS = 1000;
/** A title such as "9:14 AM" names the minute (§2.4); a little more allows for rounding. */
const MINUTE_MS = 60_000;

type Notes = Record<'text' | 'kind' | 'earlier' | 'later' | 'deleted' | 'edited', string[]>;

export function mergePageStories(dom: readonly ExtractedMessage[], page: ReadonlyMap<string, PageStory>): PageStoriesMerge {
  if (page.size === 0) return { messages: [...dom], actions: ['no story data from the page was seen; times are to the minute, as the page shows them'] };
  const names = senderNames(dom, page);
  const notes: Notes = { text: [], kind: [], earlier: [], later: [], deleted: [], edited: [] };
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
  if (extra.length > 0) actions.push(`added ${count(extra.length, 'message')} known only from the page's data, never shown on the page; each is marked so`);
  const disagreed = (list: string[], what: string, kept: string) => {
    if (list.length > 0) actions.push(`the page's data and the page disagreed on ${what} of ${count(list.length, 'message')}; ${kept}, and recorded both (${ids(list)})`);
  };
  disagreed(notes.text, 'the text', 'kept the text shown on the page');
  disagreed(notes.kind, 'whether it was a system event,', 'kept what the page showed');
  disagreed(notes.earlier, 'the time', "the data's time was before the minute the page showed; kept the page's time");
  disagreed(notes.later, 'the time', "the data's time was later than the minute the page showed (a bubble shows its run's minute); used the data's exact time");
  disagreed(notes.deleted, 'whether it was deleted', 'kept what the page showed');
  disagreed(notes.edited, 'whether it was edited', 'kept what the page showed');
  return { messages, actions };
}

function withStory(m: ExtractedMessage, s: PageStory, names: ReadonlyMap<string, string>, notes: Notes): ExtractedMessage {
  const sources: Partial<Record<SourcedField, FieldSource>> = { ...m.sources };
  const found: FieldConflict[] = [];
  const out: ExtractedMessage = { ...m, sources };
  const conflict = (field: SourcedField, dom: FieldConflict['dom'], pageData: FieldConflict['pageData'], note: string[]) => {
    found.push({ field, dom, pageData });
    note.push(m.id);
  };
  /** Both say the same: the field is confirmed, unless it was the data's alone already. */
  const agree = (field: SourcedField) => {
    if (sources[field] === undefined) sources[field] = BOTH;
  };

  const storyAt = toIsoUtc(new Date(s.created));
  if (m.sentAt === null) {
    Object.assign(out, { sentAt: storyAt, sentAtPrecision: 'millisecond' });
    sources.sentAt = PAGE;
  } else if (m.sentAtPrecision === 'minute') {
    const shown = Date.parse(m.sentAt);
    if (s.created >= shown - MINUTE_MS && s.created < shown + 2 * MINUTE_MS) {
      Object.assign(out, { sentAt: storyAt, sentAtPrecision: 'millisecond' });
      sources.sentAt = BOTH;
    } else if (s.created >= shown) {
      Object.assign(out, { sentAt: storyAt, sentAtPrecision: 'millisecond' });
      sources.sentAt = PAGE;
      conflict('sentAt', m.sentAt, storyAt, notes.later);
    } else {
      conflict('sentAt', m.sentAt, storyAt, notes.earlier);
    }
  }

  const edit = pageEdit(s);
  if (edit.edited && m.edited) {
    out.editedAt = edit.at;
    agree('edited');
  } else if (edit.edited && sources.edited !== PAGE) {
    conflict('edited', false, true, notes.edited);
  }
  if (s.deleted === m.deleted) agree('deleted');
  else conflict('deleted', m.deleted, s.deleted, notes.deleted);

  const shownAsMessage = m.kind === 'message' && (m.text.trim() !== '' || m.attachments.length > 0 || m.deleted);
  const storyKind = s.isSystemStory ? 'system' : 'message';
  if (s.isSystemStory && m.kind === 'message' && !shownAsMessage) {
    out.kind = 'system';
    sources.kind = PAGE;
  } else if (storyKind !== m.kind) {
    conflict('kind', m.kind, storyKind, notes.kind);
  } else agree('kind');

  const text = storyText(s);
  if (m.text === '' && !out.deleted && text !== '') {
    out.text = text;
    sources.text = PAGE;
  } else if (out.kind === 'message' && m.text !== '' && s.message !== '') {
    if (normalize(m.text) === normalize(s.message)) agree('text');
    else conflict('text', m.text, s.message, notes.text);
  }
  if (m.attachments.length === 0 && s.attachments.length > 0) {
    out.attachments = s.attachments.map((a) => ({ ...a }));
    sources.attachments = PAGE;
  } else if (m.attachments.length > 0 && s.attachments.length > 0) {
    const shown = fileNames(m.attachments);
    const said = fileNames(s.attachments);
    if (shown === said) agree('attachments');
    else conflict('attachments', shown, said, []);
  }
  const name = m.sender === null && out.kind === 'message' && s.userId !== null ? names.get(s.userId) : undefined;
  if (name !== undefined) {
    out.sender = name;
    sources.sender = PAGE;
  }
  if (found.length > 0) out.conflicts = withConflicts(m.conflicts, found);
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
    sources: Object.fromEntries(SOURCED_FIELDS.map((f) => [f, PAGE])),
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

function fileNames(files: readonly Attachment[]): string {
  return files.map((f) => f.name).join('\n');
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
