// The words of the UI and the in-page button live in public/_locales/en/messages.json: read from
// the source itself, every t()/tn() key is there with the very English the call carries (the
// English unit tests see), every message is used, and the file is one both browsers accept.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The files whose words all go through t(): no English left in their markup. */
const translatedFiles = [
  'content/button/capture-button.ts',
  'ui/popup/browser-tab.ts',
  'ui/popup/capture-history.tsx',
  'ui/popup/capture-tab-panel.tsx',
  'ui/popup/page-record-line.tsx',
  'ui/popup/popup-app.tsx',
  'ui/popup/recent-messages.tsx',
  'ui/popup/tab-export.tsx',
  'ui/components/cases/case-deadlines.tsx',
  'ui/components/cases/case-details.tsx',
  'ui/components/cases/case-exhibits.tsx',
  'ui/components/cases/case-members.tsx',
  'ui/components/terms/contract-activity.tsx',
  'ui/components/terms/conversation-contracts.tsx',
  'ui/components/terms/event-date.tsx',
  'ui/components/terms/field-value.tsx',
  'ui/components/terms/milestone-table.tsx',
  'ui/components/terms/terms-changes.tsx',
  'ui/components/terms/terms-links.tsx',
  'ui/components/terms/terms-nav.tsx',
  'ui/components/terms/terms-view.tsx',
  'ui/components/terms/timesheet-days.tsx',
  'ui/components/cases/case-nav.tsx',
  'ui/components/cases/case-statement.tsx',
  'ui/components/import/import-bundle-button.tsx',
  'ui/components/import/import-question.tsx',
  'ui/components/messages/imported-badge.tsx',
  'ui/components/redaction/redaction-editor.tsx',
  'ui/components/settings/signing-key-panel.tsx',
  'ui/components/settings/trusted-time-settings.tsx',
  'ui/components/settings/storage-care-panel.tsx',
  'ui/components/settings/attachment-settings-form.tsx',
  'ui/components/messages/attachment-list.tsx',
  'ui/components/first-run-hint.tsx',
  'ui/components/dashboard-header.tsx',
  'ui/components/filters/filter-bar.tsx',
  'ui/components/filters/filter-chips.tsx',
  'ui/components/messages/review-keys.ts',
  'ui/components/messages/note-editor.tsx',
  'ui/components/messages/key-evidence-toggle.tsx',
  'ui/components/messages/provenance-mark.tsx',
  'ui/components/messages/message-versions.tsx',
  'ui/components/conversations/conversation-header.tsx',
  'ui/components/conversations/conversation-cases.tsx',
  'ui/components/search/terms-match-list.tsx',
  'ui/components/conversations/conversation-nav.tsx',
  'ui/components/conversations/capture-entry.tsx',
  'ui/components/conversations/format-capture.ts',
  'ui/dashboard/case-pane.tsx',
  'ui/dashboard/import/import-summary.ts',
  'ui/dashboard/export/use-evidence-export.ts',
  'ui/dashboard/import/use-bundle-import.ts',
  'ui/components/tags/add-tag-form.tsx',
  'ui/components/tags/colour-select.tsx',
  'ui/components/tags/custom-tag-list.tsx',
  'ui/components/tags/range-tag-bar.tsx',
  'ui/components/deletion/capture-list.tsx',
  'ui/components/deletion/delete-capture.tsx',
  'ui/dashboard/record-captures.tsx',
  'ui/dashboard/use-deletion.ts',
  'ui/components/deletion/delete-conversation.tsx',
  'ui/components/search/search-progress.ts',
  'ui/dashboard/export/export-scope.ts',
];

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SRC = path.join(ROOT, 'src');

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const messages = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, Message>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** A message as the browser gives it with `$1`… substitutions: its named placeholders replaced by their content. */
function english(name: string): string | undefined {
  const m = messages[name];
  if (!m) return undefined;
  return m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, placeholder: string) => {
    const found = Object.entries(m.placeholders ?? {}).find(([key]) => key.toLowerCase() === placeholder.toLowerCase());
    return found ? found[1].content : whole;
  });
}

/** Reads one string literal (no interpolation) at `at`; returns its value and where it ends. */
function literal(text: string, at: number): { value: string; end: number } | null {
  const quote = text[at];
  if (quote !== "'" && quote !== '"' && quote !== '`') return null;
  let value = '';
  for (let i = at + 1; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\\') {
      const next = text[i + 1]!;
      value += next === 'n' ? '\n' : next;
      i += 1;
    } else if (c === quote) {
      return { value, end: i + 1 };
    } else if (quote === '`' && c === '$' && text[i + 1] === '{') {
      return null;
    } else {
      value += c;
    }
  }
  return null;
}

/** Skips one argument expression (brackets and strings balanced); returns where its comma is. */
function skipExpression(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const lit = literal(text, i);
      if (lit) i = lit.end - 1;
    } else if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) {
      if (depth === 0) return -1;
      depth -= 1;
    } else if (c === ',' && depth === 0) return i;
  }
  return -1;
}

interface Use {
  file: string;
  call: string;
  /** [message name, the English the call carries] */
  words: [string, string][];
}

/**
 * Every t('name', 'English', …) and tn('name', count, 'one', 'other', …) of the source: in files
 * that import t or tn, or the Translate type for a `t` parameter (pure functions that word their
 * text in the UI's language or, for records and reports, in English).
 */
