// A 2,000-story room (the shared fixture's 16 stories repeated) must extract in well under 50 ms
// per 1,000 stories in happy-dom: one walk per story, no querySelector storm, nothing quadratic.
// The fastest of a few runs is compared, so a busy machine does not make the test flaky.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { extractMessagesRoom } from '../../src/extractors/messages-room';

const html = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/messages-room/shared-room.html'), 'utf8');
const OPEN = '<div class="story-list">';
const CLOSE = '<div class="room-typing"';

function bigRoom(count: number): Document {
  const start = html.indexOf(OPEN) + OPEN.length;
  const end = html.indexOf(CLOSE);
  const stories = html
    .slice(start, end)
    .replace(/\s*<\/div>\s*<\/div>\s*$/, '') // the list's and the viewport's closing tags
    .split(/(?=<div id="story_)/)
    .filter((chunk) => chunk.includes('up-d-story-item'));
  const items = Array.from({ length: count }, (_, i) =>
    stories[i % stories.length]!.replace(/id="story_[0-9a-f]+"/, `id="story_${i.toString(16).padStart(32, '0')}"`),
  );
  return new DOMParser().parseFromString(`${html.slice(0, start)}${items.join('')}</div></div>${html.slice(end)}`, 'text/html');
}

const fastest = (runs: number, run: () => number): number => Math.min(...Array.from({ length: runs }, run));

it('extracts a 2,000-story room in well under 50 ms per 1,000 stories, in linear time', () => {
  const url = new URL('https://www.upwork.com/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418');
  const options = { timeZone: 'America/New_York' };
  const timed = (doc: Document) => (): number => {
    const start = performance.now();
    const { messages } = extractMessagesRoom(doc, url, options);
    const ms = performance.now() - start;
    expect(messages).toHaveLength(doc.querySelectorAll('.up-d-story-item').length);
    return ms;
  };
  const small = bigRoom(500);
  const large = bigRoom(2000);
  timed(small)(); // warm-up
  const smallMs = fastest(5, timed(small));
  const largeMs = fastest(5, timed(large));
  console.info(`messages-room extraction: ${(largeMs / 2).toFixed(1)} ms per 1,000 stories (2,000 in ${largeMs.toFixed(1)} ms)`);
  expect(largeMs / 2).toBeLessThan(50);
  expect(largeMs).toBeLessThan(smallMs * 4 * 2); // 4x the stories may not cost much more than 4x the time
});
