// The counts the dashboard writes (the list's total, what Export evidence exports) come from
// _locales in the reader's plural form, and read in English as before outside the extension.
import { afterEach, describe, expect, it } from 'vitest';
import { describeExport } from '../../../src/ui/dashboard/export/export-scope';
import { searchCountText } from '../../../src/ui/components/search/search-progress';
import type { MessageWindow } from '../../../src/ui/hooks/use-message-window';

const scope = globalThis as { chrome?: unknown };

afterEach(() => {
  delete scope.chrome;
});

/** A Polish browser: 2–4 take the `few` form, 5 and more `many`. */
function polish(table: Record<string, string>): void {
  scope.chrome = {
    i18n: {
      getMessage: (name: string, subs: string[] = []) => ({ ui_language: 'pl', ...table })[name]?.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') ?? '',
    },
  };
}

const rows = (count: number) => ({ count, searching: false, indexing: false }) as unknown as MessageWindow;

describe('what Export evidence exports', () => {
  it('reads in English outside the extension, terms counted only when there are some', () => {
    expect(describeExport({ messages: 16, terms: 0, captures: 2 }, {})).toBe('Exports 16 messages');
    expect(describeExport({ messages: 1, terms: 1, captures: 2 }, {})).toBe('Exports 1 message and 1 contract or terms page');
    expect(describeExport({ messages: undefined, terms: 3, captures: 2 }, { text: 'x' })).toBe('Exports the messages shown (counting…) and 3 contracts or terms pages');
    expect(describeExport({ messages: 0, terms: 0, captures: 0 }, {})).toBe('Nothing stored to export yet');
    expect(describeExport({ messages: 0, terms: 0, captures: 2 }, { text: 'x' })).toBe('Nothing matches this filter to export');
  });

  it('takes the plural form the reader’s language needs', () => {
    polish({ count_messages_few: '$1 wiadomości (few)', count_messages_many: '$1 wiadomości (many)', export_scope_messages: 'Eksport: $1' });
    expect(describeExport({ messages: 3, terms: 0, captures: 1 }, {})).toBe('Eksport: 3 wiadomości (few)');
    expect(describeExport({ messages: 5, terms: 0, captures: 1 }, {})).toBe('Eksport: 5 wiadomości (many)');
  });
});

describe('the list’s count', () => {
  it('is the count_messages message', () => {
    expect(searchCountText(rows(1))).toBe('1 message');
    polish({ count_messages_few: '$1 wiadomości' });
    expect(searchCountText(rows(4))).toBe('4 wiadomości');
  });
});
