/**
 * What an image upload costs the API (libs/cases/src/attachments/image-versions.ts): the header read, the WebP
 * thumbnail and the copy without metadata, made inline before the upload's answer. Run in `npm run bench` (part
 * `photos`); appends to bench/RESULTS.md. The figures decide inline versus a queued job: see docs/benchmarks.md.
 */
import { appendFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { prepareImage } from '@hotline/cases';
import { COMMAND, fmt, log, median, RESULTS, runBenchmark } from './support/common';

const ROUNDS = 15;
const WATCHDOG_MS = 5 * 60_000;

/** A 12 MP photo as a phone takes it: noise, so the encoder has detail to work on (a flat image flatters it). */
const photo = (format: 'jpeg' | 'png' | 'webp', width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 30 } } })
    .toFormat(format, { quality: 85 })
    .withExif({
      IFD0: { Make: 'BenchCam' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 41/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' },
    })
    .toBuffer();

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

runBenchmark('photo-versions bench', WATCHDOG_MS, async () => {
  const rows: string[] = [];
  for (const [format, width, height] of [
    ['jpeg', 4000, 3000],
    ['jpeg', 1600, 1200],
    ['png', 2000, 1500],
    ['webp', 4000, 3000],
  ] as const) {
    const input = await photo(format, width, height);
    await prepareImage(input, `image/${format}`, 'warm-up');
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      await prepareImage(input, `image/${format}`, 'bench');
      times.push(performance.now() - started);
    }
    log(`${format} ${width}×${height}: median ${fmt(median(times))} ms`);
    rows.push(
      `| ${format.toUpperCase()} ${width} × ${height} | ${fmt(input.length / 1024 / 1024, 2)} MB | ${fmt(median(times))} | ${fmt(p95(times))} |`,
    );
  }
  const text = [
    `## Photo versions (${new Date().toISOString().slice(0, 10)}, \`${COMMAND}\`, ${cpus().length} cores, sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips})`,
    '',
    `Header read, EXIF location, 360 px WebP thumbnail and metadata-free copy of one upload, ${ROUNDS} rounds each:`,
    '',
    '| image | size | median ms | p95 ms |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  appendFileSync(RESULTS, `${text}\n`);
  console.log(`\n${text}`);
});
