/**
 * What an image upload costs (libs/cases/src/attachments/image-versions.ts): the header read and the WebP thumbnail
 * made inline before the upload's answer, and the copy without metadata that the `media` job makes after it. Run in
 * `npm run bench` (part `photos`); writes bench/RESULTS.md (the latest run) and bench/history/. The figures decided
 * inline versus a queued job: see docs/benchmarks.md.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { makeVersion, prepareImage } from '@hotline/cases';
import { COMMAND, fmt, log, median, recordResults, runBenchmark } from './support/common';

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

/** Median and p95 of `rounds` runs of `work`, in ms, after one warm-up run. */
async function timed(rounds: number, work: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return { median: median(times), p95: p95(times) };
}

runBenchmark('photo-versions bench', WATCHDOG_MS, async () => {
  const rows: string[] = [];
  for (const [format, width, height] of [
    ['jpeg', 4000, 3000],
    ['jpeg', 1600, 1200],
    ['png', 2000, 1500],
    ['webp', 4000, 3000],
  ] as const) {
    const input = await photo(format, width, height);
    const contentType = `image/${format}`;
    const inline = await timed(ROUNDS, () => prepareImage(input, contentType, 'bench'));
    const copy = await timed(Math.ceil(ROUNDS / 3), () => makeVersion(input, contentType, 'public'));
    log(`${format} ${width}×${height}: upload ${fmt(inline.median)} ms, copy ${fmt(copy.median)} ms`);
    const cells = [
      `${format.toUpperCase()} ${width} × ${height}`,
      `${fmt(input.length / 1024 / 1024, 2)} MB`,
      `${fmt(inline.median)} / ${fmt(inline.p95)}`,
      `${fmt(copy.median)} / ${fmt(copy.p95)}`,
    ];
    rows.push(`| ${cells.join(' | ')} |`);
  }
  const text = [
    `## Photo versions (${new Date().toISOString().slice(0, 10)}, \`${COMMAND}\`, ${cpus().length} cores, ` +
      `sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips})`,
    '',
    'Inline with the upload: header read, EXIF location, 360 px WebP thumbnail. In the `media` job: the full-size copy',
    'without metadata. Median / p95 ms:',
    '',
    '| image | size | upload (inline) | copy (job) |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  recordResults('photos', text);
});
