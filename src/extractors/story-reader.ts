// Story items -> ExtractedMessage records, in page order (research §2.4 "Field-by-field").
// Continuation bubbles have no header: they carry the run's author and time forward, so their
// time is the run's minute (the exact `created` is only in the API JSON; shared-room fixture).
import type { ExtractedMessage, MessageKind } from '../shared/model';
import { sha256Hex } from '../shared/bytes/hash';
import { textLines } from './block-text';
import { attrOf, rawAttr, textOf } from './dom';
import { AVATAR, AVATAR_IMAGE, SYSTEM_TEXT_SKIP, UI_NOISE_LINE } from './selectors';
import { quotedStoryId, readAttachment } from './story-attachments';
import { StoryClock } from './story-clock';
import { DayContext } from './story-days';
import { readStoryParts, type StoryParts } from './story-parts';

interface Run {
  sender: string | null;
  sentAt: string | null;
  sentAtText: string | null;
}

export interface StoriesRead {
  messages: ExtractedMessage[];
  /** hrefs of "View contract" actions on system cards. */
  contractLinks: string[];
}

const STORY_ID = /^story_[0-9A-Za-z_-]+$/;

export function readStories(items: readonly Element[], timeZone: string, capturedAt: Date | null = null): StoriesRead {
  const clock = new StoryClock(timeZone);
  const messages: ExtractedMessage[] = [];
  const contractLinks: string[] = [];
  const ids = new Set<string>();
  let run: Run | null = null;
  const days = new DayContext(items, capturedAt);

  for (const item of items) {
    const parts = readStoryParts(item);
    days.enter(item);
    for (const link of parts.contractLinks) contractLinks.push(link);
    // File-only messages have no body but are still messages, not events.
    const isMessage = parts.deleted || parts.body !== null || (parts.attachments.length > 0 && !parts.template);
    const kind: MessageKind = isMessage ? 'message' : 'system';
    const own = attrOf(parts.timestamp, 'title') ?? (textOf(parts.timestamp) || null);
    // A time without its date ("1:10 PM EDT", no title) is read on the day its day header names.
    const ownAt = clock.read(own) ?? clock.read(days.withDay(own, clock.year()));
    let when: Run;
    if (parts.header) {
      when = { sender: textOf(parts.userName) || avatarName(parts.avatar), sentAtText: own, sentAt: ownAt };
      run = when;
    } else if (kind === 'system') {
      // An event card without a header names no actor; its time is its own or unknown.
      when = { sender: null, sentAtText: own, sentAt: ownAt };
    } else {
      const time = ownAt !== null || run === null ? { sentAtText: own, sentAt: ownAt } : run;
      // A header-less bubble is the run's author's unless its own avatar names someone (§2.5:
      // one was seen that belonged to the other sender).
      when = { sender: avatarName(parts.avatar) ?? run?.sender ?? null, sentAtText: time.sentAtText, sentAt: time.sentAt };
    }
    const text = storyText(kind, parts, item);
    // Skeleton bubbles shown while loading: no story id, nothing in them.
    if (!parts.header && kind === 'system' && !parts.template && text === '' && !STORY_ID.test(rawAttr(item, 'id') ?? '')) continue;
    const id = storyId(item, when, text, ids);
    if (id === null) continue; // the same story twice (virtualized list): keep the first
    messages.push({
      id,
      kind,
      sender: when.sender,
      sentAt: when.sentAt,
      sentAtText: when.sentAtText,
      sentAtPrecision: 'minute',
      text,
      replyTo: parts.quote ? quotedStoryId(parts.quote) : null,
      attachments: parts.attachments.map(readAttachment),
      deleted: parts.deleted,
      edited: parts.edited,
    });
  }
  return { messages, contractLinks };
}

/** The name on the avatar: its image's alt, else its title (never the initials it shows). */
function avatarName(found: Element | null): string | null {
  const avatar = found?.matches(AVATAR) ? found : (found?.querySelector(AVATAR) ?? null);
  if (!avatar) return null;
  const image = avatar.matches(AVATAR_IMAGE) ? avatar : avatar.querySelector(AVATAR_IMAGE);
  return attrOf(image, 'alt') ?? attrOf(avatar, 'title');
}

/** Message: the body's lines. Deleted: "" (the placeholder is not the text). Event: the card's lines. */
function storyText(kind: MessageKind, parts: StoryParts, item: Element): string {
  if (parts.deleted) return '';
  if (kind === 'message') return parts.bodyLines.join('\n');
  return textLines(parts.template ?? item, SYSTEM_TEXT_SKIP)
    .filter((line) => !UI_NOISE_LINE.test(line))
    .join('\n');
}

/**
 * The element's story_… id; otherwise a stable id from what the story says, so a recapture
 * gives the same one (a repeat within one page gets -2, -3…). Null for a repeated story id.
 */
function storyId(item: Element, when: Run, text: string, ids: Set<string>): string | null {
  const own = rawAttr(item, 'id') ?? '';
  if (STORY_ID.test(own)) {
    if (ids.has(own)) return null;
    ids.add(own);
    return own;
  }
  const base = `dom_${sha256Hex(`${when.sender ?? ''}|${when.sentAtText ?? ''}|${text}`).slice(0, 16)}`;
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}
