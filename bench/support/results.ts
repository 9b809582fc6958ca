/**
 * Where benchmark results go. bench/RESULTS.md keeps the latest run of each benchmark, one section each in a fixed
 * order (a run replaces its benchmark's section); every run is also kept whole in bench/history/, one file a run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
export const RESULTS = join(ROOT, 'bench', 'RESULTS.md');
export const HISTORY = join(ROOT, 'bench', 'history');

/** Each benchmark's section, in the order RESULTS.md lists them. */
export const BENCHMARKS = {
  intake: 'public intake throughput and submit → routed latency (bench/intake-routing.bench.ts)',
  reads: 'read paths at 1,000,000 cases: staff case list, tracking (bench/case-list-tracking.bench.ts)',
  platform: 'the whole platform at a sustained rate (bench/platform.bench.ts)',
  spike: 'a spike of 20,000 submissions in 60 s (bench/platform.bench.ts)',
  deadline: 'deadline scan (bench/deadline-scan.bench.ts)',
  pages: 'staff pages in Chromium (bench/page-speed.bench.ts)',
  photos: 'photo versions: thumbnail inline, metadata-free copy in a job (bench/photo-versions.bench.ts)',
  hotspots: 'hotspot map at 1,000,000 cases (bench/hotspots.bench.ts)',
  reporting: 'reporting at 10,000,000 cases (bench/reporting.bench.ts, `npm run bench:reporting`)',
  learning: 'learned routing and deadline risk (bench/evaluate-learning.ts, `npm run evaluate`)',
} as const;
export type BenchmarkKey = keyof typeof BENCHMARKS;

const INTRO = [
  '# Benchmark results',
  '',
  'The latest run of each benchmark, written by `npm run bench` (bench/run.ts runs bench/*.bench.ts), `npm run bench:reporting`',
  'and `npm run evaluate`; each run replaces its own section below and is kept whole in [bench/history/](history/), one',
  'file a run (older runs, from before this layout, in history/2026-11-23--2026-12-02-log.md). Each section names the',
  'command, machine, load average and commit it was measured with.',
  '',
].join('\n');

const open = (key: string) => `<!-- bench:${key} -->`;
const close = (key: string) => `<!-- /bench:${key} -->`;

/** The file's sections by key, whatever order they were written in. */
function sections(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/<!-- bench:([a-z-]+) -->\n([\s\S]*?)\n<!-- \/bench:\1 -->/g)) found.set(m[1], m[2]);
  return found;
}

/** Records one run of `key`: its section in RESULTS.md becomes `text`, and the run is added to bench/history/. */
export function recordResults(key: BenchmarkKey, text: string): void {
  const body = text.trim();
  const current = sections(existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '');
  current.set(key, body);
  const ordered = (Object.keys(BENCHMARKS) as BenchmarkKey[]).map(
    (k) => `${open(k)}\n${current.get(k) ?? `## ${BENCHMARKS[k]}\n\nNot run yet in this layout.`}\n${close(k)}`,
  );
  writeFileSync(RESULTS, `${INTRO}\n${ordered.join('\n\n')}\n`);
  mkdirSync(HISTORY, { recursive: true });
  const file = join(
    HISTORY,
    `${new Date()
      .toISOString()
      .replace(/:/g, '')
      .replace(/\.\d+Z$/, 'Z')}-${key}.md`,
  );
  writeFileSync(file, `${body}\n`);
  console.log(`\n${body}\n`);
  console.log(`results: ${RESULTS} (section ${key}) and ${file}`);
}
