// What the editor offers to redact: email addresses, phone numbers and links to personal pages.
// Only suggestions: the user picks which to redact. Every pattern has bounded repeats, so a
// hostile message cannot make a search take long.
import type { SpanRange } from './redaction';

export type SuggestionKind = 'email' | 'phone' | 'link';

export interface RedactionSuggestion extends SpanRange {
  kind: SuggestionKind;
  /** The text found, as it stands in the message. */
  value: string;
}

const REASONS: Record<SuggestionKind, string> = { email: 'email address', phone: 'phone number', link: 'web address' };

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
const URL_WITH_SCHEME = /\bhttps?:\/\/[^\s<>"'`]{1,2000}/gi;
// Profiles and chat handles people pass around without "https://".
const BARE_PROFILE = /(?<![\w./@-])(?:www\.)?(?:linkedin\.com\/in|github\.com|t\.me|wa\.me|instagram\.com|facebook\.com|twitter\.com|x\.com|calendly\.com|skype\.com)\/[^\s<>"'`]{1,200}/gi;
const PHONE = /(?<![\w+.,/-])\+?\(?\d[\d ().-]{5,22}\d(?![\w.,/-]*\d)/g;

export function suggestRedactions(text: string): RedactionSuggestion[] {
  const found = [...emails(text), ...links(text), ...phones(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RedactionSuggestion[] = [];
  for (const s of found) {
    const last = kept.at(-1);
    if (!last || s.start >= last.end) kept.push(s);
  }
  return kept;
}

function emails(text: string): RedactionSuggestion[] {
  return matches(text, EMAIL, 'email', (value) => {
    const trimmed = value.replace(/[.-]+$/, '');
    return /\.[A-Za-z]{2,}$/.test(trimmed) ? trimmed : null;
  });
}

function links(text: string): RedactionSuggestion[] {
  const trimmed = (value: string): string => value.replace(/[.,;:!?)\]]+$/, '');
  const withScheme = matches(text, URL_WITH_SCHEME, 'link', (value) => (isUpwork(trimmed(value)) ? null : trimmed(value)));
  const bare = matches(text, BARE_PROFILE, 'link', (value) => (trimmed(value).endsWith('/') ? null : trimmed(value)));
  return [...withScheme, ...bare];
}

/** Upwork's own pages name no third party; the reports already carry them. */
function isUpwork(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === 'upwork.com' || host.endsWith('.upwork.com');
  } catch {
    return false;
  }
}

function phones(text: string): RedactionSuggestion[] {
  return matches(text, PHONE, 'phone', (value) => {
    const digits = value.replace(/\D/g, '').length;
    const separated = /[ ().-]/.test(value) || value.startsWith('+');
    // A bare run of digits is more often an id (contracts have 8 digits) than a phone number.
    if (digits < 7 || digits > 15 || (!separated && digits < 10)) return null;
    // Dates and clock times, not numbers to call.
    if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(value)) return null;
    return value;
  });
}

/** Each match of `pattern` that `accept` keeps (possibly shortened from its end), as a suggestion. */
function matches(text: string, pattern: RegExp, kind: SuggestionKind, accept: (value: string) => string | null): RedactionSuggestion[] {
  const out: RedactionSuggestion[] = [];
  for (const m of text.matchAll(pattern)) {
    const value = accept(m[0]);
    if (!value) continue;
    out.push({ start: m.index, end: m.index + value.length, reason: REASONS[kind], kind, value });
  }
  return out;
}
