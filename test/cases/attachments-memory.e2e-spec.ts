/**
 * Uploads and downloads stream (issue #23): the built API, as a child process of its own, takes two 96 MiB files in
 * one request (192 MiB, generated as a stream, so the test never holds them either) and serves both back at once,
 * while its peak resident memory (VmHWM of /proc/<pid>/status, reset to the current RSS through /proc/<pid>/clear_refs
 * just before) grows by less than 128 MiB. Streaming grows it by 65 to 95 MiB whatever the files' size: V8 collects
 * the chunks' garbage only once about 64 MiB of buffers have come and gone. An API that held a whole file fails here:
 * staging with `await part.toBuffer()` grew it by about 290 MiB, reading the staged file whole (`readFile`) before the
 * store by about 165 MiB, a download collected before it is sent by about 325 MiB. Once with the files in an
 * S3-compatible store (s3rver in a process of its own), once on the local disk. Needs `npm run build`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { BuiltProcess, makeCaseInput, S3TestServer, TestPlatform, TINY_JPEG } from '@hotline/testing';
import { newPlatform } from '../platform';

const MiB = 1024 * 1024;
/** ATTACHMENT_MAX_BYTES allows at most 100 MiB a file: two files of 96 MiB make one request of 192 MiB. */
const FILE_BYTES = 96 * MiB;
const FILE_COUNT = 2;
/** The growth of the API's peak RSS allowed while it takes the upload, and again while it serves the files back. */
const MAX_GROWTH = 128 * MiB;
const PDF_HEAD = Buffer.from('%PDF-1.7\n');
const JPEG = TINY_JPEG;

jest.setTimeout(120_000);

/** A field of /proc/<pid>/status in bytes (VmRSS, VmHWM). */
function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** Resets the process's peak RSS to its current RSS (Linux ≥ 4.0) and returns it: the baseline of a measurement. */
function resetPeak(pid: number): number {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
  return memoryOf(pid, 'VmHWM');
}

/** A file's bytes, a MiB at a time, made as they are sent: a PDF by its first bytes, no two MiB alike. */
function* fileChunks(size: number, hash: ReturnType<typeof createHash>): Generator<Buffer> {
  const pattern = randomBytes(MiB);
  for (let offset = 0, index = 0; offset < size; offset += MiB, index += 1) {
    const chunk = Buffer.from(pattern.subarray(0, Math.min(MiB, size - offset)));
    chunk.writeUInt32BE(index, 16);
    if (offset === 0) PDF_HEAD.copy(chunk);
    hash.update(chunk);
    yield chunk;
  }
}

