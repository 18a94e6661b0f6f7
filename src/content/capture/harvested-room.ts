// The room as the extractor should read it: the page's own frame (title, header, contract
// links) with a story list holding every story harvested while the history loaded.
import { MESSAGE_LIST } from '../../extractors/selectors';

export function harvestedRoom(doc: Document, stories: readonly Element[]): ParentNode {
  const root = doc.documentElement.cloneNode(true) as Element;
  root.querySelector('#evidence-locker-root')?.remove();
  const list = MESSAGE_LIST.map((s) => root.querySelector(s)).find((el) => el !== null);
  if (!list) return root; // the extractor names what is missing
  const holder = doc.createElement('div');
  holder.className = 'story-list';
  // One call per story: spreading a room of 100,000+ stories into one call overflows the stack.
  for (const story of stories) holder.appendChild(story);
  list.replaceChildren(holder);
  return root;
}
