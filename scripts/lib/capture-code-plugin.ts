// Builds the capture code (src/content/capture/index.ts) as one self-contained script, for the
// background to inject into a tab when a capture starts (src/content/capture-code.ts). An input
// of the build, emitted beside the content scripts, and deliberately not a content script nor a
// web-accessible resource: the page can neither load nor detect it. (crxjs's own `?script`
// imports would list the file in web_accessible_resources.)
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { CAPTURE_CODE_ENTRY, CAPTURE_CODE_FILE } from '../../src/shared/capture-code-file.ts';

export function captureCodePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'evidence-capture-code',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
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
          lib: { entry: path.resolve(config.root, CAPTURE_CODE_ENTRY), formats: ['iife'], name: 'evidenceLockerCapture', fileName: () => CAPTURE_CODE_FILE },
          rollupOptions: { output: { entryFileNames: CAPTURE_CODE_FILE } },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => (r as Rollup.RollupOutput).output);
      const entry = outputs.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!entry) throw new Error(`Unable to build the capture code from ${CAPTURE_CODE_ENTRY}`);
      this.emitFile({ type: 'asset', fileName: CAPTURE_CODE_FILE, source: entry.code });
    },
  };
}
