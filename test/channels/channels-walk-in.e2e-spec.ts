import ExcelJS from 'exceljs';
import { FakeClock } from '@hotline/config';
import { type ApiErrorBody, type CaseDetail, makeReceptionInput, TestPlatform, waitFor } from '@hotline/testing';
import { pdfText, savePdfPages } from '../council-pdf';
import { newPlatform, USERS } from '../platform';

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

interface Reception {
  id: string;
  registerNo: number;
  outcome: string;
  refusalGround: string | null;
  caseId: string | null;
  caseTrackingCode: string | null;
  citizenName: string;
  identityDocumentNumber: string;
}

describe('walk-in reception register (sổ tiếp công dân)', () => {
  // Thu 23/04/2026: the next ten working days skip Mon 27/04 (Giỗ Tổ, compensation day) and 30/04–01/05.
  const clock = new FakeClock(local('2026-04-23T09:00:00'));
  let platform: TestPlatform;
  let operator: string;
  let officer: string;
  let secretariat: string;

  const record = (body: Record<string, unknown>, token = operator) =>
    platform.request<Reception & ApiErrorBody>('POST', '/api/v1/receptions', body, token);
  const detail = async (id: string) => (await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body;
  const download = async (path: string) => {
    const res = await fetch(`${platform.baseUrl}${path}`, { headers: { authorization: `Bearer ${operator}` } });
    return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    platform = await newPlatform().start({ clock });
    [operator, officer, secretariat] = await Promise.all([
      platform.login(...USERS.operator),
      platform.login(...USERS.officerSxd),
      platform.login(...USERS.secretariat),
    ]);
  });
  afterAll(() => platform.stop());

  it('refuses a reception without the identity the officer must check: 422 naming the field, nothing written', async () => {
    for (const [field, citizen] of [
      ['citizen.identityDocumentNumber', { name: 'Trần Văn Bình', identityDocumentType: 'citizen_id' }],
      ['citizen.identityDocumentType', { name: 'Trần Văn Bình', identityDocumentNumber: '001085012345' }],
      ['citizen.name', { identityDocumentType: 'passport', identityDocumentNumber: 'C1234567' }],
    ] as const) {
      const res = await record(makeReceptionInput({ citizen }));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('reception_identity_required');
      expect(res.body.details).toEqual([expect.objectContaining({ field })]);
    }
    const noGround = await record(makeReceptionInput({ outcome: 'refused', case: undefined }));
    expect(noGround.status).toBe(422);
    expect(noGround.body).toMatchObject({ code: 'reception_outcome_incomplete', details: [{ field: 'refusalGround' }] });
    // Silence is not consent: a reception that becomes a case records what the citizen agreed to, as every channel does.
    const noConsent = await record(makeReceptionInput({ consent: undefined }));
    expect(noConsent.status).toBe(422);
    expect(noConsent.body).toMatchObject({ code: 'consent_required', details: [{ field: 'consent.handling' }] });
    const list = await platform.request<Reception[]>('GET', '/api/v1/receptions', undefined, operator);
    expect(list.body).toEqual([]);
  });

  it('records a refusal with its legal ground and no case', async () => {
    const res = await record(
      makeReceptionInput({
        outcome: 'refused',
        refusalGround: 'threatening',
        guidance: 'Công dân có lời lẽ xúc phạm cán bộ tiếp công dân, đã lập biên bản.',
        case: undefined,
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ outcome: 'refused', refusalGround: 'threatening', caseId: null });
  });

  it('a reception that becomes a complaint: a walk_in case linked both ways, with the 10-working-day notice clock of Art. 28(1)', async () => {
    const res = await record(makeReceptionInput({ peopleCount: 6 }));
    expect(res.status).toBe(201);
    const reception = res.body;
    expect(reception.caseId).toEqual(expect.any(String));
    expect(reception.caseTrackingCode).toMatch(/^HN-2026-\d+$/);

    const kase = await detail(reception.caseId!);
    expect(kase).toMatchObject({ kind: 'complaint', channel: 'walk_in', trackingCode: reception.caseTrackingCode });
    const [consent] = await platform.db.dataSource.query(`SELECT handling, publication, method FROM case_consents WHERE case_id = $1`, [
      kase.id,
    ]);
    expect(consent).toEqual({ handling: true, publication: false, method: 'in_person' });
    const linked = await platform.request<Reception[]>('GET', `/api/v1/receptions?caseId=${reception.caseId}`, undefined, operator);
    expect(linked.body.map((r) => r.id)).toEqual([reception.id]);

    // Counted from Thu 23/04: 24/04, 28/04, 29/04, 04/05 … 08/05, 11/05, 12/05 (27/04, 30/04 and 01/05 are days off).
    const notice = kase.deadlines.find((d) => d.clock === 'notice');
    expect(notice).toMatchObject({ status: 'running', dueAt: local('2026-05-12T17:00:00').toISOString() });
    // The complaint keeps its own clock of Luật Khiếu nại Art. 27 beside it.
    expect(kase.deadlines.find((d) => d.clock === 'accept')).toMatchObject({ status: 'running' });

    await waitFor(async () => (await detail(kase.id)).status === 'routed', 'routing');
    clock.set(local('2026-05-05T10:00:00'));
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/accept`, {}, officer)).status).toBe(200);
    const accepted = await detail(kase.id);
    expect(accepted.deadlines.find((d) => d.clock === 'notice')).toMatchObject({ status: 'met' });
  });

  it('gives no notice clock to the same complaint received on the web', async () => {
    const res = await platform.request<{ id: string }>('POST', '/api/v1/cases', {
      kind: 'complaint',
      title: 'Khiếu nại việc chậm sửa mặt đường phố Huế',
      description: 'Khiếu nại việc Sở Xây dựng chưa trả lời đơn về việc sửa ổ gà trước số 45 phố Huế.',
      citizen: { name: 'Trần Văn Bình', phone: '0912 111 222' },
      consent: { handling: true },
    });
    expect(res.status).toBe(201);
    expect((await detail(res.body.id)).deadlines.map((d) => d.clock)).not.toContain('notice');
  });

  it('prints the register of a period as XLSX and PDF, one row per reception with its outcome', async () => {
    const xlsx = await download('/api/v1/receptions/register?format=xlsx&from=2026-04-01&to=2026-04-30');
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('SỔ TIẾP CÔNG DÂN');
    expect(sheet.getCell('A2').value).toBe('Từ ngày 2026-04-01 đến ngày 2026-04-30');
    expect(sheet.getRow(4).getCell(1).value).toBe('STT');
    const rows = [6, 7].map((n) => sheet.getRow(n).values as unknown[]);
    expect(String(rows[0][8])).toContain('Từ chối tiếp: Người có hành vi đe dọa');
    expect(String(rows[1][8])).toContain('Khiếu nại');
    expect(rows[1][4]).toBe(6);
    expect(String(rows[1][9])).toMatch(/^HN-2026-/);
    expect(sheet.getRow(8).getCell(1).value).toBeNull();

    const empty = await download('/api/v1/receptions/register?format=xlsx&from=2026-06-01&to=2026-06-30');
    const emptyBook = new ExcelJS.Workbook();
    await emptyBook.xlsx.load(empty.body as unknown as ArrayBuffer);
    expect(emptyBook.worksheets[0].getRow(6).getCell(1).value).toBeNull();

    const pdf = await download('/api/v1/receptions/register?format=pdf&from=2026-04-01&to=2026-04-30');
    expect(pdf.status).toBe(200);
    const { text } = await pdfText(pdf.body, 'reception-register');
    expect(text).toContain('SỔ TIẾP CÔNG DÂN');
    expect(text).toContain('Trần Văn Bình');
    await savePdfPages(pdf.body, 'reception-register');

    const bad = await platform.request<ApiErrorBody>('GET', '/api/v1/receptions/register?format=doc', undefined, operator);
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'format' })]);
  });
});
