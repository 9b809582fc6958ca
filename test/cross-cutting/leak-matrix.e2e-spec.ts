import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { Audience, CASE_PROJECTION, CaseProjectionRule, contactShown, normalisePhone, ProjectionScope } from '@hotline/cases';
import { Role } from '@hotline/contracts';
import { makeCaseInput, makeReceptionInput, makeSessionInput, TestPlatform, waitFor } from '@hotline/testing';
import { pdfText } from '../council-pdf';
import { newPlatform, ROLE_LOGINS, type Who } from '../platform';
import { listRoutes } from '../routes';

const EVERYONE: Who[] = ['anonymous', ...ROLE_LOGINS.map(([who]) => who)];

/** A facet of the projection table: which of its entries lets a canary through. */
type Facet = 'contact' | 'identity' | 'location' | 'description' | 'internalNotes';

/**
 * What a route shows of a case, and to whom: `caller` (the signed-in role, the public when anonymous), `public`
 * (whoever calls: the publication rule) or `citizen` (the holder of the case's key). Its scope: one case's detail
 * (`case`), many cases (`many`), the protected identity (`identity`) or no case fields at all (`none`).
 * Every GET route the API registers must be listed here: a new route without an expectation fails the test.
 */
interface Expectation {
  audience: 'caller' | 'public' | 'citizen';
  scope: ProjectionScope | 'identity' | 'none';
  /** Query strings to call the route with (each export format); one call without a query by default. */
  variants?: string[];
}
const NONE: Expectation = { audience: 'caller', scope: 'none' };
const EXPECTED: Record<string, Expectation> = {
  'GET /api/v1/auth/me': NONE,
  'GET /api/v1/auth/sessions': NONE,
  'GET /api/v1/admin/users': NONE,
  'GET /health/live': NONE,
  'GET /health/ready': NONE,
  'GET /metrics': NONE,
  'GET /api/v1/categories': NONE,
  'GET /api/v1/areas': NONE,
  'GET /api/v1/areas/boundaries': NONE,
  'GET /api/v1/map/config': NONE,
  'GET /api/v1/map/locate': { ...NONE, variants: ['?lat=21.0285&lng=105.8542'] },
  'GET /api/v1/agencies': NONE,
  'GET /api/v1/public/disclosure': { audience: 'public', scope: 'many' },
  'GET /api/v1/cases/track/:trackingCode': { audience: 'citizen', scope: 'case' },
  'GET /api/v1/cases/track/:trackingCode/attachments': { audience: 'citizen', scope: 'case' },
  'GET /api/v1/cases/track/:trackingCode/attachments/:attachmentId': { audience: 'citizen', scope: 'case' },
  'GET /api/v1/cases/track/:trackingCode/attachments/:attachmentId/thumbnail': { audience: 'citizen', scope: 'case' },
  'GET /api/v1/cases': { audience: 'caller', scope: 'many', variants: ['?pageSize=100'] },
  'GET /api/v1/cases/export.csv': { audience: 'caller', scope: 'many' },
  'GET /api/v1/cases/:id': { audience: 'caller', scope: 'case' },
  'GET /api/v1/cases/:id/sheet.pdf': { audience: 'caller', scope: 'case' },
  'GET /api/v1/cases/track/:trackingCode/receipt.pdf': { audience: 'citizen', scope: 'case' },
  'GET /api/v1/my-cases': { audience: 'citizen', scope: 'many' },
  'GET /api/v1/my-cases/:trackingCode': { audience: 'citizen', scope: 'case' },
  'GET /api/v1/cases/:id/attachments': { audience: 'caller', scope: 'case' },
  'GET /api/v1/cases/:id/attachments/:attachmentId': { audience: 'caller', scope: 'case' },
  'GET /api/v1/cases/:id/attachments/:attachmentId/thumbnail': { audience: 'caller', scope: 'case' },
  'GET /api/v1/cases/:id/assignees': NONE,
  'GET /api/v1/cases/:id/identity': { audience: 'caller', scope: 'identity' },
  'GET /api/v1/cases/:id/identity-grants': { audience: 'caller', scope: 'many' },
  'GET /api/v1/cases/similar': { audience: 'caller', scope: 'many', variants: ['?q=Canary%20report%20about%20the%20pothole'] },
  'GET /api/v1/cases/:id/similar': { audience: 'caller', scope: 'many' },
  'GET /api/v1/deadlines/overdue': { audience: 'caller', scope: 'many', variants: ['', '?sort=risk'] },
  'GET /api/v1/deadlines/at-risk': { audience: 'caller', scope: 'many' },
  // The reasons are words of the case's text: the caller (secretariat, admin) reads the description anyway.
  'GET /api/v1/cases/:id/routing-suggestions': { audience: 'caller', scope: 'case' },
  'GET /api/v1/routing-suggestions': { audience: 'caller', scope: 'many', variants: ['?caseIds={seededCaseIds}'] },
  'GET /api/v1/learning/accuracy': NONE,
  'GET /api/v1/learning/settings': NONE,
  'GET /api/v1/admin/deadline-rules': NONE,
  'GET /api/v1/admin/calendar': NONE,
  'GET /api/v1/reports/summary': {
    audience: 'caller',
    scope: 'many',
    variants: ['', '?format=csv', '?format=xlsx', '?groupBy=area&format=csv'],
  },
  'GET /api/v1/reports/trend': { audience: 'caller', scope: 'many' },
  'GET /api/v1/council/sessions': { audience: 'caller', scope: 'many' },
  'GET /api/v1/council/sessions/:id': { audience: 'caller', scope: 'many' },
  'GET /api/v1/reports/council-sessions/:id': { audience: 'caller', scope: 'many', variants: ['', '?format=xlsx', '?format=pdf'] },
  'GET /api/v1/council/targets': { audience: 'caller', scope: 'many' },
  'GET /api/v1/council/targets/:id': { audience: 'caller', scope: 'many' },
  'GET /api/v1/voter-meetings': { audience: 'caller', scope: 'many' },
  'GET /api/v1/voter-meetings/:id': { audience: 'caller', scope: 'many' },
  'GET /api/v1/voter-meetings/:id/imports/:importId': { audience: 'caller', scope: 'many' },
  'GET /open311/v2/discovery.:format': NONE,
  'GET /open311/v2/services.:format': NONE,
  'GET /open311/v2/services/:code.:format': NONE,
  'GET /open311/v2/requests.:format': { audience: 'public', scope: 'many' },
  'GET /open311/v2/requests/:id.:format': { audience: 'public', scope: 'case' },
  'GET /open311/v2/tokens/:token.:format': { audience: 'public', scope: 'case' },
  'GET /open311/v2/servicerequestupdates.:format': { audience: 'public', scope: 'many' },
  'GET /api/v1/admin/open311-clients': NONE,
  'GET /api/v1/admin/agencies': NONE,
  'GET /api/v1/admin/areas': NONE,
  'GET /api/v1/admin/categories': NONE,
  'GET /api/v1/admin/routing-rules': NONE,
  'GET /api/v1/admin/audit': { audience: 'caller', scope: 'many', variants: ['?pageSize=200'] },
  'GET /api/v1/admin/dead-letters': NONE,
  'GET /api/v1/admin/dead-letters/:queue/:id': NONE,
  'GET /api/v1/privacy/notice': NONE,
  'GET /api/v1/admin/privacy-notices': NONE,
  // A data subject's own request and export, reached only with the key of a request proved by a one-time code
  // (test/privacy/personal-data.e2e-spec.ts checks the export holds their cases and nothing of others').
  'GET /api/v1/privacy/requests/:id': { audience: 'citizen', scope: 'none' },
  'GET /api/v1/privacy/requests/:id/export': { audience: 'citizen', scope: 'none' },
  'GET /api/v1/admin/privacy-requests': { audience: 'caller', scope: 'many', variants: ['', '?overdue=true'] },
  'GET /api/v1/admin/privacy-requests/:id': { audience: 'caller', scope: 'case' },
  'GET /api/v1/admin/privacy-requests/:id/export': { audience: 'caller', scope: 'case' },
  'GET /api/v1/admin/breaches': { audience: 'caller', scope: 'many' },
  'GET /api/v1/admin/breaches/:id': { audience: 'caller', scope: 'case' },
  'GET /api/v1/admin/processing-record': NONE,
  'GET /api/v1/cases/:id/publication': { audience: 'caller', scope: 'case' },
  'GET /api/v1/public/attachments/:attachmentId': { audience: 'public', scope: 'case' },
  'GET /api/v1/public/attachments/:attachmentId/thumbnail': { audience: 'public', scope: 'case' },
  'GET /api/v1/answer-templates': NONE,
  'GET /api/v1/cases/:id/answer-templates': { audience: 'caller', scope: 'case' },
  'GET /api/v1/admin/answer-approval': NONE,
  'GET /api/v1/receptions': { audience: 'caller', scope: 'many' },
  'GET /api/v1/pakn/inbox': NONE,
  'GET /api/v1/reports/statutory/:form': NONE,
  'GET /api/v1/reports/hotspots': NONE,
  'GET /api/v1/public/hotspots': { audience: 'public', scope: 'none' },
  'GET /api/v1/receptions/:id': { audience: 'caller', scope: 'many' },
  'GET /api/v1/receptions/register': { audience: 'caller', scope: 'many', variants: ['?format=xlsx', '?format=pdf'] },
};