function uses(): { found: Use[]; unreadable: string[] } {
  const found: Use[] = [];
  const unreadable: string[] = [];
  for (const full of sourceFiles(SRC)) {
    const file = path.relative(SRC, full);
    const text = readFileSync(full, 'utf8');
    if (file === 'shared/locale/translate.ts' || file === 'content/status-words.ts' || !/import \{[^}]*\b(tn?|Translate)\b[^}]*\} from '[^']*\/(translate|status-words)'/.test(text)) continue;
    for (const match of text.matchAll(/(?<![\w$.])(tn?)\(/g)) {
      const fn = match[1]!;
      let at = match.index + match[0].length;
      const skipSpace = () => {
        while (/\s/.test(text[at] ?? '')) at += 1;
      };
      const next = (): string | null => {
        skipSpace();
        const lit = literal(text, at);
        if (!lit) return null;
        at = lit.end;
        skipSpace();
        if (text[at] === ',') at += 1;
        return lit.value;
      };
      const line = `${file}:${text.slice(0, match.index).split('\n').length}`;
      const key = next();
      if (fn === 't') {
        const words = next();
        if (key === null || words === null) unreadable.push(line);
        else found.push({ file, call: line, words: [[key, words]] });
      } else {
        const comma = skipExpression(text, at);
        if (comma < 0) {
          unreadable.push(line);
          continue;
        }
        at = comma + 1;
        const one = next();
        const other = next();
        if (key === null || one === null || other === null) unreadable.push(line);
        else found.push({ file, call: line, words: [[`${key}_one`, one], [`${key}_other`, other]] });
      }
    }
  }
  return { found, unreadable };
}

const scan = uses();

describe('the words of the UI', () => {
  it('are found in the source as literal names and English, so this scan sees them all', () => {
    expect(scan.unreadable).toEqual([]);
    expect(scan.found.length).toBeGreaterThan(100);
  });

  it('each have their message in en/messages.json, with the same English', () => {
    const wrong = scan.found.flatMap((use) =>
      use.words.filter(([name, words]) => english(name) !== words).map(([name, words]) => `${use.call} ${name}: code says ${JSON.stringify(words)}, messages.json ${JSON.stringify(english(name))}`),
    );
    expect(wrong).toEqual([]);
  });

  it('leave no message unused (the manifest names its own)', () => {
    const used = new Set(scan.found.flatMap((use) => use.words.map(([name]) => name)));
    for (const [, name] of readFileSync(path.join(ROOT, 'manifest.config.ts'), 'utf8').matchAll(/__MSG_(\w+)__/g)) used.add(name!);
    // translate.ts reads the translation's own language itself (wordsLanguage).
    for (const [, name] of readFileSync(path.join(SRC, 'shared/locale/translate.ts'), 'utf8').matchAll(/lookup\('(\w+)'/g)) used.add(name!);
    expect(Object.keys(messages).filter((name) => !used.has(name))).toEqual([]);
  });
});

describe('en/messages.json', () => {
  it('is a file both browsers load: valid names, unique without case, a description for translators', () => {
    const names = Object.keys(messages);
    expect(names.filter((name) => !/^[A-Za-z0-9_@]+$/.test(name) || name.startsWith('@@'))).toEqual([]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    expect(names.filter((name) => typeof messages[name]!.message !== 'string' || !messages[name]!.description?.trim())).toEqual([]);
  });

  it('names each substitution by a placeholder with an example, and uses every placeholder it declares', () => {
    const wrong = Object.entries(messages).flatMap(([name, m]) => {
      const declared = Object.keys(m.placeholders ?? {}).map((key) => key.toLowerCase());
      const usedNames = [...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1]!.toLowerCase());
      const problems: string[] = [];
      if (/\$[1-9]/.test(m.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''))) problems.push('a bare $n: name it by a placeholder');
      for (const key of usedNames) if (!declared.includes(key)) problems.push(`$${key}$ is not declared`);
      for (const key of declared) if (!usedNames.includes(key)) problems.push(`placeholder ${key} is not used`);
      for (const [key, p] of Object.entries(m.placeholders ?? {})) if (!/^\$[1-9]$/.test(p.content) || !p.example) problems.push(`placeholder ${key} needs content $1…$9 and an example`);
      return problems.map((problem) => `${name}: ${problem}`);
    });
    expect(wrong).toEqual([]);
  });
});

describe('the files whose words were moved to _locales', () => {
  /** The file with its comments blanked out, so words in comments are not taken for UI text. */
  const code = (file: string) => readFileSync(path.join(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  // Text between tags: a `>` right after a tag name, an attribute or a brace, not a type
  // argument's (`useState<string>(null);`), then words up to the next tag or expression.
  const JSX_TEXT = /(?<=[\w"'}/])>(?![\s]*[(;):,.[])([^<>{};]*[A-Za-z][^<>{};]*)(?=[<{])/g;
  // Words after an expression, up to a closing tag: `{count} items</span>`.
  const TEXT_AFTER_EXPRESSION = /(?<=\})([^<>{};]*[A-Za-z][^<>{};]*)(?=<\/)/g;
  /** Not words: an example address. */
  const ALLOWED = /^https?:\/\/\S*$/;
  const ATTRIBUTE = /\b(aria-label|aria-description|aria-roledescription|title|placeholder|alt|label)="([^"]*[A-Za-z][^"]*)"/g;

  it('keep no English between tags nor in a named attribute', () => {
    const left = translatedFiles
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) => [
        ...[...code(file).matchAll(JSX_TEXT), ...code(file).matchAll(TEXT_AFTER_EXPRESSION)].map((m) => `${file}: ${m[1]!.trim()}`),
        ...[...code(file).matchAll(ATTRIBUTE)].filter((m) => !ALLOWED.test(m[2]!)).map((m) => `${file}: ${m[1]}="${m[2]}"`),
      ]);
    expect(left).toEqual([]);
  });

  it('each read their words through t()', () => {
    const without = translatedFiles.filter((file) => !/\btn?\(/.test(code(file)));
    expect(without).toEqual([]);
  });
});
