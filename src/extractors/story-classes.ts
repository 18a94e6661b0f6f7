// What a class attribute value says about an element of a story (roles from selectors.ts).
// Values repeat across stories ("story-inner top", "up-d-story"), so each distinct value is split
// and looked up once per page rather than once per element.
import { classAttr } from './dom';
import { STORY_ROLES, type StoryRole } from './selectors';

export interface ClassInfo {
  /** Roles of the element's classes, in class order. */
  roles: readonly StoryRole[];
  header: boolean;
  /** .deleted: on .story-message it marks a deleted message (OptimizeUp). */
  deleted: boolean;
  /** .top: on .story-inner it marks the first bubble of an author run. */
  top: boolean;
}

const known = new Map<string, ClassInfo>();

export function classInfo(el: Element): ClassInfo {
  const raw = classAttr(el);
  let info = known.get(raw);
  if (!info) {
    const tokens = raw.split(/\s+/);
    const roles = tokens.map((t) => STORY_ROLES.get(t)).filter((r): r is StoryRole => r !== undefined);
    info = { roles, header: roles.includes('header'), deleted: tokens.includes('deleted'), top: tokens.includes('top') };
    if (known.size >= 2048) known.clear(); // bounded: a hostile page cannot grow it forever
    known.set(raw, info);
  }
  return info;
}
