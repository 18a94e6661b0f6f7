// The language an extension page's words are in, for <html lang> and dir: screen readers pick
// their voice from it, and a right-to-left translation needs dir="rtl". It is the language of the
// _locales file the browser actually reads, named by its own `ui_language` message: the
// browser's UI language when there is a translation for it, else English (the default locale).
// A French browser with no French translation reads English words, and its pages say so.
import { t } from './translate';

/** Languages written right to left (their primary subtags, with the old `iw` for Hebrew). */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

export interface PageLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
}

export function pageLanguage(): PageLanguage {
  // A translator writes the folder's name (pt_BR) or a language tag (pt-BR); anything that is
  // neither leaves the page English rather than saying something a screen reader cannot use.
  const written = t('ui_language', 'en').trim().replace(/_/g, '-');
  let lang = 'en';
  try {
    lang = Intl.getCanonicalLocales(written)[0] ?? 'en';
  } catch {
    // Not a language tag.
  }
  const primary = lang.split('-')[0]!.toLowerCase();
  return { lang, dir: RIGHT_TO_LEFT.has(primary) ? 'rtl' : 'ltr' };
}

/** Sets a page's (or an element's) lang and dir from the language its words are in. */
export function applyPageLanguage(root: HTMLElement): void {
  const { lang, dir } = pageLanguage();
  root.lang = lang;
  root.dir = dir;
}
