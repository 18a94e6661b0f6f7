// npm run bench (export): the dashboard's export of 10,000 and 100,000 messages with reports, in
// Debian's Chromium, against a baseline measured in the same run (reading the rows, one JSON of
// them, zipping it). Peak memory is the page's renderer process's peak resident size during the
// export (Linux VmHWM, reset just before), against the bundle's size unzipped.
// BENCH_EXPORT_SIZES=10000 runs only the given sizes; BENCH_EXPORT_RUNS=5 times each five times.
import path from 'node:path';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { ensureChromium } from './lib/chromium';
import type { ExportBenchResult } from './bench/export-bench';

const ROOT = path.resolve(import.meta.dirname, '..');
const SIZES = (process.env.BENCH_EXPORT_SIZES ?? '10000,100000').split(',').map(Number);
const GOALS: Record<number, number> = { 10_000: 1500, 100_000: 15_000 };
// Runs per size (BENCH_EXPORT_RUNS overrides): a 100,000-message run takes a minute or more.
const runsFor = (size: number): number => Number(process.env.BENCH_EXPORT_RUNS) || (size > 20_000 ? 1 : 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function benchCode(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: false, lib: { entry: path.join(ROOT, 'scripts/bench/export-bench.ts'), formats: ['iife'], name: 'exportBench' } },
  });
  const result = Array.isArray(output) ? output[0] : output;
  const chunk = (result as { output: { type: string; code?: string }[] }).output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('bench bundle is empty');
  return chunk.code;
}

/** The renderer processes' pids (one page, so one renderer; all are watched to be safe). */
async function rendererPids(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

function status(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) * 1024;
}

function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const code = await benchCode();
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const results: (ExportBenchResult & { peakBytes: number; baselinePeakBytes: number })[] = [];
  try {
    for (const size of SIZES) {
      const page = await browser.newPage();
      await page.route('https://bench.invalid/**', (route) => route.fulfill({ body: '<!doctype html><title>bench</title>', contentType: 'text/html' }));
      await page.goto('https://bench.invalid/');
      await page.addScriptTag({ content: code });
      type Bench = {
        exportBench: {
          prepare(n: number): Promise<void>;
          baselineMs(): Promise<number>;
          exportOnce(): Promise<{ ms: number; zipBytes: number }>;
          phases(): Promise<Omit<ExportBenchResult, 'baselineMs' | 'exportMs' | 'zipBytes'>>;
        };
      };
      await page.evaluate((n) => (window as unknown as Bench).exportBench.prepare(n), size);
      const pids = await rendererPids(browser);
      const peakDuring = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
        const before = new Map(pids.map((pid) => [pid, status(pid, 'VmRSS')]));
        pids.forEach(resetPeak);
        const value = await work();
        return [value, Math.max(...pids.map((pid) => status(pid, 'VmHWM') - (before.get(pid) ?? 0)))];
      };
      // A shared, loaded machine makes one timing a poor one: baseline and export alternate, each
      // run's pair is timed, and the medians are compared; the peaks are the highest seen.
      const baselines: number[] = [];
      const exports: number[] = [];
      let baselinePeak = 0;
      let peakBytes = 0;
      let zipBytes = 0;
      for (let run = 0; run < runsFor(size); run++) {
        const [b, bPeak] = await peakDuring(() => page.evaluate(() => (window as unknown as Bench).exportBench.baselineMs()));
        const [once, ePeak] = await peakDuring(() => page.evaluate(() => (window as unknown as Bench).exportBench.exportOnce()));
        baselines.push(b);
        exports.push(once.ms);
        baselinePeak = Math.max(baselinePeak, bPeak);
        peakBytes = Math.max(peakBytes, ePeak);
        zipBytes = once.zipBytes;
      }
      const baselineMs = median(baselines);
      // BENCH_EXPORT_PROFILE=1 writes a CPU profile of the phase-timed export (open it in DevTools).
      const profiler = process.env.BENCH_EXPORT_PROFILE ? await page.context().newCDPSession(page) : null;
      if (profiler) await Promise.all([profiler.send('Profiler.enable'), profiler.send('Profiler.setSamplingInterval', { interval: 500 })]).then(() => profiler.send('Profiler.start'));
      const rest = await page.evaluate(() => (window as unknown as Bench).exportBench.phases());
      if (profiler) {
        const { profile } = await profiler.send('Profiler.stop');
        mkdirSync(path.join(ROOT, 'out'), { recursive: true });
        writeFileSync(path.join(ROOT, `out/bench-export-${size}.cpuprofile`), JSON.stringify(profile));
      }
      const r: ExportBenchResult = { ...rest, baselineMs, exportMs: median(exports), zipBytes };
      results.push({ ...r, peakBytes, baselinePeakBytes: baselinePeak });
      await page.close();
      const goal = GOALS[size];
      const ratio = r.exportMs / r.baselineMs;
      console.log(
        [
          `Export of ${r.messages.toLocaleString('en-US')} messages with reports, Chromium:`,
          `  export ${s(r.exportMs)} (median of ${exports.length}: ${exports.map(s).join(', ')})${goal ? ` (goal <= ${s(goal)}) ${r.exportMs <= goal ? 'OK' : 'OVER'}` : ''}; baseline (read, one JSON, zip) ${s(r.baselineMs)} (${baselines.map(s).join(', ')}); export/baseline ${ratio.toFixed(2)}x`,
          `  phases: gather ${s(r.gatherMs)}, build ${s(r.buildMs)}, zip ${s(r.zipMs)}`,
          `  bundle ${mb(r.bundleBytes)} unzipped, ${mb(r.zipBytes)} zipped; renderer peak ${mb(peakBytes)} = ${(peakBytes / r.bundleBytes).toFixed(2)}x the bundle (goal <= 3x) ${peakBytes <= 3 * r.bundleBytes ? 'OK' : 'OVER'} (baseline's peak ${mb(baselinePeak)})`,
          `  files: ${Object.entries(r.fileBytes).map(([p, b]) => `${p} ${mb(b)}`).join(', ')}`,
        ].join('\n'),
      );
    }
  } finally {
    await browser.close();
  }
  mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  writeFileSync(path.join(ROOT, 'out/bench-export.json'), JSON.stringify(results, null, 2));
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
