// Finding the room's scroller without #story-viewport (research §2.5): walk up from the stories to
// the first element that scrolls, even one whose scrollbar is hidden (overflow: hidden).
import { describe, expect, it } from 'vitest';
import { findScrollContainer } from '../../../src/content/history/scroll-container';

function tall(el: Element, scrollHeight: number, clientHeight: number): void {
  Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => scrollHeight });
  Object.defineProperty(el, 'clientHeight', { configurable: true, get: () => clientHeight });
}

describe('findScrollContainer without #story-viewport', () => {
  it('takes the wrapper whose scrollbar is hidden when nothing else scrolls', () => {
    document.body.innerHTML = '<div class="outer" style="overflow: hidden"><div class="scroll-wrapper custom-scrollbar" style="overflow: hidden"><div class="story-list"><div class="up-d-story-item" id="story_1"></div></div></div></div>';
    const wrapper = document.querySelector('.scroll-wrapper')!;
    tall(wrapper, 2000, 400);
    tall(document.querySelector('.outer')!, 400, 400);
    expect(findScrollContainer(document, document.querySelector('.story-list')!).el).toBe(wrapper);
  });

  it('prefers an ordinary scroller above a clipped wrapper', () => {
    document.body.innerHTML = '<div class="pane" style="overflow-y: auto"><div class="clip" style="overflow: hidden"><div class="story-list"><div class="up-d-story-item" id="story_1"></div></div></div></div>';
    const pane = document.querySelector('.pane')!;
    tall(pane, 2000, 400);
    tall(document.querySelector('.clip')!, 2000, 400);
    expect(findScrollContainer(document, document.querySelector('.story-list')!).el).toBe(pane);
  });
});
