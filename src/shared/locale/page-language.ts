// The language an extension page's words are in, for <html lang> and dir: screen readers pick
// their voice from it, and a right-to-left translation needs dir="rtl". It is the language of the
// words the browser actually reads (wordsLanguage, translate.ts): a French browser with no French
// translation reads English words, and its pages say so.
import { wordsLanguage } from './translate';

/** Languages written right to left (their primary subtags, with the old `iw` for Hebrew). */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

export interface PageLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
}

export function pageLanguage(): PageLanguage {
  const lang = wordsLanguage();
  const primary = lang.split('-')[0]!.toLowerCase();
  return { lang, dir: RIGHT_TO_LEFT.has(primary) ? 'rtl' : 'ltr' };
}

/** Sets a page's (or an element's) lang and dir from the language its words are in. */
export function applyPageLanguage(root: HTMLElement): void {
  const { lang, dir } = pageLanguage();
  root.lang = lang;
  root.dir = dir;
}