/** Whether the projection lets a canary of this facet through to this audience, in this scope. */
function allowed(facet: Facet, rule: CaseProjectionRule, scope: Expectation['scope']): boolean {
  if (scope === 'none') return false;
  if (scope === 'identity') return facet === 'identity' && rule.identity === 'keeper';
  switch (facet) {
    case 'contact':
      return contactShown(rule, scope) === 'full';
    case 'identity':
      return scope === 'case' && rule.identity === 'keeper';
    case 'location':
      return rule.location;
    case 'description':
      return rule.description;
    case 'internalNotes':
      return rule.internalNotes;
  }
}

/** Values that must never be seen where the projection hides them; plain ASCII, so a PDF's text holds them whole. */
const CITIZEN = { name: 'Canaryname Contactperson', phone: '0966 101 202', email: 'canary.contact@example.org' };
const DENOUNCER = { name: 'Canaryname Denouncer', phone: '0966 303 404', email: 'canary.denouncer@example.org' };
const CANARIES: [Facet, string][] = [
  ['contact', CITIZEN.name],
  ['contact', normalisePhone(CITIZEN.phone)],
  ['contact', CITIZEN.email],
  ['identity', DENOUNCER.name],
  ['identity', normalisePhone(DENOUNCER.phone)],
  ['identity', DENOUNCER.email],
  ['location', 'Canarystreet 17'],
  ['location', 'Canaryalley 9'],
  ['description', 'Canary report about the pothole outside number 17, two motorbikes fell this week.'],
  ['description', 'Canary denunciation: the ward official takes money for building permits.'],
  ['internalNotes', 'Canary internal note: call the site manager before Thursday.'],
];

