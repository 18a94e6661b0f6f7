// An extension page says the language its words are in: the translation's own ui_language
// message, English when there is none (outside the extension, or a browser with no translation
// for its language), and right to left for a right-to-left translation.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPageLanguage, pageLanguage } from '../../../src/shared/locale/page-language';

const scope = globalThis as { chrome?: unknown };

/** A browser whose chosen _locales file says `code` is its language; its UI language is Arabic throughout. */
function translatedAs(code: string | null): void {
  scope.chrome = { i18n: { getMessage: (name: string) => (name === 'ui_language' && code !== null ? code : ''), getUILanguage: () => 'ar' } };
}

afterEach(() => {
  delete scope.chrome;
});

describe('pageLanguage', () => {
  it('is English, left to right, outside the extension', () => {
    expect(pageLanguage()).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('is the language of the translation read, not the browser’s UI language it has no words for', () => {
    translatedAs('en');
    expect(pageLanguage()).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it.each([
    ['ar', 'ar', 'rtl'],
    ['he', 'he', 'rtl'],
    ['fa_IR', 'fa-IR', 'rtl'],
    ['pt_BR', 'pt-BR', 'ltr'],
    ['zh-hant-tw', 'zh-Hant-TW', 'ltr'],
    ['not a language!', 'en', 'ltr'],
  ] as const)('takes %s as lang %s, %s', (code, lang, dir) => {
    translatedAs(code);
    expect(pageLanguage()).toEqual({ lang, dir });
  });
});

describe('applyPageLanguage', () => {
  it('sets lang and dir on the page', () => {
    translatedAs('ar');
    const root = document.createElement('html');
    applyPageLanguage(root);
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.getAttribute('dir')).toBe('rtl');
  });
});
