// The history step with a fake port to the page's world: it ends as soon as the page's data shows
// the conversation's start, or when the page, asked at the oldest end, started no request.
import { describe, expect, it } from 'vitest';
import { collectHistory } from '../../../src/content/history/collect-history';
import { fakeHistoryPort, fakePageData, fakeSession } from './fake-ports';

const ROOM = 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';

function roomPage(ids: string[]): Element {
  document.body.innerHTML = `<div id="story-viewport"><div class="story-list">${ids.map((id) => `<div class="up-d-story-item" id="${id}">${id}</div>`).join('')}</div></div>`;
  return document.querySelector('.story-list')!;
}

describe('the history step, given its port', () => {
  it('stops at once when the page data shows the start and every story it names is harvested', async () => {
    history.replaceState(null, '', `/ab/messages/rooms/${ROOM}`);
    const ids = ['story_1', 'story_2', 'story_3'];
    const list = roomPage(ids);
    const pageData = fakePageData({ startReached: (room) => room === ROOM, knownIds: () => new Set(ids), lastRoomId: () => ROOM });
    const port = fakeHistoryPort(pageData);

    const out = await collectHistory(document, list, fakeSession(), port);

    expect(out.stories.map((s) => s.id)).toEqual(ids);
    expect(out.partial).toBe(false);
    expect(out.actions[0]).toMatch(/page's own data shows the start of the conversation/);
    // The start was known: no need to ask the page whether it was still loading.
    expect(port.requestsStarted).not.toHaveBeenCalled();
  });

  it('ends the history when, at the oldest end, the page started no request and changed nothing', async () => {
    history.replaceState(null, '', '/nx/wm/workroom/38123456/messages');
    const list = roomPage(['story_a', 'story_b']);
    const port = fakeHistoryPort(fakePageData(), async () => 7);

    const out = await collectHistory(document, list, fakeSession(), port);

    expect(port.requestsStarted).toHaveBeenCalledTimes(2);
    expect(out.actions[0]).toMatch(/asked for nothing older and changed nothing/);
    expect(out.stories.map((s) => s.id)).toEqual(['story_a', 'story_b']);
  });
});