async function textOf(res: Response): Promise<string> {
  const type = res.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await res.arrayBuffer());
  if (type.includes('spreadsheetml')) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
    return cells.join('\n');
  }
  if (type.includes('pdf')) return (await pdfText(bytes, `leak-matrix-${randomUUID()}`)).text;
  return bytes.toString('utf8');
}

describe('leak matrix: every GET route and export, every role, against the one projection', () => {
  let platform: TestPlatform;
  const tokens = new Map<Who, string>();
  const seeded = {
    caseId: '',
    caseCode: '',
    caseKey: '',
    denunciationId: '',
    denunciationCode: '',
    denunciationKey: '',
    sessionId: '',
    meetingId: '',
    receptionId: '',
    /** A "my cases" session of the seeded citizen's email (X-My-Cases-Token). */
    myCasesToken: '',
  };

  beforeAll(async () => {
    platform = await newPlatform().start();
    for (const [who, [email, password]] of ROLE_LOGINS) tokens.set(who, await platform.login(email, password));
    const secretariat = tokens.get('secretariat')!;
    const submit = async (input: Record<string, unknown>) => {
      const res = await platform.request<{ id: string; trackingCode: string; accessKey: string }>(
        'POST',
        '/api/v1/cases',
        makeCaseInput(input),
      );
      expect(res.status).toBe(201);
      return res.body;
    };
    const kase = await submit({
      title: 'Canary report about the pothole',
      description: CANARIES[8][1],
      address: 'Canarystreet 17',
      location: { lat: 21.0122, lng: 105.8502 },
      citizen: CITIZEN,
      public: true,
    });
    const denunciation = await submit({
      kind: 'denunciation',
      title: 'Canary denunciation about a permit',
      categoryCode: 'MOI-TRUONG.O-NHIEM',
      description: CANARIES[9][1],
      address: 'Canaryalley 9',
      citizen: DENOUNCER,
    });
    Object.assign(seeded, {
      caseId: kase.id,
      caseCode: kase.trackingCode,
      caseKey: kase.accessKey,
      denunciationId: denunciation.id,
      denunciationCode: denunciation.trackingCode,
      denunciationKey: denunciation.accessKey,
    });
    await waitFor(async () => {
      const res = await platform.request<{ items: { status: string }[] }>('GET', '/api/v1/cases?status=received', undefined, secretariat);
      return res.body.items.length === 0;
    }, 'routing of the seeded cases');
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/notes`, { note: CANARIES[10][1] }, secretariat)).status).toBe(201);
    const session = await platform.request<{ id: string }>('POST', '/api/v1/council/sessions', makeSessionInput(), secretariat);
    expect(session.status).toBe(201);
    seeded.sessionId = session.body.id;
    expect(
      (
        await platform.request(
          'POST',
          `/api/v1/council/sessions/${session.body.id}/cases`,
          { caseIds: [kase.id, denunciation.id] },
          secretariat,
        )
      ).status,
    ).toBe(200);
    const meeting = await platform.request<{ id: string }>(
      'POST',
      '/api/v1/voter-meetings',
      {
        heldOn: '2026-11-10',
        place: 'Nhà văn hóa tổ dân phố số 5',
        areaCode: 'HN-HAIBATRUNG',
        councilSessionId: session.body.id,
        membersPresent: ['Đại biểu Nguyễn Văn Hùng'],
      },
      secretariat,
    );
    expect(meeting.status).toBe(201);
    seeded.meetingId = meeting.body.id;
    // Walk-in receptions: one that became an ordinary case, one a denunciation whose author the register must not show.
    const operator = tokens.get('operator')!;
    for (const [kind, who] of [
      ['feedback', CITIZEN],
      ['denunciation', DENOUNCER],
    ] as const) {
      const reception = await platform.request<{ id: string }>(
        'POST',
        '/api/v1/receptions',
        makeReceptionInput({
          citizen: { name: who.name, identityDocumentType: 'citizen_id', identityDocumentNumber: '001085099999', phone: who.phone },
          case: { kind, title: 'Walk-in matter for the leak matrix', categoryCode: 'MOI-TRUONG.O-NHIEM' },
        }),
        operator,
      );
      expect(reception.status).toBe(201);
      seeded.receptionId = reception.body.id;
    }
    const before = platform.smtp.messages.length;
    expect((await platform.request('POST', '/api/v1/my-cases/codes', { contactKind: 'email', contact: CITIZEN.email })).status).toBe(202);
    const codeMail = await waitFor(
      () => platform.smtp.messages.slice(before).find((m) => m.to.includes(CITIZEN.email) && /Mã xác nhận/.test(m.subject)),
      'the my-cases code',
    );
    const myCases = await platform.request<{ token: string }>('POST', '/api/v1/my-cases/sessions', {
      contactKind: 'email',
      contact: CITIZEN.email,
      code: /là: (\d{6})/.exec(codeMail.text)![1],
    });
    expect(myCases.status).toBe(201);
    seeded.myCasesToken = myCases.body.token;
  });
  afterAll(() => platform.stop());

  /** The calls a route takes: its path parameters filled with the seeded ids, codes and keys, once per variant. */
  function callsOf(path: string, expectation: Expectation): string[] {
    const filled = (caseId: string, code: string, key: string) =>
      path
        .replace('/track/:trackingCode', `/track/${code}`)
        .replace('/my-cases/:trackingCode', `/my-cases/${code}`)
        .replace(/^\/api\/v1\/cases\/:id/, `/api/v1/cases/${caseId}`)
        .replace(/\/(council\/sessions|reports\/council-sessions)\/:id/, `/$1/${seeded.sessionId}`)
        .replace('/voter-meetings/:id', `/voter-meetings/${seeded.meetingId}`)
        .replace('/receptions/:id', `/receptions/${seeded.receptionId}`)
        .replace('/requests/:id.', `/requests/${code}.`)
        .replace('/tokens/:token.', `/tokens/${caseId}.`)
        .replace('/services/:code.', '/services/GIAO-THONG.DUONG-HONG.')
        .replace(':queue', 'route-case')
        .replace(/:[a-zA-Z]+/g, (param) => (param === ':format' ? param : randomUUID()))
        .concat(path.includes('/track/') ? `?key=${encodeURIComponent(key)}` : '');
    const paths = [
      filled(seeded.caseId, seeded.caseCode, seeded.caseKey),
      filled(seeded.denunciationId, seeded.denunciationCode, seeded.denunciationKey),
    ];
    const formats = (p: string) => (p.includes(':format') ? [p.replace(':format', 'json'), p.replace(':format', 'xml')] : [p]);
    const variants = (expectation.variants ?? ['']).map((v) => v.replace('{seededCaseIds}', `${seeded.caseId},${seeded.denunciationId}`));
    return [...new Set(paths.flatMap(formats))].flatMap((p) =>
      variants.map((v) => (v && p.includes('?') ? `${p}&${v.slice(1)}` : `${p}${v}`)),
    );
  }

  it('has an expectation for every GET route the API registers, and none for a route that is gone', () => {
    const keys = listRoutes(platform)
      .filter((r) => r.method === 'GET')
      .map((r) => `${r.method} ${r.path}`);
    expect(keys.filter((k) => !(k in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('seeds canaries that the secretariat and admins do see, so their absence elsewhere means something', async () => {
    const detail = await platform.request('GET', `/api/v1/cases/${seeded.caseId}`, undefined, tokens.get('secretariat'));
    const text = JSON.stringify(detail.body);
    for (const [facet, canary] of CANARIES)
      if (facet !== 'identity' && !canary.startsWith('Canaryalley') && !canary.includes('denunciation')) expect(text).toContain(canary);
    const identity = JSON.stringify(
      (await platform.request('GET', `/api/v1/cases/${seeded.denunciationId}`, undefined, tokens.get('admin'))).body,
    );
    expect(identity).toContain(DENOUNCER.name);
  });

  // Every PDF (council reports, case sheets, receipts) is read in a process of its own, for each role: minutes, not seconds.
  it('lets each canary out only where the projection allows it', async () => {
    const leaks: string[] = [];
    const routes = listRoutes(platform).filter((r) => r.method === 'GET');
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const expectation = EXPECTED[key];
      if (!expectation) continue;
      for (const who of EVERYONE) {
        const audience: Audience =
          expectation.audience === 'caller' ? (who === 'anonymous' ? 'public' : (who as Role)) : expectation.audience;
        const rule = CASE_PROJECTION[audience];
        const token = tokens.get(who);
        for (const path of callsOf(route.path, expectation)) {
          const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
          if (path.startsWith('/api/v1/my-cases')) headers['x-my-cases-token'] = seeded.myCasesToken;
          const res = await fetch(`${platform.baseUrl}${path}`, { headers });
          if (res.status >= 500) leaks.push(`${path} as ${who}: ${res.status}`);
          const text = await textOf(res);
          for (const [facet, canary] of CANARIES) {
            if (text.includes(canary) && !allowed(facet, rule, expectation.scope)) leaks.push(`${path} as ${who}: ${facet} "${canary}"`);
          }
        }
      }
    }
    expect(leaks).toEqual([]);
  }, 300_000);

  it('mails nothing of the citizen, the denouncer or the notes to anyone but the citizen', async () => {
    const rule = CASE_PROJECTION.notice;
    const toOthers = (m: { to: string[] }) => !m.to.includes(CITIZEN.email) && !m.to.includes(DENOUNCER.email);
    await platform.smtp.waitForMail(toOthers, 'a notice to an agency or the secretariat');
    const leaks = platform.smtp.messages
      .filter(toOthers)
      .flatMap((m) =>
        CANARIES.filter(([facet, canary]) => `${m.subject}\n${m.text}`.includes(canary) && !allowed(facet, rule, 'case')).map(
          ([, c]) => `${m.to.join(',')}: ${c}`,
        ),
      );
    expect(leaks).toEqual([]);
  });
});
