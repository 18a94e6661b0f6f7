import { afterEach, describe, expect, it } from 'vitest';
import { StoryHarvest } from '../../../src/content/history/story-harvest';

function item(n: number): HTMLElement {
  const el = document.createElement('div');
  el.className = 'up-d-story-item';
  el.id = `story_${n}`;
  el.innerHTML = `<div class="up-d-story"><p>message ${n}</p></div>`;
  return el;
}

function room(ns: number[]): HTMLElement {
  const viewport = document.createElement('div');
  viewport.id = 'story-viewport';
  const list = document.createElement('div');
  list.className = 'story-list';
  list.append(...ns.map(item));
  viewport.append(list);
  document.body.append(viewport);
  return viewport;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
afterEach(() => document.body.replaceChildren());

describe('harvesting stories while the room loads and drops them', () => {
  it('keeps page order as older stories are prepended and new ones appended', async () => {
    const viewport = room([10, 11, 12]);
    const list = viewport.firstElementChild!;
    const harvest = new StoryHarvest(viewport);
    list.prepend(item(7), item(8), item(9));
    await flush();
    list.prepend(item(4), item(5), item(6));
    list.append(item(13));
    await flush();
    expect(harvest.order.ids()).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((n) => `story_${n}`));
  });

  it('keeps a story the page has since removed (virtualization), and its text as first seen', async () => {
    const viewport = room([20, 21, 22]);
    const list = viewport.firstElementChild!;
    const harvest = new StoryHarvest(viewport);
    // Scrolled to the top: the rows far below are dropped as older ones arrive above.
    list.lastElementChild!.remove();
    list.prepend(item(18), item(19));
    await flush();
    expect(harvest.removedRows).toBe(true);
    expect(harvest.order.ids()).toEqual(['story_18', 'story_19', 'story_20', 'story_21', 'story_22']);
    expect(harvest.order.copies().map((c) => c.textContent)).toContain('message 22');
  });

  it('counts a re-rendered story once, and places stories inside wrapper rows', async () => {
    const viewport = room([30, 31]);
    const list = viewport.firstElementChild!;
    const harvest = new StoryHarvest(viewport);
    const again = item(31);
    list.lastElementChild!.replaceWith(again);
    const wrapper = document.createElement('div');
    wrapper.append(item(28), item(29));
    list.prepend(wrapper);
    await flush();
    expect(harvest.order.ids()).toEqual(['story_28', 'story_29', 'story_30', 'story_31']);
  });

  it('tells listeners how many new stories arrived', async () => {
    const viewport = room([1]);
    const harvest = new StoryHarvest(viewport);
    const seen: number[] = [];
    harvest.onNew((n) => seen.push(n));
    viewport.firstElementChild!.prepend(item(0));
    viewport.firstElementChild!.append(item(1)); // a re-render of a known one
    await flush();
    expect(seen).toEqual([1]);
  });
});
