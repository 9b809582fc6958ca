import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import {
  type ApiErrorBody,
  type Disclosure,
  makeCaseInput,
  makePhoto,
  type PublicationReview,
  type Receipt,
  TestPlatform,
  TINY_JPEG,
  waitFor,
} from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface Attachment {
  id: string;
  contentType: string;
  thumbnail: boolean;
  location?: { lat: number; lng: number };
}

const HOAN_KIEM_LAKE = { lat: 21.028511, lng: 105.852167 };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const form = (...files: { name: string; data: Buffer; type?: string }[]): FormData => {
  const body = new FormData();
  for (const f of files) body.append('file', new Blob([f.data], { type: f.type ?? 'image/jpeg' }), f.name);
  return body;
};

const bytesOf = async (res: Response): Promise<Buffer> => Buffer.from(await res.arrayBuffer());

/** Photos: a thumbnail for every image, the EXIF location read to suggest the pin, metadata stripped from what others see. */
describe('photos', () => {
  let platform: TestPlatform;
  let officer = '';
  let otherOfficer = '';
  let secretariat = '';
  let kase: Receipt;

  beforeAll(async () => {
    platform = await newPlatform().start();
    [officer, otherOfficer, secretariat] = await Promise.all([
      platform.login(...USERS.officerSxd),
      platform.login(...USERS.officerHoanKiem),
      platform.login(...USERS.secretariat),
    ]);
    kase = (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ public: true }))).body;
    await platform.waitForCaseStatus(kase.id, 'routed', officer);
  });
  afterAll(() => platform.stop());

  const track = (suffix = '') => `${platform.baseUrl}/api/v1/cases/track/${kase.trackingCode}/attachments${suffix}?key=${kase.accessKey}`;
  const citizenUpload = (body: FormData) => fetch(track(), { method: 'POST', body });
  const staffGet = (suffix: string, token = officer) =>
    fetch(`${platform.baseUrl}/api/v1/cases/${kase.id}/attachments${suffix}`, { headers: { authorization: `Bearer ${token}` } });
  const rows = async () => Number((await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM attachments`))[0].n);
  const storedObjects = async () => {
    const found: string[] = [];
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        if (entry.isDirectory()) await walk(path.join(dir, entry.name));
        else found.push(path.relative(platform.attachmentsDir, path.join(dir, entry.name)));
      }
    };
    await walk(platform.attachmentsDir);
    return found.filter((f) => !f.startsWith('tmp'));
  };

  let photo: Buffer;
  let photoId = '';
  /** The copy without metadata is made by a job after the upload (JobName.MakePublicImage). */
  const publicCopiesMade = (ids: string[]) =>
    waitFor(async () => {
      const objects = await storedObjects();
      return ids.every((id) => objects.some((f) => f.endsWith(`${id}.public`))) || undefined;
    }, 'the public copies of the photos');

  it('answers an upload with the photo’s EXIF location and a thumbnail flag; a PDF has neither', async () => {
    photo = await makePhoto({ width: 800, height: 600, gps: HOAN_KIEM_LAKE, orientation: 6 });
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const res = await citizenUpload(form({ name: 'ổ gà.jpg', data: photo }, { name: 'don.pdf', data: PDF, type: 'application/pdf' }));
    expect(res.status).toBe(201);
    const [image, pdf] = (await res.json()) as Attachment[];
    expect(image).toMatchObject({ contentType: 'image/jpeg', thumbnail: true });
    expect(image.location?.lat).toBeCloseTo(HOAN_KIEM_LAKE.lat, 5);
    expect(image.location?.lng).toBeCloseTo(HOAN_KIEM_LAKE.lng, 5);
    expect(pdf).toMatchObject({ contentType: 'application/pdf', thumbnail: false });
    expect(pdf.location).toBeUndefined();
    photoId = image.id;

    const plain = (await (await citizenUpload(form({ name: 'khong-gps.jpg', data: TINY_JPEG }))).json()) as Attachment[];
    expect(plain[0]).toMatchObject({ thumbnail: true });
    expect(plain[0].location).toBeUndefined();
    await publicCopiesMade([image.id, plain[0].id]);

    const pdfThumb = await fetch(track(`/${pdf.id}/thumbnail`));
    expect(pdfThumb.status).toBe(404);
  });

  it('reads a photo’s location before the case exists, storing nothing, and refuses what is no readable photo', async () => {
    const locate = (data: Buffer, type = 'image/jpeg') =>
      fetch(`${platform.baseUrl}/api/v1/photos/location`, { method: 'POST', body: form({ name: 'anh.jpg', data, type }) });
    const before = await storedObjects();
    const found = await locate(await makePhoto({ gps: HOAN_KIEM_LAKE }));
    expect(found.status).toBe(200);
    const { location } = (await found.json()) as { location?: { lat: number; lng: number } };
    expect(location?.lat).toBeCloseTo(HOAN_KIEM_LAKE.lat, 5);
    expect(location?.lng).toBeCloseTo(HOAN_KIEM_LAKE.lng, 5);
    expect(await (await locate(TINY_JPEG)).json()).toEqual({});
    for (const [data, status, code] of [
      [PDF, 415, 'unsupported_media_type'],
      [Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 1)]), 415, 'image_unreadable'],
    ] as const) {
      const res = await locate(data);
      const body = (await res.json()) as ApiErrorBody;
      expect({ status: res.status, code: body.code, field: body.details?.[0]?.field }).toEqual({ status, code, field: 'file' });
    }
    const json = await fetch(`${platform.baseUrl}/api/v1/photos/location`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    expect(await storedObjects()).toEqual(before);
  });

  it('serves a WebP thumbnail of at most 360 px, upright and without metadata, to whoever may open the photo', async () => {
    for (const res of [await fetch(track(`/${photoId}/thumbnail`)), await staffGet(`/${photoId}/thumbnail`)]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      expect(res.headers.get('content-disposition')).toMatch(/^inline;/);
      const meta = await sharp(await bytesOf(res)).metadata();
      expect(meta.format).toBe('webp');
      // 800 × 600 turned by orientation 6 is 600 × 800: 270 × 360.
      expect([meta.width, meta.height]).toEqual([270, 360]);
      expect([meta.exif, meta.xmp, meta.iptc, meta.icc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    }
    // Another agency's officer, or a wrong key, reaches neither the photo nor its thumbnail.
    expect((await staffGet(`/${photoId}/thumbnail`, otherOfficer)).status).toBe((await staffGet(`/${photoId}`, otherOfficer)).status);
    expect([403, 404]).toContain((await staffGet(`/${photoId}/thumbnail`, otherOfficer)).status);
    const wrongKey = await fetch(`${platform.baseUrl}/api/v1/cases/track/${kase.trackingCode}/attachments/${photoId}/thumbnail?key=x`);
    expect(wrongKey.status).toBeGreaterThanOrEqual(400);
    expect(wrongKey.status).toBeLessThan(500);
  });

  it('keeps the original, EXIF and all, for staff only; the citizen’s download has no metadata', async () => {
    const staff = await staffGet(`/${photoId}`);
    expect(await bytesOf(staff)).toEqual(photo);
    const citizen = await bytesOf(await fetch(track(`/${photoId}`)));
    const meta = await sharp(citizen).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([600, 800]);
  });

  it('refuses a damaged image, a disguised file and a decompression bomb with a field and a code, leaving nothing behind', async () => {
    const before = { rows: await rows(), objects: await storedObjects() };
    const cases: { data: Buffer; status: number; code: string }[] = [
      // JPEG's first bytes, then nothing a decoder can read.
      {
        data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(2000, 7)]),
        status: 415,
        code: 'image_unreadable',
      },
      // A real photo cut off halfway.
      { data: photo.subarray(0, Math.floor(photo.length / 2)), status: 415, code: 'image_unreadable' },
      // A text file sent as image/jpeg.
      { data: Buffer.from('not a photo at all, only text'), status: 415, code: 'unsupported_media_type' },
      // 9,000 × 9,000 plain pixels: a few hundred KB of PNG, 243 MB decoded.
      {
        data: await sharp({ create: { width: 9000, height: 9000, channels: 3, background: '#ffffff' } })
          .png()
          .toBuffer(),
        status: 413,
        code: 'image_too_many_pixels',
      },
    ];
    for (const c of cases) {
      const res = await citizenUpload(form({ name: 'anh.jpg', data: c.data }, { name: 'tot.jpg', data: TINY_JPEG }));
      const body = (await res.json()) as ApiErrorBody;
      expect({ status: res.status, code: body.code, field: body.details?.[0]?.field }).toEqual({
        status: c.status,
        code: c.code,
        field: 'file',
      });
    }
    expect(await rows()).toBe(before.rows);
    expect(await storedObjects()).toEqual(before.objects);
  });

  it('makes a missing version again from the original (a photo stored before versions existed)', async () => {
    const versions = (await storedObjects()).filter((f) => f.includes(photoId) && /\.(thumb\.webp|public)$/.test(f));
    expect(versions).toHaveLength(2);
    for (const f of versions) await rm(path.join(platform.attachmentsDir, f));
    const res = await fetch(track(`/${photoId}/thumbnail`));
    expect(res.status).toBe(200);
    expect((await sharp(await bytesOf(res)).metadata()).exif).toBeUndefined();
    const download = await bytesOf(await fetch(track(`/${photoId}`)));
    expect((await sharp(download).metadata()).exif).toBeUndefined();
    expect((await storedObjects()).filter((f) => f.includes(photoId))).toHaveLength(3);
  });

  it('publishes a photo without its metadata, with a public thumbnail; unpublished photos have none', async () => {
    const act = (action: string, body: unknown) => platform.request('POST', `/api/v1/cases/${kase.id}/${action}`, body, officer);
    expect((await act('accept', {})).status).toBe(200);
    expect((await act('answer', { answer: 'Sở Xây dựng đã vá ổ gà ngày 24/11/2026.' })).status).toBe(200);
    const review = await platform.request<PublicationReview>('GET', `/api/v1/cases/${kase.id}/publication`, undefined, secretariat);
    const decisions = review.body.attachments.map((a) => ({ id: a.id, publish: a.id === photoId }));
    const masks = [
      ...review.body.title.found.map((f) => ({ ...f, field: 'title' as const })),
      ...review.body.answer.found.map((f) => ({ ...f, field: 'answer' as const })),
    ];
    const published = await platform.request(
      'PUT',
      `/api/v1/cases/${kase.id}/publication`,
      { title: review.body.title.proposed, answer: review.body.answer.proposed, masks, attachments: decisions },
      secretariat,
    );
    expect(published.status).toBe(200);

    const disclosure = await platform.request<Disclosure>('GET', '/api/v1/public/disclosure');
    const item = disclosure.body.answers.items.find((i) => i.trackingCode === kase.trackingCode);
    expect(item?.attachments).toEqual([expect.objectContaining({ id: photoId, thumbnail: true })]);

    for (const suffix of ['', '/thumbnail']) {
      const res = await fetch(`${platform.baseUrl}/api/v1/public/attachments/${photoId}${suffix}`);
      expect(res.status).toBe(200);
      const bytes = await bytesOf(res);
      expect(bytes.includes(Buffer.from('HotlineTestCam'))).toBe(false);
      expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    }
    const withheld = decisions.find((d) => !d.publish);
    expect((await fetch(`${platform.baseUrl}/api/v1/public/attachments/${withheld?.id}/thumbnail`)).status).toBe(404);
  });

  it('erases a photo’s versions with it when the retention run erases a long-closed case', async () => {
    expect((await storedObjects()).filter((f) => f.includes(photoId))).toHaveLength(3);
    await platform.db.dataSource.query(`UPDATE cases SET status = 'closed', closed_at = now() - interval '20 years' WHERE id = $1`, [
      kase.id,
    ]);
    const admin = await platform.login(...USERS.admin);
    expect((await platform.request('POST', '/api/v1/admin/retention/run', undefined, admin)).status).toBe(200);
    expect((await storedObjects()).filter((f) => f.includes(photoId))).toEqual([]);
  });
});
