// Messages room -> RoomExtraction: what the page says, nothing more. Pure: the root node and URL
// come in, records go out (design/architecture.md). Rules: research/upwork-pages.md §2.3–2.4 and
// the fixtures in tests/fixtures/messages-room/.
import type { ExtractedMessage, RoomExtraction } from '../shared/model';
import { contractIdFromUrl, isWorkroomMessagesPage, roomIdFromUrl } from '../shared/page-kinds';
import { utcOffsetMinutes } from '../shared/zoned-time';
import { classTokens, ExtractionError, required } from './dom';
import { addContractId, readRoomFrame, type RoomFrame } from './room-frame';
import { MESSAGE_LIST, ROOM_REFERENCE, ROOM_TITLE, STORY_ITEM_CLASS } from './selectors';
import { readStories } from './story-reader';

export interface RoomExtractionOptions {
  /** The viewer's IANA zone: the page writes every time in it. */
  timeZone: string;
  /** When the page was captured: the year of a day shown without one when nothing else tells it. */
  capturedAt?: Date;
}

const UNTITLED = 'Untitled conversation';

export function extractMessagesRoom(root: ParentNode, url: URL, options: RoomExtractionOptions): RoomExtraction {
  utcOffsetMinutes(new Date(0), options.timeZone); // a bad zone is a RangeError now, not mid-page
  const storyList = required(root, MESSAGE_LIST, 'message list', 'Open the conversation and try again.');
  const frame = readRoomFrame(root, storyList);
  const items = storyItems(storyList);
  if (frame.title === null && items.length === 0) {
    const selector = ROOM_TITLE.join(', ');
    throw new ExtractionError(
      `The conversation has not loaded: the page shows no room title (${selector}) and no messages. ` +
        'Wait until the messages appear and try again.',
      'room title',
      selector,
    );
  }
  const { messages, contractLinks } = readStories(items, options.timeZone, options.capturedAt ?? null);

  const ownId = contractIdFromUrl(url);
  const contractIds = ownId === null ? [] : [ownId];
  for (const id of frame.contractIds) if (!contractIds.includes(id)) contractIds.push(id);
  for (const href of contractLinks) addContractId(contractIds, href);

  return {
    conversation: {
      id: conversationId(url, frame),
      title: frame.title ?? (url.searchParams.get('pageTitle')?.trim() || UNTITLED),
      subtitle: frame.subtitle,
      url: url.href,
      participants: participants(messages),
      contractIds,
    },
    messages,
  };
}

/** Story items in page order; virtualizer wrappers between the list and the items are allowed. */
function storyItems(list: Element): Element[] {
  const items: Element[] = [];
  const walk = (parent: Element): void => {
    for (const el of parent.children) {
      if (classTokens(el).includes(STORY_ITEM_CLASS)) items.push(el);
      else walk(el);
    }
  };
  walk(list);
  return items;
}

/** The room id from the URL; on a workroom page the room the page names, else workroom_<id>. */
function conversationId(url: URL, frame: RoomFrame): string {
  const fromUrl = roomIdFromUrl(url) ?? frame.roomId;
  if (fromUrl !== null) return fromUrl;
  const workroom = isWorkroomMessagesPage(url) ? contractIdFromUrl(url) : null;
  if (workroom !== null) return `workroom_${workroom}`;
  throw new ExtractionError(
    'This page is not an Upwork conversation: neither its address nor the page names a message room. ' +
      'Open the conversation in Upwork Messages and try again.',
    'room id',
    ROOM_REFERENCE,
  );
}

/** Distinct authors of messages (not system events), in order of first appearance. */
function participants(messages: readonly ExtractedMessage[]): string[] {
  const names: string[] = [];
  for (const m of messages) if (m.kind === 'message' && m.sender !== null && !names.includes(m.sender)) names.push(m.sender);
  return names;
}
