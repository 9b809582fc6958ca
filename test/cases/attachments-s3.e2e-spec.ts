import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalObjectStore } from '@hotline/platform';
import { makeCaseInput, S3TestServer, TestPlatform, TINY_JPEG, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

const JPEG = TINY_JPEG;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const LARGE_BYTES = 64 * 1024 * 1024;
const ROOT = path.resolve(__dirname, '..', '..');

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function form(name: string, data: Buffer): FormData {
  const body = new FormData();
  body.append('file', new Blob([data]), name);
  return body;
}

/** The built database CLI, as an operator runs it. */
function databaseCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/apps/worker/src/cli/database-cli.js'), ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/**
 * With STORAGE_URL naming an S3 bucket (a real S3-compatible server, s3rver, started here), attachments go to the
 * bucket, stream back with the usual headers, leave the retention run with their case, and files kept on disk before
 * move to the bucket with the database CLI, each verified by its SHA-256.
 */
describe('attachments in S3-compatible object storage', () => {
  const s3 = new S3TestServer();
  let platform: TestPlatform;
  let code = '';
  let key = '';
  let caseId = '';

  beforeAll(async () => {
    await s3.start();
    platform = await newPlatform().start({ env: { ...s3.env('attachments'), ATTACHMENT_MAX_BYTES: String(LARGE_BYTES + 1024) } });
    const res = await platform.request<{ id: string; trackingCode: string; accessKey: string }>('POST', '/api/v1/cases', makeCaseInput());
    ({ trackingCode: code, accessKey: key, id: caseId } = res.body);
  });
  afterAll(async () => {
    await platform?.stop();
    await s3.stop();
  });

  const uploadUrl = () => `${platform.baseUrl}/api/v1/cases/track/${code}/attachments?key=${encodeURIComponent(key)}`;
  const upload = (body: FormData) => fetch(uploadUrl(), { method: 'POST', body });
  const download = async (attachmentId: string) =>
    fetch(`${platform.baseUrl}/api/v1/cases/${caseId}/attachments/${attachmentId}`, {
      headers: { authorization: `Bearer ${await platform.login(...USERS.secretariat)}` },
    });
  const storageKeyOf = async (id: string): Promise<string> =>
    (await platform.db.dataSource.query(`SELECT storage_key FROM attachments WHERE id = $1`, [id]))[0].storage_key;
  const localFiles = async (): Promise<string[]> => {
    const found: string[] = [];
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        if (entry.isDirectory()) await walk(path.join(dir, entry.name));
        else found.push(path.relative(platform.attachmentsDir, path.join(dir, entry.name)));
      }
    };
    await walk(platform.attachmentsDir);
    return found;
  };

  it('stores an upload and its versions in the bucket, under the key prefix, typed by content, and nothing on the API’s disk', async () => {
    const res = await upload(form('ổ gà.jpg', JPEG));
    expect(res.status).toBe(201);
    const [stored] = (await res.json()) as { id: string }[];
    const storageKey = await storageKeyOf(stored.id);
    // The thumbnail is made with the upload, the copy without metadata by a job right after it.
    await waitFor(async () => (await s3.keys()).length === 3 || undefined, 'the photo’s copy without metadata');
    expect((await s3.keys()).sort()).toEqual([
      `attachments/${storageKey}`,
      `attachments/${storageKey}.public`,
      `attachments/${storageKey}.thumb.webp`,
    ]);
    expect(await s3.head(`attachments/${storageKey}.thumb.webp`)).toMatchObject({ contentType: 'image/webp' });
    expect(await s3.read(`attachments/${storageKey}`)).toEqual(JPEG);
    expect(await s3.head(`attachments/${storageKey}`)).toEqual({ contentType: 'image/jpeg', size: JPEG.length });
    expect(await localFiles()).toEqual([]);
  });

  it('streams a download from the bucket with the same headers as from disk', async () => {
    const [attachment] = (await (await fetch(`${platform.baseUrl}/api/v1/cases/track/${code}/attachments?key=${key}`)).json()) as {
      id: string;
    }[];
    const file = await download(attachment.id);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(JPEG);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('content-length')).toBe(String(JPEG.length));
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('cache-control')).toBe('private, no-store');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="o ga.jpg"; filename*=UTF-8''${encodeURIComponent('ổ gà.jpg')}`,
    );
  });

  it('takes a 64 MiB upload, streamed from the request through a staging file to the bucket in 5 MiB parts', async () => {
    const file = path.join(platform.attachmentsDir, 'large.pdf');
    await mkdir(platform.attachmentsDir, { recursive: true });
    await writeFile(file, Buffer.concat([PDF, Buffer.alloc(LARGE_BYTES - PDF.length)]));
    let status: string;
    try {
      status = await new Promise<string>((resolve, reject) => {
        const curl = spawn('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', '-F', `file=@${file};filename=large.pdf`, uploadUrl()]);
        let out = '';
        curl.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        curl.on('error', reject);
        curl.on('exit', () => resolve(out));
      });
    } finally {
      await rm(file, { force: true });
    }
    expect(status).toBe('201');
    const [row] = await platform.db.dataSource.query(`SELECT size_bytes, storage_key FROM attachments WHERE file_name = 'large.pdf'`);
    expect(Number(row.size_bytes)).toBe(LARGE_BYTES);
    expect(await s3.head(`attachments/${row.storage_key}`)).toMatchObject({ size: LARGE_BYTES });
  });

  it('the retention run erases a long-closed case’s attachments from the bucket as well as the database', async () => {
    const other = await platform.request<{ id: string; trackingCode: string; accessKey: string }>('POST', '/api/v1/cases', makeCaseInput());
    const res = await fetch(
      `${platform.baseUrl}/api/v1/cases/track/${other.body.trackingCode}/attachments?key=${encodeURIComponent(other.body.accessKey)}`,
      { method: 'POST', body: form('đơn.pdf', PDF) },
    );
    expect(res.status).toBe(201);
    const [stored] = (await res.json()) as { id: string }[];
    const storageKey = await storageKeyOf(stored.id);
    expect(await s3.keys()).toContain(`attachments/${storageKey}`);
    const keptBefore = (await s3.keys()).filter((k) => k !== `attachments/${storageKey}`);
    await waitFor(
      async () => (await platform.db.dataSource.query(`SELECT status FROM cases WHERE id = $1`, [other.body.id]))[0].status !== 'received',
      'the case to be routed',
    );
    await platform.db.dataSource.query(`UPDATE cases SET status = 'closed', closed_at = now() - interval '20 years' WHERE id = $1`, [
      other.body.id,
    ]);
    const admin = await platform.login(...USERS.admin);
    const run = await platform.request<{ anonymised: number }>('POST', '/api/v1/admin/retention/run', undefined, admin);
    expect(run).toMatchObject({ status: 200, body: { anonymised: 1 } });
    expect(await s3.keys()).toEqual(keptBefore);
    expect(await platform.db.dataSource.query(`SELECT id FROM attachments WHERE case_id = $1`, [other.body.id])).toEqual([]);
  });

  it('move-attachments copies the files kept on disk to the bucket, verified by SHA-256, resumably, and reports counts', async () => {
    const disk = new LocalObjectStore(path.join(platform.attachmentsDir, 'before-s3'));
    const files = [
      { id: '019a0000-0000-7000-8000-000000000001', data: JPEG, onDisk: JPEG },
      { id: '019a0000-0000-7000-8000-000000000002', data: PDF, onDisk: PDF },
      { id: '019a0000-0000-7000-8000-000000000003', data: PDF, onDisk: undefined },
      { id: '019a0000-0000-7000-8000-000000000004', data: JPEG, onDisk: Buffer.concat([JPEG.subarray(0, 100), Buffer.from('tampered')]) },
    ];
    for (const f of files) {
      const storageKey = `2025/01/${f.id}`;
      if (f.onDisk) await disk.put(storageKey, f.onDisk);
      await platform.db.dataSource.query(
        `INSERT INTO attachments (id, case_id, uploaded_by_type, file_name, content_type, size_bytes, sha256, storage_key,
           visible_to_citizen, created_at)
         VALUES ($1, $2, 'citizen', 'old', $3, $4, $5, $6, true, now())`,
        [f.id, caseId, f.data === JPEG ? 'image/jpeg' : 'application/pdf', f.data.length, sha256(f.data), storageKey],
      );
    }
    const env = { ...platform.processEnv(), ...s3.env('attachments'), ATTACHMENTS_DIR: disk.dir, LOG_LEVEL: 'warn' };
    const first = await databaseCli(['move-attachments'], env);
    // Exit code 2: some rows could not be moved (one missing, one not matching its hash); the others were.
    expect(first.code).toBe(2);
    expect(first.output).toMatch(
      /move-attachments: 2 moved, 2 already in the store, 1 missing, 1 not matching their SHA-256, 0 local files removed/,
    );
    expect(await s3.read(`attachments/2025/01/${files[0].id}`)).toEqual(JPEG);
    expect(await s3.read(`attachments/2025/01/${files[1].id}`)).toEqual(PDF);
    expect(await s3.keys()).not.toContain(`attachments/2025/01/${files[3].id}`);

    const again = await databaseCli(['move-attachments', '--remove-local'], env);
    expect(again.output).toMatch(
      /move-attachments: 0 moved, 4 already in the store, 1 missing, 1 not matching their SHA-256, 2 local files removed/,
    );
    expect(await disk.sizeOf(`2025/01/${files[0].id}`)).toBeUndefined();
    expect(await disk.sizeOf(`2025/01/${files[3].id}`)).toBeDefined();

    const download = await fetch(
      `${platform.baseUrl}/api/v1/cases/track/${code}/attachments/${files[1].id}?key=${encodeURIComponent(key)}`,
    );
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
  });

  it('refuses move-attachments without an s3:// STORAGE_URL, naming the variable', async () => {
    const run = await databaseCli(['move-attachments'], { ...platform.processEnv(), ATTACHMENTS_DIR: platform.attachmentsDir });
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/STORAGE_URL/);
  });
});
