// File attachments and quoted replies of one story (research §2.4 "Attachments", UCE v2.7).
import type { Attachment } from '../shared/model';
import { attrOf, optional, textOf } from './dom';
import { ATTACHMENT_LINK, ATTACHMENT_NAME, ATTACHMENT_SIZE, QUOTED_STORY } from './selectors';

const UPWORK_ORIGIN = 'https://www.upwork.com';

/**
 * An href as an absolute https://www.upwork.com URL, else null: downloads live under
 * /ab/messages/att/<uuid>, and a javascript: or foreign link is not Upwork's file.
 */
export function upworkUrl(href: string | null): string | null {
  if (href === null) return null;
  let url: URL;
  try {
    url = new URL(href, UPWORK_ORIGIN);
  } catch {
    return null;
  }
  const ours = url.origin === UPWORK_ORIGIN && url.username === '' && url.password === '';
  return ours ? url.href : null;
}

export function readAttachment(block: Element): Attachment {
  const link = optional(block, ATTACHMENT_LINK);
  const name =
    textOf(optional(block, ATTACHMENT_NAME)) ||
    textOf(link) ||
    attrOf(link, 'download') ||
    attrOf(block.querySelector('img[alt]'), 'alt') ||
    '';
  const size = textOf(optional(block, ATTACHMENT_SIZE)) || null;
  return { name, size, url: upworkUrl(attrOf(link, 'href')) };
}

const STORY_ID = /story_[0-9A-Za-z]+/;

/** The quoted story's id when the quote markup names it (data-story-id or a story link), else null. */
export function quotedStoryId(quote: Element): string | null {
  const source = quote.matches(QUOTED_STORY) ? quote : quote.querySelector(QUOTED_STORY);
  if (!source) return null;
  const value = source.getAttribute('data-story-id') ?? source.getAttribute('href') ?? '';
  return STORY_ID.exec(value)?.[0] ?? null;
}
