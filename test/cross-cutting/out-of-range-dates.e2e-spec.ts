import { TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface ErrorBody {
  statusCode: number;
  message: string;
  details?: { field: string; message: string; code?: string }[];
}
type Role = keyof typeof USERS | 'anonymous';

/**
 * Every date a route takes (query, body, path) is checked by the one date validator: an ISO date in 2000..2100.
 * A negative, zero or five-digit year is a client's mistake (400, field, code), never a query that fails (500) or,
 * streamed, a process that dies.
 */
describe('Dates out of range are refused on every route', () => {
  let platform: TestPlatform;
  const tokens: Partial<Record<Role, string>> = {};
  const as = async (role: Role) => {
    if (role === 'anonymous') return undefined;
    const [email, password]: readonly string[] = USERS[role];
    return (tokens[role] ??= await platform.login(email, password));
  };

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
  });
  afterAll(() => platform.stop());

  it('answers the export that crashed the API with 400, and keeps answering', async () => {
    const council = await as('council');
    const crash = await platform.request<ErrorBody>('GET', '/api/v1/cases/export.csv?from=-010000-01-01T00:00:00Z', undefined, council);
    expect(crash.status).toBe(400);
    expect(crash.body.details).toEqual([expect.objectContaining({ field: 'from', code: 'date_out_of_range' })]);
    const after = await platform.request<string>('GET', '/api/v1/cases/export.csv?from=2026-01-01', undefined, council);
    expect(after.status).toBe(200);
    expect(after.body).toContain('Mã hồ sơ');
  });

  const queries: [string, Role, string, string][] = [
    ['case list, negative expanded year', 'secretariat', '/api/v1/cases?from=-010000-01-01T00:00:00Z', 'from'],
    ['case list, year 0', 'operator', '/api/v1/cases?to=0000-01-01', 'to'],
    ['case list, five-digit year', 'secretariat', '/api/v1/cases?to=%2B020000-01-01T00:00:00Z', 'to'],
    ['export, year 9999', 'council', '/api/v1/cases/export.csv?to=9999-12-31', 'to'],
    ['summary report, year 0', 'council', '/api/v1/reports/summary?from=0000-01-01&to=2026-01-31', 'from'],
    ['summary report, year 1999', 'secretariat', '/api/v1/reports/summary?from=1999-12-31', 'from'],
    ['trend, year 0', 'council', '/api/v1/reports/trend?from=0000-01-01&to=2026-01-31', 'from'],
    ['public disclosure, year 0', 'anonymous', '/api/v1/public/disclosure?from=0000-01-01', 'from'],
    ['hotspots, year 0', 'council', '/api/v1/reports/hotspots?from=0000-01-01&to=2026-01-31', 'from'],
    ['public hotspots, year 9999', 'anonymous', '/api/v1/public/hotspots?to=9999-12-31', 'to'],
    ['audit log, negative year', 'admin', '/api/v1/admin/audit?from=-000001-01-01T00:00:00Z', 'from'],
    ['audit log, year 0', 'admin', '/api/v1/admin/audit?to=0000-06-01T00:00:00Z', 'to'],
    ['holiday calendar, negative year', 'admin', '/api/v1/admin/calendar?year=-1', 'year'],
    ['holiday calendar, year 10000', 'admin', '/api/v1/admin/calendar?year=10000', 'year'],
  ];

  it.each(queries)('refuses %s with 400, naming the field and the code', async (_what, role, path, field) => {
    const res = await platform.request<ErrorBody>('GET', path, undefined, await as(role));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field, code: 'date_out_of_range', message: expect.stringContaining(field) }),
    ]);
  });

  it('refuses a date that is not ISO 8601 or not a real day as invalid_date', async () => {
    const secretariat = await as('secretariat');
    for (const [path, field] of [
      ['/api/v1/cases?from=yesterday', 'from'],
      ['/api/v1/cases?from=2026-02-30', 'from'],
      ['/api/v1/cases?from=2026-01-01T10:00:00', 'from'],
      ['/api/v1/reports/summary?to=2026-13-01', 'to'],
    ]) {
      const res = await platform.request<ErrorBody>('GET', path, undefined, secretariat);
      expect({ path, status: res.status, details: res.body.details }).toEqual({
        path,
        status: 400,
        details: [expect.objectContaining({ field, code: 'invalid_date' })],
      });
    }
  });

  it('refuses out-of-range dates in bodies: council sessions, targets, voter meetings', async () => {
    const secretariat = await as('secretariat');
    const session = {
      name: 'Kỳ họp thứ 31',
      number: 31,
      term: 'Khóa XVI, nhiệm kỳ 2021-2026',
      sessionDate: '2026-12-08',
      meetingFrom: '2026-11-01',
      meetingTo: '2026-11-20',
    };
    const bodies: [string, string, Record<string, unknown>, string, Role][] = [
      ['POST', '/api/v1/council/sessions', { ...session, sessionDate: '0000-12-08' }, 'sessionDate', 'secretariat'],
      ['POST', '/api/v1/council/sessions', { ...session, meetingFrom: '-0001-11-01' }, 'meetingFrom', 'secretariat'],
      [
        'POST',
        '/api/v1/council/targets',
        { kind: 'task', agencyCode: 'SXD', title: 'Xử lý ngập úng ngõ 12', startsOn: '0000-01-01', dueOn: '2026-06-30' },
        'startsOn',
        'secretariat',
      ],
      [
        'POST',
        '/api/v1/voter-meetings',
        { heldOn: '0000-11-20', place: 'Nhà văn hóa tổ 5', areaCode: 'HN-HAIBATRUNG', membersPresent: [] },
        'heldOn',
        'operator',
      ],
    ];
    for (const [method, path, body, field, role] of bodies) {
      const res = await platform.request<ErrorBody>(method, path, body, await as(role));
      expect({ path, field, status: res.status, details: res.body.details }).toEqual({
        path,
        field,
        status: 400,
        details: [expect.objectContaining({ field, code: 'date_out_of_range' })],
      });
    }
    const created = await platform.request('POST', '/api/v1/council/sessions', session, secretariat);
    expect(created.status).toBe(201);
    const updated = await platform.request<ErrorBody>(
      'PATCH',
      `/api/v1/council/sessions/${(created.body as { id: string }).id}`,
      { meetingTo: '0000-11-20' },
      secretariat,
    );
    expect(updated.status).toBe(400);
    expect(updated.body.details).toEqual([expect.objectContaining({ field: 'meetingTo', code: 'date_out_of_range' })]);
  });

  it('refuses an out-of-range day in the holiday calendar path', async () => {
    const admin = await as('admin');
    const put = await platform.request<ErrorBody>(
      'PUT',
      '/api/v1/admin/calendar/0000-01-01',
      { working: false, kind: 'holiday', name: 'Tết Dương lịch' },
      admin,
    );
    expect(put.status).toBe(400);
    expect(put.body.details).toEqual([expect.objectContaining({ field: 'date', code: 'date_out_of_range' })]);
    expect((await platform.request<ErrorBody>('DELETE', '/api/v1/admin/calendar/-2026-01-01', undefined, admin)).status).toBe(400);
    expect(
      (
        await platform.request(
          'PUT',
          '/api/v1/admin/calendar/2030-01-01',
          { working: false, kind: 'holiday', name: 'Tết Dương lịch' },
          admin,
        )
      ).status,
    ).toBe(200);
  });

  it('refuses out-of-range Open311 start_date and end_date with a GeoReport error', async () => {
    for (const path of [
      'requests.json?start_date=0000-01-01T00:00:00Z',
      'requests.json?end_date=-010000-01-01T00:00:00Z',
      'servicerequestupdates.json?end_date=9999-01-01T00:00:00Z',
    ]) {
      const res = await fetch(`${platform.baseUrl}/open311/v2/${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(await res.json()).toEqual([
        { code: 400, description: expect.stringMatching(/(start|end)_date must be between 2000-01-01 and 2100-12-31/) },
      ]);
    }
  });
});
