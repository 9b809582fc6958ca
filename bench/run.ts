/**
 * `npm run bench`: runs every benchmark file, one after the other, each in its own process (so one file's
 * databases, servers and connections are gone before the next starts), under one watchdog for the whole run.
 *
 * `BENCH_ONLY=intake,track` selects parts: deadline, intake, routing (also measures intake: it runs at half the
 * intake maximum), list, track, platform (API + worker + mailer at a ladder of rates), spike (20,000 submissions in
 * 60 s), pages (staff pages in Chromium), photos (image versions), hotspots (the hotspot map's query). Default:
 * all. Each file writes its benchmark's section of bench/RESULTS.md (the latest run of each) and adds the run to
 * bench/history/.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const FILES = [
  { file: 'intake-routing.bench.js', parts: ['intake', 'routing'] },
  { file: 'case-list-tracking.bench.js', parts: ['list', 'track'] },
  { file: 'platform.bench.js', parts: ['platform', 'spike'] },
  { file: 'deadline-scan.bench.js', parts: ['deadline'] },
  { file: 'page-speed.bench.js', parts: ['pages'] },
  { file: 'photo-versions.bench.js', parts: ['photos'] },
  { file: 'hotspots.bench.js', parts: ['hotspots'] },
];
const WATCHDOG_MS = 45 * 60_000;
const KILL_GRACE_MS = 60_000;

const only =
  process.env.BENCH_ONLY?.split(',')
    .map((s) => s.trim())
    .filter(Boolean) ?? [];
const known = FILES.flatMap((f) => f.parts);
const unknown = only.filter((p) => !known.includes(p));
if (unknown.length) {
  console.error(`BENCH_ONLY: unknown part(s) ${unknown.join(', ')}; known: ${known.join(', ')}`);
  process.exit(2);
}

let current: ChildProcess | undefined;
let stopping = false;

function stop(reason: string): void {
  if (stopping) return;
  stopping = true;
  console.error(`bench: ${reason}; stopping the running benchmark (it drops its databases)`);
  if (current && current.exitCode === null) {
    current.kill('SIGTERM');
    setTimeout(() => current?.kill('SIGKILL'), KILL_GRACE_MS).unref();
  }
}

const watchdog = setTimeout(() => stop(`the whole run exceeded ${WATCHDOG_MS / 60_000} minutes`), WATCHDOG_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal));

function run(file: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', './bench/register-aliases.js', join('dist-bench', 'bench', file)], {
      cwd: join(__dirname, '..', '..'),
      stdio: 'inherit',
    });
    current = child;
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const failed: string[] = [];
  for (const { file, parts } of FILES) {
    if (stopping) break;
    if (only.length && !parts.some((p) => only.includes(p))) continue;
    console.log(`\n=== ${file} (${parts.join(', ')}) ===`);
    const code = await run(file);
    if (code !== 0) failed.push(`${file} (exit ${code})`);
  }
  clearTimeout(watchdog);
  console.log(
    `\nbench: ${((performance.now() - started) / 60_000).toFixed(1)} min${failed.length ? `; FAILED: ${failed.join(', ')}` : ''}`,
  );
  process.exitCode = failed.length || stopping ? 1 : 0;
}

void main();
