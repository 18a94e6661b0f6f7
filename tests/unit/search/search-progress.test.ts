// What the list says of a search still under way, and of an index still being built.
import { describe, expect, it } from 'vitest';
import { searchCountText, searchEmptyText } from '../../../src/ui/components/search/search-progress';
import type { MessageWindow } from '../../../src/ui/hooks/use-message-window';

const rows = (count: number, more: Partial<MessageWindow> = {}) => ({ count, exact: true, ...more }) as MessageWindow;

describe('search progress in plain words', () => {
  it('says a count is only what was found so far while older shards are read', () => {
    expect(searchCountText(rows(3))).toBe('3 messages');
    expect(searchCountText(rows(1, { searching: true }))).toBe('1 message so far, still searching…');
    expect(searchCountText(rows(2, { indexing: true }))).toBe('2 messages · Older messages are still being indexed and are not searched yet.');
  });

  it('says "searching" or "still indexing" rather than "no match" while matches may still come', () => {
    expect(searchEmptyText(rows(0, { searching: true }))).toBe('Searching…');
    expect(searchEmptyText(rows(0, { indexing: true }))).toMatch(/still being indexed/);
    expect(searchEmptyText(rows(0))).toBeNull();
  });
});
