// The room around the story list: title, subtitle, contract links, a room id (research §2.3).
// Walks the room pane but never the story list itself, whose size is unbounded.
import { contractIdFromUrl, roomIdFromUrl } from '../shared/page-kinds';
import { textOf } from './dom';
import { upworkUrl } from './story-attachments';
import {
  ROOM_HEADER, ROOM_LIST, ROOM_PANE, ROOM_REFERENCE, ROOM_SIDEBAR, ROOM_SUBTITLE, ROOM_TITLE, VIEW_CONTRACT,
} from './selectors';

export interface RoomFrame {
  /** The room title as the page shows it; null when there is none. */
  title: string | null;
  subtitle: string | null;
  /** A room_<32 hex> id named by the page (for workroom pages, whose URL has none). */
  roomId: string | null;
  /** Contract ids linked from the header, the sidebar and "View contract" actions, in page order. */
  contractIds: string[];
}

const FRAME_PARTS = [ROOM_HEADER, ROOM_SIDEBAR, ...ROOM_TITLE, ROOM_SUBTITLE, VIEW_CONTRACT, ROOM_REFERENCE].join(', ');
const ROOM_ID = /^room_[0-9a-f]{32}$/i;

/** Elements of `root` matching FRAME_PARTS, in document order, outside `storyList` and room lists. */
function frameParts(root: ParentNode, storyList: Element): Element[] {
  const found: Element[] = [];
  const walk = (parent: ParentNode): void => {
    for (const el of parent.children) {
      if (el === storyList || el.matches(ROOM_LIST)) continue;
      if (el.matches(FRAME_PARTS)) found.push(el);
      walk(el);
    }
  };
  walk(root);
  return found;
}

export function readRoomFrame(root: ParentNode, storyList: Element): RoomFrame {
  const pane = storyList.closest(ROOM_PANE);
  const inRoot = pane !== null && pane !== root && (root as unknown as Node).contains(pane);
  const parts = inRoot ? [pane, ...frameParts(pane, storyList)] : frameParts(root, storyList);
  const firstText = (selector: string): string | null => {
    for (const el of parts) if (el.matches(selector) && textOf(el) !== '') return textOf(el);
    return null;
  };
  let title: string | null = null;
  for (const selector of ROOM_TITLE) title ??= firstText(selector);

  const contractIds: string[] = [];
  let roomId: string | null = null;
  for (const el of parts) {
    const links = el.matches(`${ROOM_HEADER}, ${ROOM_SIDEBAR}`) ? [...el.querySelectorAll('a[href]')] : [el];
    for (const link of links) addContractId(contractIds, link.getAttribute('href'));
    roomId ??= roomIdOf(el);
  }
  return { title, subtitle: firstText(ROOM_SUBTITLE), roomId, contractIds };
}

/** Adds the contract id an href points at (workroom or contract page on Upwork), once. */
export function addContractId(ids: string[], href: string | null): void {
  const absolute = upworkUrl(href);
  const id = absolute === null ? null : contractIdFromUrl(new URL(absolute));
  if (id !== null && !ids.includes(id)) ids.push(id);
}

function roomIdOf(el: Element): string | null {
  const dataId = el.getAttribute('data-room-id');
  if (dataId !== null && ROOM_ID.test(dataId)) return dataId;
  const href = upworkUrl(el.getAttribute('href'));
  return href === null ? null : roomIdFromUrl(new URL(href));
}