/** POSTs `count` generated files of `size` bytes as multipart/form-data, streamed; resolves with the answer and the files' SHA-256. */
async function uploadGenerated(url: string, count: number, size: number): Promise<{ status: number; body: string; sha256: string[] }> {
  const boundary = `----hotline-${randomBytes(8).toString('hex')}`;
  const hashes = Array.from({ length: count }, () => createHash('sha256'));
  const heads = hashes.map((_, i) =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ho-so-${i + 1}.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n`,
    ),
  );
  const tail = Buffer.from(`--${boundary}--\r\n`);
  const length = heads.reduce((sum, head) => sum + head.length + size + 2, 0) + tail.length;
  function* body(): Generator<Buffer> {
    for (const [i, head] of heads.entries()) {
      yield head;
      yield* fileChunks(size, hashes[i]);
      yield Buffer.from('\r\n');
    }
    yield tail;
  }
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(length) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    request.on('error', reject);
    Readable.from(body(), { objectMode: false, highWaterMark: 4 * MiB }).pipe(request);
  });
  return { ...answer, sha256: hashes.map((hash) => hash.digest('hex')) };
}

/** GETs a file and hashes it as it arrives, never holding it. */
function downloadHashed(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; size: number; sha256: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const hash = createHash('sha256');
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          hash.update(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, size, sha256: hash.digest('hex') }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

describe('uploads and downloads stream through the built API, never whole in memory', () => {
  const s3 = new S3TestServer();
  let platform: TestPlatform;
  const figures: Record<string, Record<string, number>> = {};

  beforeAll(async () => {
    await s3.start();
    // The platform gives the database (migrated, with reference data) and the queue prefix; the built API serves the test.
    platform = await newPlatform().start({ worker: false });
  });
  afterAll(async () => {
    await platform?.stop();
    await s3.stop();
    process.stdout.write(`attachments memory figures (MiB): ${JSON.stringify(figures)}\n`);
  });

  describe.each([
    { store: 's3', storageEnv: () => s3.env('memory') },
    { store: 'local disk', storageEnv: () => ({}) },
  ])('with the files in $store', ({ store, storageEnv }) => {
    let api: BuiltProcess;
    let attachmentsDir = '';
    /** The citizen's attachments of the test's case, or one of them. */
    let attachmentsUrl: (id?: string) => string;
    let uploaded: { id: string; size: number; sha256: string }[] = [];

    beforeAll(async () => {
      attachmentsDir = path.join(os.tmpdir(), `hotline-${platform.queuePrefix}-memory-${store.replace(' ', '-')}`);
      api = new BuiltProcess(`attachments-memory-${store.replace(' ', '-')}`, 'apps/api/src/main.js', {
        ...platform.processEnv(),
        ...storageEnv(),
        SESSION_SECRET: platform.config.auth.secret,
        RUN_MIGRATIONS: 'false',
        RATE_LIMIT_INTAKE: 'off',
        RATE_LIMIT_TRACKING: 'off',
        ATTACHMENTS_DIR: attachmentsDir,
        ATTACHMENT_MAX_BYTES: String(100 * MiB),
      });
      await api.start((output) => output.includes('successfully started'), 60_000);
      const filed = await fetch(`${api.url}/api/v1/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(makeCaseInput()),
      });
      expect(filed.status).toBe(201);
      const { trackingCode, accessKey } = (await filed.json()) as { trackingCode: string; accessKey: string };
      attachmentsUrl = (id = '') =>
        `${api.url}/api/v1/cases/track/${trackingCode}/attachments${id ? `/${id}` : ''}?key=${encodeURIComponent(accessKey)}`;
      // A small upload and download first, so what loads on first use is loaded before the measurement.
      const body = new FormData();
      body.append('file', new Blob([JPEG]), 'anh.jpg');
      const warm = await fetch(attachmentsUrl(), { method: 'POST', body });
      expect(warm.status).toBe(201);
      const [small] = (await warm.json()) as { id: string }[];
      const back = await fetch(attachmentsUrl(small.id));
      // The citizen reads the photo's copy without metadata: a JPEG too.
      expect(Buffer.from(await back.arrayBuffer()).subarray(0, 3)).toEqual(JPEG.subarray(0, 3));
      figures[store] = {};
    });
    afterAll(async () => {
      await api?.stop().catch(() => api.destroy());
      await rm(attachmentsDir, { recursive: true, force: true });
    });

    it(`takes ${(FILE_COUNT * FILE_BYTES) / MiB} MiB in one request, its peak RSS growing by < ${MAX_GROWTH / MiB} MiB`, async () => {
      const baseline = resetPeak(api.pid!);
      const res = await uploadGenerated(attachmentsUrl(), FILE_COUNT, FILE_BYTES);
      const growth = memoryOf(api.pid!, 'VmHWM') - baseline;
      figures[store].baselineRss = Math.round(baseline / MiB);
      figures[store].uploadPeakGrowth = Math.round(growth / MiB);
      expect(res.status).toBe(201);
      const stored = JSON.parse(res.body) as { id: string; size: number; fileName: string; contentType: string }[];
      expect(stored.map((f) => [f.fileName, f.contentType, f.size])).toEqual([
        ['ho-so-1.pdf', 'application/pdf', FILE_BYTES],
        ['ho-so-2.pdf', 'application/pdf', FILE_BYTES],
      ]);
      const rows: { id: string; sha256: string; storage_key: string }[] = await platform.db.dataSource.query(
        `SELECT id, sha256, storage_key FROM attachments WHERE id = ANY($1) ORDER BY file_name`,
        [stored.map((f) => f.id)],
      );
      expect(rows.map((row) => row.sha256)).toEqual(res.sha256);
      for (const row of rows) {
        const size =
          store === 's3'
            ? (await s3.head(`memory/${row.storage_key}`)).size
            : (await stat(path.join(attachmentsDir, row.storage_key))).size;
        expect(size).toBe(FILE_BYTES);
      }
      // Nothing is left in the staging directory.
      expect(readdirSync(path.join(attachmentsDir, 'tmp'))).toEqual([]);
      uploaded = rows.map((row, i) => ({ id: row.id, size: FILE_BYTES, sha256: res.sha256[i] }));
      expect(growth).toBeLessThan(MAX_GROWTH);
    });

    it(`serves both files back at once with their SHA-256, its peak RSS growing by < ${MAX_GROWTH / MiB} MiB`, async () => {
      expect(uploaded).toHaveLength(FILE_COUNT);
      const baseline = resetPeak(api.pid!);
      const served = await Promise.all(uploaded.map((file) => downloadHashed(attachmentsUrl(file.id))));
      const growth = memoryOf(api.pid!, 'VmHWM') - baseline;
      figures[store].downloadPeakGrowth = Math.round(growth / MiB);
      for (const res of served) {
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-length']).toBe(String(FILE_BYTES));
      }
      expect(served.map((res) => ({ size: res.size, sha256: res.sha256 }))).toEqual(uploaded.map(({ size, sha256 }) => ({ size, sha256 })));
      expect(growth).toBeLessThan(MAX_GROWTH);
    });
  });
});
