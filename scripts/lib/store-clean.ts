// Build plugin: what the store reviews' linter (web-ext lint) flags in third-party code, taken
// out at build time so both builds lint clean.
// - Preact can set innerHTML from a string (dangerouslySetInnerHTML). Evidence Locker never uses
//   it (hostile page text is shown, never parsed); the build makes that path set textContent.
// - jszip's `setimmediate` polyfill can eval a string (new Function(""+e)); jszip only ever passes
//   functions, so the build makes a string argument an error instead. Its unbundled source gets
//   src/shared/bytes/set-immediate.ts instead of the polyfill.
// The build fails if either library changes so that a rewrite no longer applies, rather than ship it.
import path from 'node:path';
import type { Plugin } from 'vite';

const PREACT_INNER_HTML = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
const JSZIP_EVAL = /\(\s*(\w+)\s*=\s*new Function\(\s*""\s*\+\s*\1\s*\)\)/g;

function rewrite(ctx: { error(message: string): never }, code: string, pattern: RegExp, by: string, what: string) {
  pattern.lastIndex = 0;
  if (!pattern.test(code)) ctx.error(`${what} changed: the code to rewrite was not found; check scripts/lib/store-clean.ts`);
  pattern.lastIndex = 0;
  return { code: code.replace(pattern, by), map: null };
}

export function storeClean(root: string): Plugin {
  return {
    name: 'evidence-locker:store-clean',
    enforce: 'pre',
    resolveId(source) {
      return source === 'setimmediate' ? path.join(root, 'src/shared/bytes/set-immediate.ts') : null;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? '';
      if (/[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(file)) return rewrite(this, code, PREACT_INNER_HTML, '($1.textContent=String($2.__html))', 'Preact');
      if (/[\\/]jszip[\\/]dist[\\/]jszip(\.min)?\.js$/.test(file)) return rewrite(this, code, JSZIP_EVAL, '(()=>{throw new TypeError("setImmediate needs a function")})()', 'jszip');
      return null;
    },
  };
}
