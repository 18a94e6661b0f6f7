// The import rules of ../shared/design/architecture.md, checked on the source itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Every import of every source file, as [file relative to src, resolved import]. */
function imports(): [string, string][] {
  return sourceFiles(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
    return specs.map((spec): [string, string] => [
      path.relative(SRC, file),
      spec.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), spec)) : `pkg:${spec}`,
    ]);
  });
}

const all = imports();
const where = (area: string) => all.filter(([file]) => file.startsWith(`${area}/`));

describe('module boundaries', () => {
  it('keeps shared/ context-free and extractors/ pure', () => {
    expect(where('shared').filter(([, target]) => !target.startsWith('shared/') && target !== 'pkg:@noble/hashes/sha2.js' && target !== 'pkg:@noble/hashes/utils.js')).toEqual([]);
    expect(where('extractors').filter(([, target]) => !target.startsWith('shared/') && !target.startsWith('extractors/'))).toEqual([]);
  });

  it('never lets the content script reach storage or the UI', () => {
    expect(where('content').filter(([, target]) => target.startsWith('storage') || target.startsWith('ui'))).toEqual([]);
  });

  it('keeps the page-world script and the content script apart: what they share lives in shared/', () => {
    expect(where('content').filter(([, target]) => target.startsWith('page-world'))).toEqual([]);
    expect(where('page-world').filter(([, target]) => !target.startsWith('shared/'))).toEqual([]);
  });

  it("lets only content/ports/ reach the extension's runtime, and only the two entry points wire the ports", () => {
    const runtimeLayer = (target: string) => target === 'pkg:webextension-polyfill' || target === 'content/ports/runtime';
    expect(where('content').filter(([file, target]) => !file.startsWith('content/ports/') && runtimeLayer(target))).toEqual([]);
    // The steps (history/, page-copy/, attachments/, button/, capture/) are given their ports.
    const entries = new Set(['content/index.ts', 'content/capture/index.ts']);
    expect(where('content').filter(([file, target]) => !file.startsWith('content/ports/') && !entries.has(file) && target.startsWith('content/ports/'))).toEqual([]);
    const offenders = sourceFiles(path.join(SRC, 'content'))
      .map((file) => path.relative(SRC, file))
      .filter((file) => !file.startsWith('content/ports/'))
      .filter((file) => /\b(chrome|browser)\.(runtime|tabs|storage|scripting)\b/.test(readFileSync(path.join(SRC, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('lets only storage/ import dexie and only export/ import jszip', () => {
    expect(all.filter(([file, target]) => target === 'pkg:dexie' && !file.startsWith('storage/'))).toEqual([]);
    expect(all.filter(([file, target]) => target === 'pkg:jszip' && !file.startsWith('export/'))).toEqual([]);
  });

  it('keeps chrome APIs out of shared/, extractors/, export/ and UI components', () => {
    const offenders = sourceFiles(SRC)
      .map((file) => path.relative(SRC, file))
      .filter((file) => /^(shared|extractors|export|ui\/components)\//.test(file))
      .filter((file) => /\b(chrome|browser)\.(runtime|tabs|storage|downloads)\b|webextension-polyfill/.test(readFileSync(path.join(SRC, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('lets other folders reach export/ only through its index, and keeps storage/ below import/ and export/', () => {
    const intoExport = all.filter(([file, target]) => !file.startsWith('export/') && target.startsWith('export/') && target !== 'export');
    expect(intoExport).toEqual([]);
    expect(where('storage').filter(([, target]) => target === 'import' || target.startsWith('import/') || target === 'export' || target.startsWith('export/'))).toEqual([]);
  });

  it('keeps every folder of the source small enough to see at a glance (its parts go in named subfolders)', () => {
    const folders = (dir: string): string[] => [dir, ...readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => folders(path.join(dir, e.name)))];
    for (const folder of folders(SRC)) {
      const count = readdirSync(folder).filter((name) => /\.(ts|tsx|json)$/.test(name)).length;
      expect(count, path.relative(SRC, folder) || 'src').toBeLessThanOrEqual(16);
    }
  });
});
