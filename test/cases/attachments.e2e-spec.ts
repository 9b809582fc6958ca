import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { makeCaseInput, TestPlatform, TINY_JPEG, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

const JPEG = TINY_JPEG;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const HTML = Buffer.from('<!DOCTYPE html><html><script>alert(document.cookie)</script></html>');
const MAX_BYTES = 64 * 1024;

interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  visibleToCitizen: boolean;
  uploadedBy: string;
}

function form(files: { name: string; data: Buffer; type?: string; field?: string }[], fields: Record<string, string> = {}): FormData {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  for (const f of files) body.append(f.field ?? 'file', new Blob([f.data], { type: f.type ?? 'application/octet-stream' }), f.name);
  return body;
}

describe('attachments', () => {
  let platform: TestPlatform;
  let code = '';
  let key = '';
  let caseId = '';

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { ATTACHMENT_MAX_BYTES: String(MAX_BYTES), ATTACHMENT_MAX_FILES: '4' } });
    const res = await platform.request<{ id: string; trackingCode: string; accessKey: string }>('POST', '/api/v1/cases', makeCaseInput());
    ({ trackingCode: code, accessKey: key, id: caseId } = res.body);
    const secretariat = await platform.login(...USERS.secretariat);
    await waitFor(
      async () =>
        (await platform.request<{ status: string }>('GET', `/api/v1/cases/${caseId}`, undefined, secretariat)).body.status === 'routed',
      'the case to be routed',
    );
  });
  afterAll(() => platform.stop());

  const citizenUpload = (body: FormData, k = key) =>
    fetch(`${platform.baseUrl}/api/v1/cases/track/${code}/attachments?key=${encodeURIComponent(k)}`, { method: 'POST', body });
  const storedFiles = async (): Promise<string[]> => {
    const found: string[] = [];
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        if (entry.isDirectory()) await walk(path.join(dir, entry.name));
        else found.push(path.relative(platform.attachmentsDir, path.join(dir, entry.name)));
      }
    };
    await walk(platform.attachmentsDir);
    // A photo's copy without metadata is made by a job after the upload (test/cases/photos.e2e-spec.ts follows it).
    return found.filter((f) => !f.endsWith('.public'));
  };
  const rows = async () => Number((await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM attachments`))[0].n);

  it('stores a citizen’s photo and PDF, typed by content, and gives staff them back byte for byte', async () => {
    const res = await citizenUpload(
      form([
        { name: 'ổ gà.jpg', data: JPEG, type: 'text/html' },
        { name: '../../Đơn kiến nghị.pdf', data: PDF },
      ]),
    );
    expect(res.status).toBe(201);
    const stored = (await res.json()) as Attachment[];
    expect(stored).toEqual([
      expect.objectContaining({
        fileName: 'ổ gà.jpg',
        contentType: 'image/jpeg',
        size: JPEG.length,
        visibleToCitizen: true,
        uploadedBy: 'citizen',
      }),
      expect.objectContaining({ fileName: 'Đơn kiến nghị.pdf', contentType: 'application/pdf', size: PDF.length }),
    ]);
    const listed = await fetch(`${platform.baseUrl}/api/v1/cases/track/${code}/attachments?key=${key}`);
    expect(((await listed.json()) as Attachment[]).map((a) => a.id)).toEqual(stored.map((a) => a.id));

    const file = await fetch(`${platform.baseUrl}/api/v1/cases/track/${code}/attachments/${stored[0].id}?key=${key}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="o ga.jpg"; filename*=UTF-8''${encodeURIComponent('ổ gà.jpg')}`,
    );
    // The citizen reads the photo's copy without metadata (test/cases/photos.e2e-spec.ts); staff the original.
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 3)).toEqual(JPEG.subarray(0, 3));
    const secretariat = await platform.login(...USERS.secretariat);
    for (const [i, original] of [JPEG, PDF].entries()) {
      const staff = await fetch(`${platform.baseUrl}/api/v1/cases/${caseId}/attachments/${stored[i].id}`, {
        headers: { authorization: `Bearer ${secretariat}` },
      });
      expect(Buffer.from(await staff.arrayBuffer()).equals(original)).toBe(true);
    }
    // The photo's thumbnail lies beside it.
    expect(await storedFiles()).toHaveLength(3);
  });

  it('refuses without the access key, and leaves nothing behind', async () => {
    const before = await rows();
    expect((await citizenUpload(form([{ name: 'a.jpg', data: JPEG }]), 'wrong-key')).status).toBe(404);
    expect((await fetch(`${platform.baseUrl}/api/v1/cases/track/${code}/attachments`)).status).toBe(404);
    expect(await rows()).toBe(before);
  });

  it.each([
    ['an HTML page sent as a JPEG', [{ name: 'photo.jpg', data: HTML, type: 'image/jpeg' }], 415, 'file'],
    [
      'a good photo with a bad file beside it (neither is kept)',
      [
        { name: 'ok.jpg', data: JPEG },
        { name: 'evil.pdf', data: HTML, type: 'application/pdf' },
      ],
      415,
      'file',
    ],
    ['a file over the size limit', [{ name: 'big.pdf', data: Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]) }], 413, 'file'],
    ['an empty file', [{ name: 'empty.pdf', data: Buffer.alloc(0) }], 400, 'file'],
    ['a file in another field', [{ name: 'a.jpg', data: JPEG, field: 'photo' }], 400, 'photo'],
    ['no file at all', [], 400, 'file'],
  ])('refuses %s, naming the field, and stores nothing', async (_, files, status, field) => {
    const [rowsBefore, filesBefore] = [await rows(), await storedFiles()];
    const res = await citizenUpload(form(files as { name: string; data: Buffer }[]));
    expect(res.status).toBe(status);
    const body = (await res.json()) as { statusCode: number; details: { field: string }[] };
    expect(body.statusCode).toBe(status);
    expect(body.details[0].field).toBe(field);
    expect(await rows()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it('refuses a citizen’s form field and a non-multipart body', async () => {
    const res = await citizenUpload(form([{ name: 'a.jpg', data: JPEG }], { visibleToCitizen: 'false' }));
    expect(res.status).toBe(400);
    const json = await fetch(`${platform.baseUrl}/api/v1/cases/track/${code}/attachments?key=${key}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
  });

  it('lets the agency attach an internal file and a file for the citizen; other agencies see nothing', async () => {
    const officer = await platform.login(...USERS.officerSxd);
    const upload = (token: string, body: FormData) =>
      fetch(`${platform.baseUrl}/api/v1/cases/${caseId}/attachments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body,
      });
    const internal = await upload(officer, form([{ name: 'bien-ban-kiem-tra.pdf', data: PDF }], { visibleToCitizen: 'false' }));
    expect(internal.status).toBe(201);
    const [internalFile] = (await internal.json()) as Attachment[];
    expect(internalFile).toMatchObject({ visibleToCitizen: false, uploadedBy: 'staff' });

    const citizenList = (await (
      await fetch(`${platform.baseUrl}/api/v1/cases/track/${code}/attachments?key=${key}`)
    ).json()) as Attachment[];
    expect(citizenList.map((a) => a.id)).not.toContain(internalFile.id);
    expect((await fetch(`${platform.baseUrl}/api/v1/cases/track/${code}/attachments/${internalFile.id}?key=${key}`)).status).toBe(404);

    const staffList = await platform.request<Attachment[]>('GET', `/api/v1/cases/${caseId}/attachments`, undefined, officer);
    expect(staffList.body).toHaveLength(3);
    const download = await fetch(`${platform.baseUrl}/api/v1/cases/${caseId}/attachments/${internalFile.id}`, {
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    const otherAgency = await platform.login(...USERS.officerHoanKiem);
    expect((await platform.request('GET', `/api/v1/cases/${caseId}/attachments`, undefined, otherAgency)).status).toBe(404);
    expect((await upload(otherAgency, form([{ name: 'x.pdf', data: PDF }]))).status).toBe(404);
    const council = await platform.login(...USERS.council);
    expect((await platform.request('GET', `/api/v1/cases/${caseId}/attachments`, undefined, council)).status).toBe(200);
    expect((await upload(council, form([{ name: 'x.pdf', data: PDF }]))).status).toBe(403);
  });

  it('holds the per-case limit', async () => {
    // 3 files so far, limit 4: two more are refused together.
    const res = await citizenUpload(
      form([
        { name: 'a.jpg', data: JPEG },
        { name: 'b.jpg', data: JPEG },
      ]),
    );
    expect(res.status).toBe(409);
    expect(await rows()).toBe(3);
    expect(await storedFiles()).toHaveLength(4);
    expect((await citizenUpload(form([{ name: 'c.jpg', data: JPEG }]))).status).toBe(201);
  });

  it('names a file by its detected type, not the client’s extension: a JPEG sent as x.hta is listed and downloaded as x.jpg', async () => {
    const other = (
      await platform.request<{ id: string; trackingCode: string; accessKey: string }>('POST', '/api/v1/cases', makeCaseInput())
    ).body;
    const citizenBase = `${platform.baseUrl}/api/v1/cases/track/${other.trackingCode}/attachments`;
    const uploaded = await fetch(`${citizenBase}?key=${encodeURIComponent(other.accessKey)}`, {
      method: 'POST',
      body: form([{ name: 'x.hta', data: JPEG, type: 'application/hta' }]),
    });
    expect(uploaded.status).toBe(201);
    const [stored] = (await uploaded.json()) as Attachment[];
    expect(stored).toMatchObject({ fileName: 'x.jpg', contentType: 'image/jpeg' });

    const secretariat = await platform.login(...USERS.secretariat);
    const staffList = await platform.request<Attachment[]>('GET', `/api/v1/cases/${other.id}/attachments`, undefined, secretariat);
    const citizenList = (await (await fetch(`${citizenBase}?key=${encodeURIComponent(other.accessKey)}`)).json()) as Attachment[];
    expect(staffList.body.map((a) => a.fileName)).toEqual(['x.jpg']);
    expect(citizenList.map((a) => a.fileName)).toEqual(['x.jpg']);

    const downloads = [
      await fetch(`${platform.baseUrl}/api/v1/cases/${other.id}/attachments/${stored.id}`, {
        headers: { authorization: `Bearer ${secretariat}` },
      }),
      await fetch(`${citizenBase}/${stored.id}?key=${encodeURIComponent(other.accessKey)}`),
    ];
    for (const download of downloads) {
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('image/jpeg');
      expect(download.headers.get('content-disposition')).toBe(`attachment; filename="x.jpg"; filename*=UTF-8''x.jpg`);
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(Buffer.from(await downloads[0].arrayBuffer()).equals(JPEG)).toBe(true);
  });

  it('serves a file stored under its client’s extension before names followed the content under the detected one', async () => {
    const [{ id }] = await platform.db.dataSource.query(`SELECT id FROM attachments WHERE case_id = $1 AND file_name = 'c.jpg'`, [caseId]);
    await platform.db.dataSource.query(`UPDATE attachments SET file_name = 'legacy.hta' WHERE id = $1`, [id]);
    const secretariat = await platform.login(...USERS.secretariat);
    const listed = await platform.request<Attachment[]>('GET', `/api/v1/cases/${caseId}/attachments`, undefined, secretariat);
    expect(listed.body.find((a) => a.id === id)?.fileName).toBe('legacy.jpg');
    const download = await fetch(`${platform.baseUrl}/api/v1/cases/${caseId}/attachments/${id}`, {
      headers: { authorization: `Bearer ${secretariat}` },
    });
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="legacy.jpg"; filename*=UTF-8''legacy.jpg`);
  });
});
