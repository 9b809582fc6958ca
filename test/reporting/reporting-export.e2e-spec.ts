import { maskEmail, maskEmailSql, maskName, maskNameSql, maskPhone, maskPhoneSql } from '@hotline/cases';
import { RollupService } from '@hotline/reporting';
import { makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** RFC 4180 CSV → rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe('CSV export of staff case lists', () => {
  let platform: TestPlatform;
  let secretariat: string;
  let officer: string;
  const c: Record<string, Receipt> = {};

  /** The machine-readable export (codes) unless `format` says otherwise. */
  const exportCsv = async (query: string, token = secretariat, format = 'codes') => {
    const res = await fetch(`${platform.baseUrl}/api/v1/cases/export.csv?${query}${format ? `&format=${format}` : ''}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      text,
      bom: bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
      rows: res.status === 200 ? parseCsv(text.replace(/^\uFEFF/, '')) : [],
    };
  };
  const byCode = (rows: string[][]) => {
    const [header, ...data] = rows;
    return new Map(data.map((r) => [r[0], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
  };

  beforeAll(async () => {
    platform = await newPlatform().start();
    [secretariat, officer] = await Promise.all([platform.login(...USERS.secretariat), platform.login(...USERS.officerSxd)]);
    const submit = async (name: string, input: Record<string, unknown>) => {
      c[name] = (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(input))).body;
    };
    await submit('road', {
      title: 'Đường "Giải Phóng", đoạn số 5, bị sụt lún',
      citizen: { name: 'Trần Thị Bình', phone: '0987 654 321', email: 'binh@example.com' },
    });
    await submit('road2', {});
    await submit('denounce', {
      kind: 'denunciation',
      categoryCode: 'MOI-TRUONG.O-NHIEM',
      citizen: { name: 'Lê Văn Tố', phone: '0911 222 333', email: 'to@example.com' },
      address: '12 ngõ Huế',
    });
    await submit('land', { categoryCode: 'DAT-DAI.TRANH-CHAP' });
    await waitFor(async () => {
      const res = await platform.request<{ items: { status: string }[] }>('GET', '/api/v1/cases?status=received', undefined, secretariat);
      return res.body.items.length === 0;
    }, 'routing of every case');
  });
  afterAll(() => platform.stop());

  it('exports every case of the list with its columns, quoting what needs quoting', async () => {
    const res = await exportCsv('');
    expect(res.status).toBe(200);
    expect(res.type).toContain('text/csv');
    expect(res.bom).toBe(true);
    const rows = byCode(res.rows);
    expect(rows.size).toBe(4);
    expect(rows.get(c.road.trackingCode)).toMatchObject({
      tieu_de: 'Đường "Giải Phóng", đoạn số 5, bị sụt lún',
      loai: 'feedback',
      kenh: 'web',
      trang_thai: 'routed',
      ma_co_quan: 'SXD',
      co_quan: 'Sở Xây dựng',
      ma_linh_vuc: 'GIAO-THONG.DUONG-HONG',
      ma_dia_ban: 'HN-HAIBATRUNG',
      ho_ten: 'Trần Thị Bình',
      dien_thoai: '0987654321',
      email: 'binh@example.com',
      qua_han: '',
    });
    expect(rows.get(c.road.trackingCode)!.han_xu_ly).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows.get(c.land.trackingCode)).toMatchObject({ trang_thai: 'triage', ma_co_quan: '' });
  });

  it('gives people Vietnamese headers and labels by default, with the same projection and neutralised cells', async () => {
    const res = await exportCsv('', secretariat, '');
    expect(res.status).toBe(200);
    expect(res.rows[0].slice(0, 6)).toEqual(['Mã hồ sơ', 'Ngày tiếp nhận', 'Loại', 'Kênh', 'Trạng thái', 'Ưu tiên']);
    expect(res.rows[0]).toEqual(
      expect.arrayContaining(['Tiêu đề', 'Cơ quan xử lý', 'Hạn xử lý', 'Quá hạn', 'Hài lòng', 'Họ và tên', 'Điện thoại']),
    );
    const rows = byCode(res.rows);
    expect(rows.get(c.road.trackingCode)).toMatchObject({
      Loại: 'Phản ánh',
      Kênh: 'Cổng thông tin',
      'Trạng thái': 'Đã chuyển cơ quan xử lý',
      'Ưu tiên': 'Thường',
      'Công khai': 'Không',
      'Cơ quan xử lý': 'Sở Xây dựng',
      'Họ và tên': 'Trần Thị Bình',
      'Điện thoại': '0987654321',
    });
    expect(rows.get(c.land.trackingCode)).toMatchObject({ 'Trạng thái': 'Đang phân loại' });
    expect(rows.get(c.denounce.trackingCode)).toMatchObject({
      Loại: 'Tố cáo',
      'Họ và tên': '',
      'Điện thoại': '',
      'Thư điện tử': '',
      'Địa chỉ': '',
    });
    expect(res.text).not.toContain('Lê Văn Tố');
    expect(byCode((await exportCsv('', officer, '')).rows).get(c.road.trackingCode)).toMatchObject({
      'Họ và tên': 'T. T. B.',
      'Điện thoại': '09xx xxx 321',
    });
    expect((await exportCsv('', secretariat, 'xlsx')).status).toBe(400);
  });

  it('never includes a denouncer’s identity, even for the secretariat', async () => {
    const res = await exportCsv('kind=denunciation');
    const rows = byCode(res.rows);
    expect([...rows.keys()]).toEqual([c.denounce.trackingCode]);
    expect(rows.get(c.denounce.trackingCode)).toMatchObject({
      ho_ten: '',
      dien_thoai: '',
      email: '',
      dia_chi: '',
      ma_co_quan: 'THANHTRA-HN',
    });
    expect(res.text).not.toContain('Lê Văn Tố');
    expect(res.text).not.toContain('0911222333');
  });

  it('gives officers and council members the contact masked as in their lists, and council members no address', async () => {
    const council = await platform.login(...USERS.council);
    const masked = { ho_ten: maskName('Trần Thị Bình'), dien_thoai: maskPhone('0987654321'), email: maskEmail('binh@example.com') };
    expect(masked).toEqual({ ho_ten: 'T. T. B.', dien_thoai: '09xx xxx 321', email: 'b***@example.com' });
    expect(byCode((await exportCsv('', officer)).rows).get(c.road.trackingCode)).toMatchObject({ ...masked, dia_chi: '120 phố Huế' });
    const byCouncil = await exportCsv('', council);
    expect(byCode(byCouncil.rows).get(c.road.trackingCode)).toMatchObject({ ...masked, dia_chi: '' });
    expect(byCouncil.text).not.toContain('0987654321');
    expect(byCouncil.text).not.toContain('binh@example.com');
  });

  it('applies the list’s filters and an officer’s agency scope', async () => {
    expect([...byCode((await exportCsv('status=triage,returned')).rows).keys()]).toEqual([c.land.trackingCode]);
    expect(new Set(byCode((await exportCsv('agency=SXD')).rows).keys())).toEqual(new Set([c.road.trackingCode, c.road2.trackingCode]));
    expect([...byCode((await exportCsv(`q=${c.road2.trackingCode}`)).rows).keys()]).toEqual([c.road2.trackingCode]);
    expect(new Set(byCode((await exportCsv('', officer)).rows).keys())).toEqual(new Set([c.road.trackingCode, c.road2.trackingCode]));
    expect(byCode((await exportCsv(`phone=0987.654.321`)).rows).size).toBe(1);
    // A search text with quotes and a dollar sign is matched literally, not run.
    expect((await exportCsv(`q=${encodeURIComponent("x' OR 1=1; $1 --")}`)).rows).toHaveLength(1);
  });

  it('matches the staff list row for row', async () => {
    const list = await platform.request<{ items: { trackingCode: string }[] }>('GET', '/api/v1/cases?pageSize=200', undefined, secretariat);
    expect(byCode((await exportCsv('')).rows).size).toBe(list.body.items.length);
    expect([...byCode((await exportCsv('')).rows).keys()]).toEqual(list.body.items.map((i) => i.trackingCode));
  });

  it('records every export in the audit log, with its filters and no personal data', async () => {
    const admin = await platform.login(...USERS.admin);
    const audit = async () =>
      (
        await platform.request<{
          items: { actor: { userId: string }; target: { id: string }; data: { format: string; filters: Record<string, unknown> } }[];
        }>('GET', '/api/v1/admin/audit?action=data.exported&pageSize=200', undefined, admin)
      ).body.items;
    const before = (await audit()).length;
    expect((await exportCsv('agency=SXD&phone=0987.654.321')).status).toBe(200);
    const summary = await fetch(`${platform.baseUrl}/api/v1/reports/summary?groupBy=agency&format=xlsx`, {
      headers: { authorization: `Bearer ${secretariat}` },
    });
    expect(summary.status).toBe(200);
    const rows = await audit();
    expect(rows).toHaveLength(before + 2);
    expect(rows.map((r) => r.target.id)).toEqual(expect.arrayContaining(['cases.csv', 'reports.summary']));
    expect(rows.find((r) => r.target.id === 'cases.csv')!.data.filters).toMatchObject({ agency: 'SXD', phone: '[given]' });
    // Searched where a request's values can land (target and data), not in the row's own stamp and ids: a timestamp
    // such as 12:57:34.654Z, or a uuid, holds "654" by chance (it failed a fresh-clone run that way).
    expect(JSON.stringify(rows.map((r) => ({ target: r.target, data: r.data })))).not.toMatch(/654/);
  });

  it('refuses paging, unknown filters and anonymous callers', async () => {
    const paged = await exportCsv('page=2');
    expect(paged.status).toBe(400);
    expect(JSON.parse(paged.text).details.map((d: { field: string }) => d.field)).toContain('page');
    expect((await exportCsv('agency=NOPE')).status).toBe(400);
    expect((await fetch(`${platform.baseUrl}/api/v1/cases/export.csv`)).status).toBe(401);
  });

  it('streams a large list completely and leaves the pool usable', async () => {
    await platform.db.dataSource.query(
      `INSERT INTO cases (id, tracking_code, access_key_hash, kind, channel, status, priority, title, description,
       anonymous, is_public, received_at)
       SELECT gen_random_uuid(), 'BULK-' || g, '\\x00', 'feedback', 'web', 'closed', 'normal', 'Hồ sơ ' || g, 'x',
       true, false, now() - g * interval '1 second'
         FROM generate_series(1, 30000) g`,
    );
    const res = await exportCsv('status=closed');
    expect(res.rows).toHaveLength(30001);
    expect(res.rows[1][0]).toBe('BULK-1');
    for (let i = 0; i < 25; i++) expect((await exportCsv('kind=denunciation')).rows).toHaveLength(2);
  });

  it('masks in SQL exactly as the TS masks do, odd values included', async () => {
    const cases: [(v: string) => string, (column: string) => string, string[]][] = [
      [maskPhone, maskPhoneSql, ['0912345678', '+84 912 345 678', '02438123456', '123', '12345', '123456', '']],
      [maskEmail, maskEmailSql, ['an.nguyen@example.com', 'a@b@c.vn', '@example.com', 'nonsense', 'x@']],
      [maskName, maskNameSql, ['Nguyễn Văn An', '  Đỗ   Thị Tố ', 'An', '@SUM(1)', '']],
    ];
    for (const [ts, sql, values] of cases) {
      for (const value of values) {
        const [{ masked }] = await platform.db.dataSource.query(`SELECT ${sql('$1::text')} AS masked`, [value]);
        expect([value, masked]).toEqual([value, ts(value)]);
      }
    }
  });

  it('writes texts that start like a formula with a leading quote, so no spreadsheet runs them', async () => {
    const title = '=HYPERLINK("http://evil.example/x","Bấm vào đây")';
    const { body } = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ title, address: '+84 phố Huế', citizen: { name: '@SUM(1)', phone: '0933 111 222' } }),
    );
    const row = byCode((await exportCsv(`q=${body.trackingCode}`)).rows).get(body.trackingCode);
    expect(row).toMatchObject({ tieu_de: `'${title}`, ho_ten: `'@SUM(1)`, dia_chi: `'+84 phố Huế` });
    const council = await platform.login(...USERS.council);
    expect(byCode((await exportCsv(`q=${body.trackingCode}`, council)).rows).get(body.trackingCode)).toMatchObject({
      tieu_de: `'${title}`,
      ho_ten: `'@.`,
    });
    const forPeople = byCode((await exportCsv(`q=${body.trackingCode}`, secretariat, '')).rows).get(body.trackingCode);
    expect(forPeople).toMatchObject({ 'Tiêu đề': `'${title}`, 'Họ và tên': `'@SUM(1)`, 'Địa chỉ': `'+84 phố Huế` });
  });

  it('writes group names that start like a formula with a leading quote in the summary CSV', async () => {
    const admin = await platform.login(...USERS.admin);
    const area = await platform.request(
      'POST',
      '/api/v1/admin/areas',
      { code: 'HN-FORMULA', name: '@SUM(1)', nameEn: '=HYPERLINK("http://evil.example/x")', level: 'ward', parentCode: 'HN' },
      admin,
    );
    expect(area.status).toBe(201);
    expect((await platform.request('POST', '/api/v1/cases', makeCaseInput({ areaCode: 'HN-FORMULA' }))).status).toBe(201);
    await platform.worker!.get(RollupService).drain();
    const res = await fetch(`${platform.baseUrl}/api/v1/reports/summary?groupBy=area&format=csv`, {
      headers: { authorization: `Bearer ${secretariat}` },
    });
    expect(res.status).toBe(200);
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(rows.find((r) => r[0] === 'HN-FORMULA')?.[1]).toBe(`'@SUM(1)`);
  });
});
