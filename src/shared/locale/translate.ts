// The extension's words from _locales (i18n.getMessage), so a translation needs no code change.
// Every call also carries its English: outside an extension (unit tests in happy-dom) that English
// is used as it is, and tests/unit/locale/messages.test.ts keeps it equal to en/messages.json, so
// tests read the words users read. Only i18n.getMessage is read; every
// extension context has it (pages and content scripts alike), so UI components and the content
// script share this one helper and stay free of the other extension APIs.
interface I18n {
  getMessage(messageName: string, substitutions?: string[]): string;
}

/** A value for `$1`…`$9` of a message (a count, a name, a date already formatted). */
export type Substitution = string | number;

function extensionI18n(): I18n | undefined {
  const scope = globalThis as { chrome?: { i18n?: I18n }; browser?: { i18n?: I18n } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

function lookup(key: string, substitutions: string[]): string {
  try {
    return extensionI18n()?.getMessage(key, substitutions) ?? '';
  } catch {
    return '';
  }
}

/** The English as messages.json says it, its placeholders already reduced to `$1`…`$9`. */
function fill(english: string, substitutions: string[]): string {
  return english.replace(/\$([1-9])/g, (whole, n: string) => substitutions[Number(n) - 1] ?? whole);
}

/** The message `key` of _locales/<lang>/messages.json, or `english` when there is none. */
export function t(key: string, english: string, ...substitutions: Substitution[]): string {
  const values = substitutions.map(String);
  return lookup(key, values) || fill(english, values);
}

/** What t() is: a pure function that words a text takes one, so the UI passes t and a record or report inEnglish. */
export type Translate = (key: string, english: string, ...substitutions: Substitution[]) => string;

/**
 * The English a call carries, whatever the browser's language: for what goes into evidence.json
 * and the report, which read the same wherever the bundle is made. A function given `t` as a
 * parameter (default inEnglish) has its calls checked against en/messages.json like t()'s.
 */
export const inEnglish: Translate = (_key, english, ...substitutions) => fill(english, substitutions.map(String));

/**
 * The language of the words being read: the translation's own `ui_language` message (that of the
 * _locales file the browser reads: its UI language when there is a translation for it, else
 * English), as a canonical language tag. A translator writes the folder's name (pt_BR) or a tag
 * (pt-BR); anything that is neither reads as English rather than as something no one can use.
 */
export function wordsLanguage(): string {
  const written = (lookup('ui_language', []) || 'en').trim().replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(written)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * The plural category (`one`, `few`, `other`, …) that the language of the words being read uses
 * for `count`: the translation's, not the browser's, which may have no translation (a Japanese
 * browser reads the English messages, so English rules: "1 message").
 */
function pluralCategory(count: number): string {
  const language = wordsLanguage();
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return rule.select(count);
}

/** Words about a count: `tn(key, count, one, other, ...substitutions)`; see pluralWords. */
export type CountWords = (key: string, count: number, one: string, other: string, ...substitutions: Substitution[]) => string;

/**
 * Words about a count, in the form the reader's language takes for it: the message
 * `<key>_<category>` (English has `<key>_one` and `<key>_other`; a translation adds `_few`,
 * `_many`… as its language needs), then `<key>_other`. `$1` is the count as `shown` writes it,
 * `$2`… the other substitutions.
 */
export function pluralWords(shown: (count: number) => string): CountWords {
  return (key, count, one, other, ...substitutions) => {
    const values = [shown(count), ...substitutions.map(String)];
    const category = pluralCategory(count);
    return lookup(`${key}_${category}`, values) || lookup(`${key}_other`, values) || fill(count === 1 ? one : other, values);
  };
}

// One formatter: toLocaleString() sets one up on every call, and counts are worded on every frame of a scroll.
const numbers = new Intl.NumberFormat();

/** Counts as the reader writes numbers ("20,000 messages"). */
export const tn = pluralWords((count) => numbers.format(count));
