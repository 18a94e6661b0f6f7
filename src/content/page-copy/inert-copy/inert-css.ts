// Remote loads out of the page copy's CSS (style attributes and <style> elements): every url()
// and every address string of image-set()/src()/image()/@import that is not an inlined image.
// A small tokenizer after CSS Syntax §4, because CSS hides words behind escapes ("\75 rl(" is
// url(), "@\69mport" is @import) and comments: a pattern over the raw text would miss them. The
// copy's Content-Security-Policy blocks such loads too; this keeps them out of the file itself.
import { isInertResource } from './inert-urls';

/** Functions whose string arguments are addresses. */
const ADDRESS_FUNCTIONS = new Set(['src', 'image', 'image-set', '-webkit-image-set', 'cross-fade', '-webkit-cross-fade']);
/** The empty address loads nothing (CSS Values §4.5.1: it resolves to an invalid resource). */
const NO_LOAD = 'url("")';

export function inertCss(css: string, pageUrl: string): { css: string; removed: number } {
  const cuts: { start: number; end: number; text: string }[] = [];
  /** Stack of open parentheses: whether each belongs to a function taking addresses. */
  const open: boolean[] = [];
  let i = 0;
  const n = css.length;

  const escapeAt = (k: number) => css[k] === '\\' && k + 1 < n && css[k + 1] !== '\n';
  /** Reads an escape at k (k is the backslash); returns the character and the index after it. */
  const readEscape = (k: number): [string, number] => {
    let j = k + 1;
    let hex = '';
    while (j < n && hex.length < 6 && /[0-9a-fA-F]/.test(css[j]!)) hex += css[j++];
    if (hex) {
      if (j < n && /[ \t\n\r\f]/.test(css[j]!)) j++;
      const code = parseInt(hex, 16);
      return [code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code), j];
    }
    return [css[j] ?? '', j + 1];
  };
  const readString = (k: number): { value: string; end: number } => {
    const quote = css[k];
    let value = '';
    let j = k + 1;
    while (j < n && css[j] !== quote && css[j] !== '\n') {
      if (css[j] === '\\') {
        if (css[j + 1] === '\n') j += 2;
        else {
          const [ch, next] = readEscape(j);
          value += ch;
          j = next;
        }
      } else value += css[j++];
    }
    return { value, end: j < n && css[j] === quote ? j + 1 : j };
  };
  const isNameChar = (c: string) => /[A-Za-z0-9_\-\u0080-\uffff]/.test(c);
  const readName = (k: number): { name: string; end: number } => {
    let name = '';
    let j = k;
    while (j < n) {
      if (escapeAt(j)) {
        const [ch, next] = readEscape(j);
        name += ch;
        j = next;
      } else if (isNameChar(css[j]!)) name += css[j++];
      else break;
    }
    return { name: name.toLowerCase(), end: j };
  };
  const skipSpace = (k: number) => {
    while (k < n && /[ \t\n\r\f]/.test(css[k]!)) k++;
    return k;
  };

  while (i < n) {
    const c = css[i]!;
    if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else if (c === '"' || c === "'") {
      const s = readString(i);
      if (open.at(-1) && !isInertResource(s.value, pageUrl)) cuts.push({ start: i, end: s.end, text: '""' });
      i = s.end;
    } else if (c === '@') {
      const at = readName(i + 1);
      if (at.name === 'import') {
        // The whole rule goes: it can only load another sheet.
        let j = at.end;
        while (j < n && css[j] !== ';') j = css[j] === '"' || css[j] === "'" ? readString(j).end : j + 1;
        cuts.push({ start: i, end: Math.min(n, j + 1), text: '' });
        i = j + 1;
      } else i = Math.max(at.end, i + 1);
    } else if (isNameChar(c) || escapeAt(i)) {
      const word = readName(i);
      if (css[word.end] === '(' && word.name === 'url') {
        const call = readUrl(word.end + 1);
        if (!isInertResource(call.value, pageUrl)) cuts.push({ start: i, end: call.end, text: NO_LOAD });
        i = call.end;
      } else if (css[word.end] === '(') {
        open.push(ADDRESS_FUNCTIONS.has(word.name) || Boolean(open.at(-1)));
        i = word.end + 1;
      } else i = Math.max(word.end, i + 1);
    } else if (c === '(') {
      open.push(Boolean(open.at(-1)));
      i++;
    } else if (c === ')') {
      open.pop();
      i++;
    } else i++;
  }

  /** url( already read: a quoted string or a raw address, then ")". */
  function readUrl(k: number): { value: string; end: number } {
    let j = skipSpace(k);
    if (css[j] === '"' || css[j] === "'") {
      const s = readString(j);
      j = s.end;
      while (j < n && css[j] !== ')') j++;
      return { value: s.value, end: Math.min(n, j + 1) };
    }
    let value = '';
    while (j < n && css[j] !== ')') {
      if (escapeAt(j)) {
        const [ch, next] = readEscape(j);
        value += ch;
        j = next;
      } else value += css[j++];
    }
    return { value: value.trim(), end: Math.min(n, j + 1) };
  }

  if (cuts.length === 0) return { css, removed: 0 };
  let out = '';
  let from = 0;
  for (const cut of cuts) {
    out += css.slice(from, cut.start) + cut.text;
    from = cut.end;
  }
  return { css: out + css.slice(from), removed: cuts.length };
}
