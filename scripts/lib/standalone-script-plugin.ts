// Builds one source file, with what it imports, as a self-contained classic script emitted into
// the extension beside the rest (an input of the build, not a chunk of it):
//  * the capture code (src/content/capture/index.ts), for the background to inject into a tab when
//    a capture starts (src/content/capture-code.ts). Deliberately not a content script nor a
//    web-accessible resource: the page can neither load nor detect it. (crxjs's own `?script`
//    imports would list the file in web_accessible_resources.)
//  * the dashboard's first read (src/ui/dashboard/first-read-script.ts), loaded by the dashboard's
//    HTML before its styles and modules, so the store is read while they load.
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';

export interface StandaloneScript {
  /** The source file, from the project's root. */
  entry: string;
  /** Where it is emitted in the build. */
  file: string;
  /** The global an IIFE build names (unused by scripts that export nothing). */
  name: string;
  /** A page (its HTML, from the project's root) that loads the script first, as a classic script in its head. */
  firstIn?: string;
}

export function standaloneScriptPlugin(script: StandaloneScript): Plugin {
  let config: ResolvedConfig;
  return {
    name: `evidence-standalone-script:${script.file}`,
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // Put in after Vite has read the page's own scripts (it would warn that it cannot bundle this one).
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!script.firstIn || path.resolve(config.root, script.firstIn) !== path.resolve(context.filename)) return;
        return [{ tag: 'script', attrs: { src: `/${script.file}` }, injectTo: 'head-prepend' }];
      },
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        define: config.define,
        resolve: { alias: config.resolve.alias },
        publicDir: false,
        logLevel: 'warn',
        plugins: [],
        build: {
          write: false,
          emptyOutDir: false,
          minify: config.build.minify,
          target: config.build.target,
          sourcemap: false,
          lib: { entry: path.resolve(config.root, script.entry), formats: ['iife'], name: script.name, fileName: () => script.file },
          rollupOptions: { output: { entryFileNames: script.file } },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => (r as Rollup.RollupOutput).output);
      const entry = outputs.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!entry) throw new Error(`Unable to build ${script.file} from ${script.entry}`);
      this.emitFile({ type: 'asset', fileName: script.file, source: entry.code });
    },
  };
}
