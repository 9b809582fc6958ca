import { PNG } from 'pngjs';
import { readFile } from 'node:fs/promises';
import QRCode from 'qrcode';
import { CaseLinks } from '@hotline/notifications';
import { RECEIPT_QR } from '../../libs/cases/src/printing/receipt.pdf';
import { type CaseDetail, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { pdfText, savePdfPages } from '../council-pdf';
import { newPlatform, USERS } from '../platform';

/** The scale test/pdf-inspect.js renders pages at. */
const RENDER_SCALE = 1.5;
const AUTHOR = { name: 'Trần Thị Tố Giác', phone: '0977 123 456', email: 'to.giac@example.vn' };

describe('the printable case sheet and the citizen’s receipt', () => {
  let platform: TestPlatform;
  let secretariat: string;
  let head: string;

  async function pdf(path: string, token?: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
    const res = await fetch(`${platform.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
  }
  const routed = (id: string) =>
    waitFor(async () => {
      const d = (await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body;
      return d.status === 'routed' ? d : undefined;
    }, 'routing');

  beforeAll(async () => {
    platform = await newPlatform().start();
    [secretariat, head] = await Promise.all([platform.login(...USERS.secretariat), platform.login(...USERS.head)]);
  });
  afterAll(() => platform.stop());

  it('prints the case as each role sees it: a denouncer’s identity for the secretariat, never for the agency handling it', async () => {
    const { body } = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({
        kind: 'denunciation',
        title: 'Tố cáo cán bộ phường bao che lấn chiếm vỉa hè',
        description: 'Cán bộ địa chính phường nhận tiền để bỏ qua việc lấn chiếm vỉa hè trên phố Hàng Bạc.',
        categoryCode: 'XAY-DUNG.TRAT-TU',
        areaCode: 'HN-HOANKIEM',
        accusedAgencyCode: 'UBND-HOANKIEM',
        citizen: AUTHOR,
      }),
    );
    const kase = await routed(body.id);
    expect(kase.agency?.code).toBe('UBND-HN');

    const forSecretariat = await pdf(`/api/v1/cases/${body.id}/sheet.pdf`, secretariat);
    expect(forSecretariat.status).toBe(200);
    expect(forSecretariat.type).toBe('application/pdf');
    const keeper = (await pdfText(forSecretariat.bytes, 'case-sheet-secretariat')).text;
    for (const text of [
      'PHIẾU THÔNG TIN HỒ SƠ',
      body.trackingCode,
      'Tố cáo',
      'Đã chuyển cơ quan xử lý',
      'UBND thành phố Hà Nội',
      'nhận tiền để bỏ qua việc lấn chiếm',
      AUTHOR.name,
    ])
      expect(keeper).toContain(text);

    const forHead = await pdf(`/api/v1/cases/${body.id}/sheet.pdf`, head);
    expect(forHead.status).toBe(200);
    const handling = (await pdfText(forHead.bytes, 'case-sheet-agency-head')).text;
    expect(handling).toContain(body.trackingCode);
    expect(handling).toContain('Danh tính người gửi được giữ kín');
    for (const secret of [AUTHOR.name, '0977123456', '0977 123 456', AUTHOR.email]) expect(handling).not.toContain(secret);
    await savePdfPages(forHead.bytes, 'case-sheet-agency-head');
  });

  it('prints the due dates in Hà Nội time and answers 404 to staff who may not see the case', async () => {
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ title: 'Đèn đường phố Huế không sáng' }));
    const kase = await routed(body.id);
    const text = (await pdfText((await pdf(`/api/v1/cases/${body.id}/sheet.pdf`, secretariat)).bytes, 'case-sheet-times')).text;
    const due = new Date(kase.deadlines.find((d) => d.status === 'running')!.dueAt);
    const local = new Date(due.getTime() + 7 * 3600_000).toISOString();
    expect(text).toContain(`${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`);
    const officerHoanKiem = await platform.login(...USERS.officerHoanKiem);
    expect((await pdf(`/api/v1/cases/${body.id}/sheet.pdf`, officerHoanKiem)).status).toBe(404);
    expect((await pdf(`/api/v1/cases/${body.id}/sheet.pdf`)).status).toBe(401);
  });

  it('gives the citizen a receipt whose QR code holds exactly the link that opens the case', async () => {
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ title: 'Cây xanh đổ chắn ngõ Quỳnh' }));
    expect((await pdf(`/api/v1/cases/track/${body.trackingCode}/receipt.pdf`)).status).toBe(404);
    expect((await pdf(`/api/v1/cases/track/${body.trackingCode}/receipt.pdf?key=wrong-key`)).status).toBe(404);

    const receipt = await pdf(`/api/v1/cases/track/${body.trackingCode}/receipt.pdf?key=${encodeURIComponent(body.accessKey)}`);
    expect(receipt.status).toBe(200);
    const link = platform.api.get(CaseLinks).track(body.trackingCode);
    const text = (await pdfText(receipt.bytes, 'receipt')).text;
    expect(text).toContain('PHIẾU TIẾP NHẬN');
    expect(text).toContain(body.trackingCode);
    expect(text).toContain('Cây xanh đổ chắn ngõ Quỳnh');
    expect(text.replace(/\s+/g, '')).toContain(link);
    expect(text).not.toContain('Nguyễn Văn An');

    // The QR as printed: the rendered page, read module by module, is the QR code of the link.
    const [page] = await savePdfPages(receipt.bytes, 'receipt');
    const png = PNG.sync.read(await readFile(page));
    const expected = QRCode.create(link, { errorCorrectionLevel: RECEIPT_QR.errorCorrectionLevel }).modules;
    const dark = (row: number, col: number) => {
      const px = Math.round((RECEIPT_QR.x + (col + 0.5) * RECEIPT_QR.moduleSize) * RENDER_SCALE);
      const py = Math.round((RECEIPT_QR.y + (row + 0.5) * RECEIPT_QR.moduleSize) * RENDER_SCALE);
      const i = (py * png.width + px) * 4;
      return png.data[i] + png.data[i + 1] + png.data[i + 2] < 3 * 128;
    };
    const mismatches: string[] = [];
    for (let row = 0; row < expected.size; row += 1)
      for (let col = 0; col < expected.size; col += 1) if (dark(row, col) !== !!expected.get(row, col)) mismatches.push(`${row},${col}`);
    expect(mismatches).toEqual([]);
    // Just outside the code the page is white: the module grid read above is the whole code.
    expect(dark(-2, -2)).toBe(false);

    // And the link opens the case for whoever scans it.
    const opened = await platform.request<{ trackingCode: string }>(
      'GET',
      new URL(link).pathname.replace('/track/', '/api/v1/cases/track/') + new URL(link).search,
    );
    expect(opened.status).toBe(200);
    expect(opened.body.trackingCode).toBe(body.trackingCode);
  });
});
