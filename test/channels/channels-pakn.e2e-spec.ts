import { PaknLinkService } from '@hotline/channels';
import { type CaseDetail, makeCaseInput, PaknFake, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface InboxItem {
  remoteId: string;
  caseId: string | null;
  trackingCode: string | null;
  failure: string | null;
}
interface DeadLetter {
  queue: string;
  id: string;
  name: string;
  failedReason: string;
}

const ANSWER = 'Sở Xây dựng đã cho vá ổ gà trước số 120 phố Huế ngày 25/11/2026.';

describe('national PAKN link against a local fake of the LGSP endpoint', () => {
  const fake = new PaknFake();
  let platform: TestPlatform;
  let operator: string;
  let officer: string;
  let secretariat: string;
  let admin: string;

  const detail = async (id: string) => (await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body;

  beforeAll(async () => {
    await fake.start();
    platform = await newPlatform().start({ env: fake.env });
    [operator, officer, secretariat, admin] = await Promise.all([
      platform.login(...USERS.operator),
      platform.login(...USERS.officerSxd),
      platform.login(...USERS.secretariat),
      platform.login(...USERS.admin),
    ]);
  });
  afterAll(async () => {
    await platform.stop();
    await fake.stop();
  });

  it('pushes a hotline case once, after a 503 from the LGSP, and its answer once; a web case is not pushed', async () => {
    fake.failNextWrites = 1;
    const hotline = await platform.request<Receipt>('POST', '/api/v1/hotline/cases', makeCaseInput(), operator);
    expect(hotline.status).toBe(201);
    const web = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput());
    expect(web.status).toBe(201);

    const pushed = await waitFor(
      () => fake.cases.find((c) => c.body.maHoSoNguon === hotline.body.trackingCode),
      'the case at the fake',
      30_000,
    );
    expect(fake.log.filter((l) => l.startsWith('POST /cases '))).toEqual(['POST /cases 503', 'POST /cases 201']);
    expect(pushed.idempotencyKey).toBe(`hotline-case-${hotline.body.id}`);
    expect(pushed.body).toMatchObject({
      loaiPAKN: 'PHAN_ANH',
      kenhTiepNhan: 'DUONG_DAY_NONG',
      linhVuc: 'GIAO-THONG.DUONG-HONG',
      diaBan: 'HN-HAIBATRUNG',
      nguoiGui: { hoTen: 'Nguyễn Văn An', soDienThoai: '0912345678' },
      congKhai: false,
    });

    await waitFor(async () => (await detail(hotline.body.id)).status === 'routed', 'routing');
    expect((await platform.request('POST', `/api/v1/cases/${hotline.body.id}/accept`, {}, officer)).status).toBe(200);
    expect((await platform.request('POST', `/api/v1/cases/${hotline.body.id}/answer`, { answer: ANSWER }, officer)).status).toBe(200);
    const answer = await waitFor(() => fake.answers[0], 'the answer at the fake', 30_000);
    expect(answer).toMatchObject({
      caseRemoteId: pushed.remoteId,
      body: { lanTraLoi: 1, noiDungTraLoi: ANSWER, coQuanTraLoi: 'Sở Xây dựng' },
    });

    // Running the jobs' work again sends nothing twice.
    const link = platform.worker!.get(PaknLinkService);
    await link.pushCase(hotline.body.id);
    await link.pushAnswer(hotline.body.id, 1);
    expect(fake.cases).toHaveLength(1);
    expect(fake.answers).toHaveLength(1);
    expect(fake.cases.map((c) => c.body.maHoSoNguon)).not.toContain(web.body.trackingCode);
  });

  it('pulls the cases addressed to the council into the intake once each; a malformed one is a dead letter staff see', async () => {
    fake.inbox = [
      {
        id: 'QG-2026-0001',
        loaiPAKN: 'KIEN_NGHI',
        tieuDe: 'Kiến nghị lắp đèn ngõ 25 phố Huế',
        noiDung: 'Ngõ 25 phố Huế rất tối, đề nghị lắp thêm đèn chiếu sáng công cộng.',
        diaBan: 'HN-HAIBATRUNG',
        nguoiGui: { hoTen: 'Lê Thị Cúc', soDienThoai: '0903 222 333' },
        ngayGui: '2026-11-20T02:00:00Z',
      },
      { id: 'QG-2026-0002', loaiPAKN: 'TO_CAO_NAC_DANH', tieuDe: 'x', noiDung: '' },
    ];
    const link = platform.worker!.get(PaknLinkService);
    await link.pull();
    await link.pull();

    const inbox = await waitFor(
      async () => {
        const res = await platform.request<InboxItem[]>('GET', '/api/v1/pakn/inbox', undefined, secretariat);
        const done = res.body.filter((i) => i.caseId || i.failure);
        return done.length === 2 ? res.body : undefined;
      },
      'both messages handled',
      30_000,
    );
    const good = inbox.find((i) => i.remoteId === 'QG-2026-0001')!;
    const bad = inbox.find((i) => i.remoteId === 'QG-2026-0002')!;
    expect(good.trackingCode).toMatch(/^HN-2026-\d+$/);
    expect(await detail(good.caseId!)).toMatchObject({ kind: 'petition', channel: 'api', title: 'Kiến nghị lắp đèn ngõ 25 phố Huế' });
    // The consent the person gave in the national system's form comes with the case (docs/personal-data.md).
    const [consent] = await platform.db.dataSource.query(
      `SELECT handling, publication, contact, method FROM case_consents WHERE case_id = $1`,
      [good.caseId],
    );
    expect(consent).toMatchObject({ handling: true, contact: false, method: 'client_form' });
    expect(bad).toMatchObject({ caseId: null, failure: expect.stringContaining('loaiPAKN') });
    expect(bad.failure).toContain('tieuDe');

    const letters = await waitFor(
      async () =>
        (await platform.request<DeadLetter[]>('GET', '/api/v1/admin/dead-letters', undefined, admin)).body.find(
          (d) => d.id === 'pakn-import.QG-2026-0002',
        ),
      'the malformed message in the dead letters',
    );
    expect(letters).toMatchObject({ queue: 'pakn', name: 'pakn-import', failedReason: expect.stringContaining('loaiPAKN') });

    // A third pull, and the import run again by hand: still one case for the remote id, and nothing sent back to PAKN.
    await link.pull();
    await link.importMessage('QG-2026-0001');
    const { count } = (await platform.db.dataSource.query(`SELECT count(*)::int AS count FROM cases WHERE channel = 'api'`))[0];
    expect(count).toBe(1);
    expect(fake.cases).toHaveLength(1);
  });
});
