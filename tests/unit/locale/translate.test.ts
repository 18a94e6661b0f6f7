// t() and tn() read the browser's messages when there are some, and fall back to the English the
// call carries (filled in the same way) when there are none.
import { afterEach, describe, expect, it } from 'vitest';
import { t, tn } from '../../../src/shared/locale/translate';

const scope = globalThis as { chrome?: unknown };

/**
 * A browser whose messages are `table` (already with $1… in place of placeholders): a translation
 * into `language` (its ui_language), read by a browser whose own language is `browserLanguage`.
 */
function browserWith(table: Record<string, string>, language = 'en', browserLanguage = language): void {
  const messages: Record<string, string> = { ui_language: language, ...table };
  scope.chrome = {
    i18n: {
      getMessage: (name: string, subs: string[] = []) => (messages[name] ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
      getUILanguage: () => browserLanguage,
    },
  };
}

afterEach(() => {
  delete scope.chrome;
});

describe('t()', () => {
  it('outside an extension, gives the English with its substitutions', () => {
    expect(t('x', 'Saving attachments… $1 of $2', 3, 12)).toBe('Saving attachments… 3 of 12');
    expect(t('x', 'Costs $ 5')).toBe('Costs $ 5');
  });

  it('in an extension, gives the translation and passes the substitutions as strings', () => {
    browserWith({ x: 'Pièces jointes… $1 sur $2' }, 'fr');
    expect(t('x', 'Saving attachments… $1 of $2', 3, 12)).toBe('Pièces jointes… 3 sur 12');
    expect(t('missing', 'Discard')).toBe('Discard');
  });
});

describe('tn()', () => {
  it('picks the English form by the count', () => {
    expect(tn('n', 1, '$1 message', '$1 messages')).toBe('1 message');
    expect(tn('n', 0, '$1 message', '$1 messages')).toBe('0 messages');
    expect(tn('n', 2, '$1 message in $2', '$1 messages in $2', 'Room')).toBe('2 messages in Room');
  });

  it("uses the reader's language's plural category, falling back to its `other` form", () => {
    browserWith({ n_one: '$1 wiadomość', n_few: '$1 wiadomości', n_other: '$1 wiadomości (inne)' }, 'pl');
    expect(tn('n', 1, '$1 message', '$1 messages')).toBe('1 wiadomość');
    expect(tn('n', 3, '$1 message', '$1 messages')).toBe('3 wiadomości');
    browserWith({ n_one: '$1 wiadomość', n_other: '$1 wiadomości (inne)' }, 'pl');
    expect(tn('n', 5, '$1 message', '$1 messages')).toBe('5 wiadomości (inne)');
  });

  it('counts by the rules of the translation read, not of the browser: no Japanese translation, English words and rules', () => {
    browserWith({ n_one: '$1 message', n_other: '$1 messages' }, 'en', 'ja');
    expect(tn('n', 1, '$1 message', '$1 messages')).toBe('1 message');
    browserWith({ n_one: '$1 message', n_other: '$1 messages' }, 'en', 'fr');
    expect(tn('n', 0, '$1 message', '$1 messages')).toBe('0 messages');
  });
});
