import { makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface Problem {
  statusCode: number;
  error: string;
  message: string;
  details?: { field: string; message: string }[];
}
interface Agency {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  parentCode: string | null;
  email: string;
  headEmail: string | null;
  active: boolean;
}
interface Area {
  id: string;
  code: string;
  level: string;
  parentCode: string | null;
  active: boolean;
  name: string;
}
interface Category {
  id: string;
  code: string;
  parentCode: string | null;
  active: boolean;
  name: string;
}
interface Rule {
  id: string;
  kind: string | null;
  categoryCode: string | null;
  areaCode: string | null;
  agencyCode: string;
  priority: number;
  active: boolean;
}

describe('admin API for reference data: agencies, areas, categories, routing rules', () => {
  let platform: TestPlatform;
  let admin = '';
  let secretariat = '';

  const as = <T>(method: string, path: string, body?: unknown, token = admin) => platform.request<T>(method, path, body, token);
  const fields = (body: unknown) => [...new Set(((body as Problem).details ?? []).map((d) => d.field))];

  beforeAll(async () => {
    platform = await newPlatform().start();
    admin = await platform.login(...USERS.admin);
    secretariat = await platform.login(...USERS.secretariat);
  });
  afterAll(() => platform.stop());

  it('creates and updates an agency, audits both, and shows it in the public list until it is retired', async () => {
    const created = await as<Agency>('POST', '/api/v1/admin/agencies', {
      code: 'SO-THU-NGHIEM',
      name: '  Sở Văn hóa và Thể thao ',
      nameEn: 'Department of Culture and Sports',
      parentCode: 'UBND-HN',
      email: 'svhtt@hanoi.gov.vn',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'SO-THU-NGHIEM',
      name: 'Sở Văn hóa và Thể thao',
      parentCode: 'UBND-HN',
      headEmail: null,
      active: true,
    });
    expect((await platform.request<{ code: string }[]>('GET', '/api/v1/agencies')).body.map((a) => a.code)).toContain('SO-THU-NGHIEM');

    const updated = await as<Agency>('PATCH', `/api/v1/admin/agencies/${created.body.id}`, {
      headEmail: 'giamdoc.svhtt@hanoi.gov.vn',
      nameEn: 'Department of Culture, Sports',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      headEmail: 'giamdoc.svhtt@hanoi.gov.vn',
      nameEn: 'Department of Culture, Sports',
      email: 'svhtt@hanoi.gov.vn',
    });

    const retired = await as<Agency>('PATCH', `/api/v1/admin/agencies/${created.body.id}`, { active: false });
    expect(retired.body.active).toBe(false);
    expect((await platform.request<{ code: string }[]>('GET', '/api/v1/agencies')).body.map((a) => a.code)).not.toContain('SO-THU-NGHIEM');
    expect(
      (await as<Agency[]>('GET', '/api/v1/admin/agencies', undefined, secretariat)).body.find((a) => a.code === 'SO-THU-NGHIEM')?.active,
    ).toBe(false);

    const audit = await as<{ items: { action: string; target: { type: string; id: string }; data: { op: string } }[] }>(
      'GET',
      `/api/v1/admin/audit?action=reference.changed&targetId=${created.body.id}`,
    );
    expect(audit.body.items.map((i) => i.data.op).sort()).toEqual(['created', 'updated', 'updated']);
    expect(audit.body.items[0].target).toEqual({ type: 'agency', id: created.body.id });
  });

  it('creates and updates an area and a category under their parents', async () => {
    const area = await as<Area>('POST', '/api/v1/admin/areas', {
      code: 'HN-THUONGCAT',
      name: 'Phường Thượng Cát',
      nameEn: 'Thuong Cat Ward',
      level: 'ward',
      parentCode: 'HN',
    });
    expect(area.status).toBe(201);
    expect(area.body).toMatchObject({ code: 'HN-THUONGCAT', level: 'ward', parentCode: 'HN', active: true });
    const movedArea = await as<Area>('PATCH', `/api/v1/admin/areas/${area.body.id}`, { level: 'commune', name: 'Xã Thượng Cát' });
    expect(movedArea.body).toMatchObject({ level: 'commune', name: 'Xã Thượng Cát' });

    const parent = await as<Category>('POST', '/api/v1/admin/categories', { code: 'VAN-HOA', name: 'Văn hóa', nameEn: 'Culture' });
    const child = await as<Category>('POST', '/api/v1/admin/categories', {
      code: 'VAN-HOA.LE-HOI',
      name: 'Lễ hội',
      nameEn: 'Festivals',
      parentCode: 'VAN-HOA',
    });
    expect([parent.status, child.status]).toEqual([201, 201]);
    expect(child.body.parentCode).toBe('VAN-HOA');
    // A category cannot go under its own sub-category.
    const loop = await as<Problem>('PATCH', `/api/v1/admin/categories/${parent.body.id}`, { parentCode: 'VAN-HOA.LE-HOI' });
    expect(loop.status).toBe(400);
    expect(fields(loop.body)).toEqual(['parentCode']);
    const root = await as<Category>('PATCH', `/api/v1/admin/categories/${child.body.id}`, { parentCode: null, active: false });
    expect(root.body).toMatchObject({ parentCode: null, active: false });
    expect((await platform.request<{ code: string }[]>('GET', '/api/v1/categories')).body.map((c) => c.code)).toContain('VAN-HOA');
  });

  it('answers a bad input of each kind with 400 naming the field, and a duplicate code with 409', async () => {
    const bad: [string, string, unknown, string][] = [
      ['POST', '/api/v1/admin/agencies', { code: 'bad code', name: 'Sở X', nameEn: 'Dept X', email: 'x@hanoi.gov.vn' }, 'code'],
      ['POST', '/api/v1/admin/agencies', { code: 'SX', name: 'Sở X', nameEn: 'Dept X', email: 'not-an-email' }, 'email'],
      [
        'POST',
        '/api/v1/admin/agencies',
        { code: 'SX', name: 'Sở X', nameEn: 'Dept X', email: 'x@hanoi.gov.vn', parentCode: 'NOPE' },
        'parentCode',
      ],
      ['POST', '/api/v1/admin/areas', { code: 'HN-X', name: 'Phường X', nameEn: 'X Ward', level: 'district' }, 'level'],
      ['POST', '/api/v1/admin/categories', { code: 'X', name: 'X', nameEn: 'X' }, 'code'],
      ['POST', '/api/v1/admin/categories', { code: 'XX', name: 'Lĩnh vực X', nameEn: 'X', extra: 1 }, 'extra'],
      ['POST', '/api/v1/admin/routing-rules', { agencyCode: 'SXD', kind: 'gossip' }, 'kind'],
      ['POST', '/api/v1/admin/routing-rules', { agencyCode: 'NOPE' }, 'agencyCode'],
      ['POST', '/api/v1/admin/routing-rules', { agencyCode: 'SXD', categoryCode: 'NOPE', areaCode: 'HN' }, 'categoryCode'],
      ['POST', '/api/v1/admin/routing-rules', { agencyCode: 'SXD', areaCode: 'HN', priority: 1.5 }, 'priority'],
    ];
    for (const [method, path, body, field] of bad) {
      const res = await as<Problem>(method, path, body);
      expect({ path, body, status: res.status, fields: fields(res.body) }).toEqual({
        path,
        body,
        status: 400,
        fields: expect.arrayContaining([field]),
      });
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    }
    const [agency] = (await as<Agency[]>('GET', '/api/v1/admin/agencies')).body;
    const [area] = (await as<Area[]>('GET', '/api/v1/admin/areas')).body;
    const [category] = (await as<Category[]>('GET', '/api/v1/admin/categories')).body;
    const [rule] = (await as<Rule[]>('GET', '/api/v1/admin/routing-rules')).body;
    const badPatches: [string, unknown, string][] = [
      [`/api/v1/admin/agencies/${agency.id}`, { name: null }, 'name'],
      [`/api/v1/admin/agencies/${agency.id}`, { code: 'NEW' }, 'code'],
      [`/api/v1/admin/areas/${area.id}`, { active: 'no' }, 'active'],
      [`/api/v1/admin/categories/${category.id}`, { nameEn: 'x' }, 'nameEn'],
      [`/api/v1/admin/routing-rules/${rule.id}`, { priority: 5000 }, 'priority'],
      [`/api/v1/admin/routing-rules/${rule.id}`, { agencyCode: null }, 'agencyCode'],
    ];
    for (const [path, body, field] of badPatches) {
      const res = await as<Problem>('PATCH', path, body);
      expect({ path, body, status: res.status, fields: fields(res.body) }).toEqual({ path, body, status: 400, fields: [field] });
    }
    expect((await as<Problem>('PATCH', '/api/v1/admin/areas/0190d7a6-0000-7000-8000-000000000000', { name: 'Không có' })).status).toBe(404);

    const duplicates: [string, unknown][] = [
      ['/api/v1/admin/agencies', { code: 'SXD', name: 'Sở Xây dựng 2', nameEn: 'Construction 2', email: 'x@hanoi.gov.vn' }],
      ['/api/v1/admin/areas', { code: 'HN-HAIBATRUNG', name: 'Hai Bà Trưng 2', nameEn: 'Hai Ba Trung 2', level: 'ward' }],
      ['/api/v1/admin/categories', { code: 'GIAO-THONG.DUONG-HONG', name: 'Đường hỏng', nameEn: 'Broken road' }],
    ];
    for (const [path, body] of duplicates) {
      const res = await as<Problem>('POST', path, body);
      expect({ path, status: res.status, fields: fields(res.body) }).toEqual({ path, status: 409, fields: ['code'] });
    }
    const active = (await as<Rule[]>('GET', '/api/v1/admin/routing-rules')).body.find((r) => r.active)!;
    const twin = await as<Problem>('POST', '/api/v1/admin/routing-rules', {
      kind: active.kind,
      categoryCode: active.categoryCode,
      areaCode: active.areaCode,
      agencyCode: 'SXD',
    });
    expect(twin.status).toBe(409);
    expect(fields(twin.body)).toEqual(['kind', 'categoryCode', 'areaCode']);
    // An agency that active rules route to cannot be retired.
    const sxd = (await as<Agency[]>('GET', '/api/v1/admin/agencies')).body.find((a) => a.code === 'SXD')!;
    const retire = await as<Problem>('PATCH', `/api/v1/admin/agencies/${sxd.id}`, { active: false });
    expect(retire.status).toBe(409);
    expect(fields(retire.body)).toEqual(['active']);
  });

  it('a changed routing rule routes the next case accordingly, in the worker too', async () => {
    const agencyOf = async (caseId: string) =>
      waitFor(
        async () => {
          const d = (
            await platform.request<{ status: string; agency?: { code: string } }>('GET', `/api/v1/cases/${caseId}`, undefined, secretariat)
          ).body;
          return d.status !== 'received' && (d.agency?.code ?? 'triage');
        },
        `case ${caseId} routed`,
        30_000,
      );
    const file = async () =>
      (
        await platform.request<{ id: string }>(
          'POST',
          '/api/v1/cases',
          makeCaseInput({ categoryCode: 'GIAO-THONG.DUONG-HONG', areaCode: 'HN-HAIBATRUNG' }),
        )
      ).body.id;

    expect(await agencyOf(await file())).toBe('SXD');

    const rules = (await as<Rule[]>('GET', '/api/v1/admin/routing-rules')).body;
    const rule = rules.find((r) => r.active && r.categoryCode === 'GIAO-THONG.DUONG-HONG' && r.areaCode === null && r.kind === null)!;
    expect(rule).toMatchObject({ agencyCode: 'SXD' });
    const moved = await as<Rule>('PATCH', `/api/v1/admin/routing-rules/${rule.id}`, { agencyCode: 'UBND-HOANKIEM' });
    expect(moved.status).toBe(200);
    expect(moved.body.agencyCode).toBe('UBND-HOANKIEM');
    expect(await agencyOf(await file())).toBe('UBND-HOANKIEM');

    // A more specific new rule (the area too) wins over it; retired, the category rule applies again.
    const specific = await as<Rule>('POST', '/api/v1/admin/routing-rules', {
      categoryCode: 'GIAO-THONG.DUONG-HONG',
      areaCode: 'HN-HAIBATRUNG',
      agencyCode: 'SXD',
      priority: 0,
    });
    expect(specific.status).toBe(201);
    expect(await agencyOf(await file())).toBe('SXD');
    expect((await as<Rule>('PATCH', `/api/v1/admin/routing-rules/${specific.body.id}`, { active: false })).body.active).toBe(false);
    expect(await agencyOf(await file())).toBe('UBND-HOANKIEM');

    const audit = await as<{ items: unknown[] }>('GET', `/api/v1/admin/audit?action=reference.changed&targetType=routing_rule`);
    expect(audit.body.items.length).toBeGreaterThanOrEqual(3);
  });
});
