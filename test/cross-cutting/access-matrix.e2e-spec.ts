import { randomUUID } from 'node:crypto';
import { makeCaseInput, TestPlatform } from '@hotline/testing';
import { newPlatform, ROLE_LOGINS, type Who } from '../platform';
import { listRoutes, Route } from '../routes';

const STAFF: Who[] = ['operator', 'agency_officer', 'agency_head', 'secretariat', 'council_member', 'admin'];
const EVERYONE: Who[] = ['anonymous', ...STAFF];
const AGENCY: Who[] = ['agency_officer', 'agency_head'];

/**
 * Who may call each route, written out by hand (not derived from the ability table), so a change of either the table
 * or a route's policy that is not mirrored here fails. A route missing from this list fails too.
 */
const EXPECTED: Record<string, Who[]> = {
  'POST /api/v1/auth/login': EVERYONE,
  'GET /api/v1/auth/me': STAFF,
  'POST /api/v1/auth/logout': STAFF,
  'GET /api/v1/auth/sessions': STAFF,
  'DELETE /api/v1/auth/sessions/:id': STAFF,
  'POST /api/v1/auth/password': STAFF,
  'POST /api/v1/auth/totp/setup': STAFF,
  'POST /api/v1/auth/totp/enable': STAFF,
  'GET /api/v1/admin/users': ['admin'],
  'POST /api/v1/admin/users': ['admin'],
  'PATCH /api/v1/admin/users/:id': ['admin'],
  'POST /api/v1/admin/users/:id/reset-password': ['admin'],
  'POST /api/v1/admin/users/:id/reset-totp': ['admin'],
  'POST /api/v1/admin/users/:id/revoke-sessions': ['admin'],
  'GET /health/live': EVERYONE,
  'GET /health/ready': EVERYONE,
  'GET /metrics': ['admin'],
  'GET /api/v1/categories': EVERYONE,
  'GET /api/v1/areas': EVERYONE,
  'GET /api/v1/areas/boundaries': EVERYONE,
  'GET /api/v1/map/config': EVERYONE,
  'GET /api/v1/map/locate': EVERYONE,
  'GET /api/v1/agencies': EVERYONE,
  'GET /api/v1/public/disclosure': EVERYONE,
  'GET /api/v1/public/hotspots': EVERYONE,
  'POST /api/v1/cases': EVERYONE,
  'GET /api/v1/cases/track/:trackingCode': EVERYONE,
  'POST /api/v1/cases/track/:trackingCode/feedback': EVERYONE,
  'POST /api/v1/cases/track/:trackingCode/attachments': EVERYONE,
  'GET /api/v1/cases/track/:trackingCode/attachments': EVERYONE,
  'GET /api/v1/cases/track/:trackingCode/attachments/:attachmentId': EVERYONE,
  'GET /api/v1/cases/track/:trackingCode/attachments/:attachmentId/thumbnail': EVERYONE,
  'POST /api/v1/photos/location': EVERYONE,
  'POST /api/v1/hotline/cases': ['operator', 'secretariat', 'admin'],
  'GET /api/v1/cases': STAFF,
  'GET /api/v1/cases/export.csv': STAFF,
  'GET /api/v1/cases/:id': STAFF,
  'GET /api/v1/cases/:id/sheet.pdf': STAFF,
  'GET /api/v1/cases/track/:trackingCode/receipt.pdf': EVERYONE,
  'POST /api/v1/my-cases/codes': EVERYONE,
  'POST /api/v1/my-cases/sessions': EVERYONE,
  'GET /api/v1/my-cases': EVERYONE,
  'GET /api/v1/my-cases/:trackingCode': EVERYONE,
  'POST /api/v1/cases/track/:trackingCode/supporter-codes': EVERYONE,
  'POST /api/v1/cases/track/:trackingCode/supporters': EVERYONE,
  'POST /api/v1/followers/unsubscribe': EVERYONE,
  'POST /api/v1/hotline/cases/:id/callers': ['operator', 'secretariat', 'admin'],
  'POST /api/v1/cases/:id/route': ['secretariat', 'admin'],
  'POST /api/v1/cases/:id/accept': [...AGENCY, 'admin'],
  'POST /api/v1/cases/:id/start': [...AGENCY, 'admin'],
  'POST /api/v1/cases/:id/return': [...AGENCY, 'admin'],
  'POST /api/v1/cases/:id/answer': [...AGENCY, 'admin'],
  'POST /api/v1/cases/:id/extend': [...AGENCY, 'secretariat', 'admin'],
  'POST /api/v1/cases/:id/request-info': [...AGENCY, 'admin'],
  'POST /api/v1/cases/:id/provide-info': ['operator', ...AGENCY, 'secretariat', 'admin'],
  'POST /api/v1/cases/:id/close': ['secretariat', 'admin'],
  'POST /api/v1/cases/:id/reject': ['secretariat', 'admin'],
  'POST /api/v1/cases/bulk-route': ['secretariat', 'admin'],
  'POST /api/v1/cases/:id/assign': ['agency_head', 'secretariat', 'admin'],
  'POST /api/v1/cases/:id/unassign': ['agency_head', 'secretariat', 'admin'],
  'GET /api/v1/cases/:id/assignees': ['agency_head', 'secretariat', 'admin'],
  'POST /api/v1/cases/:id/notes': ['operator', ...AGENCY, 'secretariat', 'admin'],
  'POST /api/v1/cases/:id/attachments': ['operator', ...AGENCY, 'secretariat', 'admin'],
  'GET /api/v1/cases/:id/attachments': STAFF,
  'GET /api/v1/cases/:id/attachments/:attachmentId': STAFF,
  'GET /api/v1/cases/:id/attachments/:attachmentId/thumbnail': STAFF,
  'GET /api/v1/cases/:id/identity': [...AGENCY, 'secretariat', 'admin'],
  'GET /api/v1/cases/:id/identity-grants': ['secretariat', 'admin'],
  'POST /api/v1/cases/:id/identity-grants': ['secretariat', 'admin'],
  'DELETE /api/v1/cases/:id/identity-grants/:grantId': ['secretariat', 'admin'],
  'GET /api/v1/deadlines/overdue': [...AGENCY, 'secretariat', 'council_member', 'admin'],
  'GET /api/v1/deadlines/at-risk': [...AGENCY, 'secretariat', 'council_member', 'admin'],
  'GET /api/v1/cases/:id/routing-suggestions': ['secretariat', 'admin'],
  'GET /api/v1/routing-suggestions': ['secretariat', 'admin'],
  'POST /api/v1/routing-suggestions/preview': ['operator', 'secretariat', 'admin'],
  'GET /api/v1/learning/accuracy': ['secretariat', 'admin'],
  'GET /api/v1/learning/settings': ['secretariat', 'admin'],
  'PUT /api/v1/learning/settings': ['secretariat', 'admin'],
  'GET /api/v1/admin/deadline-rules': ['secretariat', 'admin'],
  'POST /api/v1/admin/deadline-rules': ['admin'],
  'GET /api/v1/admin/calendar': ['secretariat', 'admin'],
  'PUT /api/v1/admin/calendar/:date': ['admin'],
  'DELETE /api/v1/admin/calendar/:date': ['admin'],
  'GET /api/v1/reports/summary': [...AGENCY, 'secretariat', 'council_member', 'admin'],
  'GET /api/v1/reports/trend': [...AGENCY, 'secretariat', 'council_member', 'admin'],
  'GET /api/v1/council/sessions': ['secretariat', 'council_member', 'admin'],
  'GET /api/v1/council/sessions/:id': ['secretariat', 'council_member', 'admin'],
  'POST /api/v1/council/sessions': ['secretariat', 'admin'],
  'PATCH /api/v1/council/sessions/:id': ['secretariat', 'admin'],
  'DELETE /api/v1/council/sessions/:id': ['secretariat', 'admin'],
  'POST /api/v1/council/sessions/:id/cases': ['secretariat', 'admin'],
  'DELETE /api/v1/council/sessions/:id/cases/:caseId': ['secretariat', 'admin'],
  'GET /api/v1/reports/council-sessions/:id': ['secretariat', 'council_member', 'admin'],
  'GET /api/v1/council/targets': ['secretariat', 'council_member', 'admin'],
  'GET /api/v1/council/targets/:id': ['secretariat', 'council_member', 'admin'],
  'POST /api/v1/council/targets': ['secretariat', 'admin'],
  'POST /api/v1/council/targets/:id/cases': ['secretariat', 'admin'],
  'DELETE /api/v1/council/targets/:id/cases/:caseId': ['secretariat', 'admin'],
  'GET /api/v1/cases/similar': ['operator', 'secretariat', 'admin'],
  'GET /api/v1/cases/:id/similar': ['operator', 'secretariat', 'admin'],
  'POST /api/v1/cases/:id/merge': ['secretariat', 'admin'],
  'POST /api/v1/voter-meetings': ['operator', 'secretariat', 'admin'],
  'GET /api/v1/voter-meetings': ['operator', 'secretariat', 'council_member', 'admin'],
  'GET /api/v1/voter-meetings/:id': ['operator', 'secretariat', 'council_member', 'admin'],
  'POST /api/v1/voter-meetings/:id/petitions': ['operator', 'secretariat', 'admin'],
  'POST /api/v1/voter-meetings/:id/imports': ['operator', 'secretariat', 'admin'],
  'GET /api/v1/voter-meetings/:id/imports/:importId': ['operator', 'secretariat', 'admin'],
  'POST /api/v1/receptions': ['operator', 'secretariat', 'admin'],
  'GET /api/v1/receptions': ['operator', 'secretariat', 'admin'],
  'GET /api/v1/receptions/:id': ['operator', 'secretariat', 'admin'],
  'GET /api/v1/receptions/register': ['operator', 'secretariat', 'admin'],
  'GET /api/v1/pakn/inbox': ['secretariat', 'admin'],
  'GET /api/v1/reports/statutory/:form': ['secretariat', 'council_member', 'admin'],
  'GET /api/v1/reports/hotspots': ['secretariat', 'council_member', 'admin'],
  'GET /open311/v2/discovery.:format': EVERYONE,
  'GET /open311/v2/services.:format': EVERYONE,
  'GET /open311/v2/services/:code.:format': EVERYONE,
  'POST /open311/v2/requests.:format': EVERYONE,
  'GET /open311/v2/requests.:format': EVERYONE,
  'GET /open311/v2/requests/:id.:format': EVERYONE,
  'GET /open311/v2/tokens/:token.:format': EVERYONE,
  'GET /open311/v2/servicerequestupdates.:format': EVERYONE,
  'POST /api/v1/admin/open311-clients': ['admin'],
  'GET /api/v1/admin/open311-clients': ['admin'],
  'DELETE /api/v1/admin/open311-clients/:id': ['admin'],
  'GET /api/v1/admin/agencies': ['secretariat', 'admin'],
  'POST /api/v1/admin/agencies': ['admin'],
  'PATCH /api/v1/admin/agencies/:id': ['admin'],
  'GET /api/v1/admin/areas': ['secretariat', 'admin'],
  'POST /api/v1/admin/areas': ['admin'],
  'PATCH /api/v1/admin/areas/:id': ['admin'],
  'POST /api/v1/admin/areas/boundaries': ['admin'],
  'PUT /api/v1/admin/areas/:id/boundary': ['admin'],
  'GET /api/v1/admin/categories': ['secretariat', 'admin'],
  'POST /api/v1/admin/categories': ['admin'],
  'PATCH /api/v1/admin/categories/:id': ['admin'],
  'GET /api/v1/admin/routing-rules': ['secretariat', 'admin'],
  'POST /api/v1/admin/routing-rules': ['admin'],
  'PATCH /api/v1/admin/routing-rules/:id': ['admin'],
  'GET /api/v1/admin/audit': ['admin'],
  'POST /api/v1/admin/retention/run': ['admin'],
  'GET /api/v1/admin/dead-letters': ['admin'],
  'GET /api/v1/admin/dead-letters/:queue/:id': ['admin'],
  'POST /api/v1/admin/dead-letters/:queue/:id/redrive': ['admin'],
  'GET /api/v1/privacy/notice': EVERYONE,
  'GET /api/v1/admin/privacy-notices': ['admin'],
  'POST /api/v1/admin/privacy-notices': ['admin'],
  'POST /api/v1/privacy/codes': EVERYONE,
  'POST /api/v1/privacy/requests': EVERYONE,
  'GET /api/v1/privacy/requests/:id': EVERYONE,
  'GET /api/v1/privacy/requests/:id/export': EVERYONE,
  'POST /api/v1/admin/privacy-requests': ['operator', 'secretariat', 'admin'],
  'GET /api/v1/admin/privacy-requests': ['admin'],
  'GET /api/v1/admin/privacy-requests/:id': ['admin'],
  'POST /api/v1/admin/privacy-requests/:id/acknowledge': ['admin'],
  'POST /api/v1/admin/privacy-requests/:id/complete': ['admin'],
  'GET /api/v1/admin/privacy-requests/:id/export': ['admin'],
  'POST /api/v1/breaches': STAFF,
  'GET /api/v1/admin/breaches': ['admin'],
  'GET /api/v1/admin/breaches/:id': ['admin'],
  'POST /api/v1/admin/breaches/:id/entries': ['admin'],
  'POST /api/v1/admin/privacy/scan': ['admin'],
  'GET /api/v1/admin/processing-record': ['admin'],
  'POST /api/v1/cases/:id/approve': [...AGENCY, 'admin'],
  'POST /api/v1/cases/:id/send-back': [...AGENCY, 'admin'],
  'POST /api/v1/cases/:id/return-answer': ['secretariat', 'admin'],
  'GET /api/v1/cases/:id/publication': ['secretariat', 'admin'],
  'PUT /api/v1/cases/:id/publication': ['secretariat', 'admin'],
  'GET /api/v1/public/attachments/:attachmentId': EVERYONE,
  'GET /api/v1/public/attachments/:attachmentId/thumbnail': EVERYONE,
  'GET /api/v1/answer-templates': [...AGENCY, 'secretariat', 'admin'],
  'POST /api/v1/answer-templates': ['secretariat', 'admin'],
  'PATCH /api/v1/answer-templates/:id': ['secretariat', 'admin'],
  'DELETE /api/v1/answer-templates/:id': ['secretariat', 'admin'],
  'GET /api/v1/cases/:id/answer-templates': [...AGENCY, 'secretariat', 'admin'],
  'POST /api/v1/cases/:id/answer-check': [...AGENCY, 'admin'],
  'GET /api/v1/admin/answer-approval': ['secretariat', 'admin'],
  'PUT /api/v1/admin/answer-approval': ['admin'],
};

/** Parameters that exist nowhere: an allowed caller gets 400/404, never a change; a refused one gets 401/403 first. */
const fill = (path: string) =>
  path
    .replace(':trackingCode', 'HN-2026-999999')
    .replace(':queue', 'route-case')
    .replace(':date', '2026-12-31')
    .replace(/:[a-zA-Z]+/g, () => randomUUID());

describe('access matrix: every route, every role', () => {
  let platform: TestPlatform;
  let routes: Route[];
  const tokens = new Map<Who, string>();
  /** "My cases" routes answer 401 without a session of their own (X-My-Cases-Token), whoever calls: each call sends one. */
  let myCasesToken = '';

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
    routes = listRoutes(platform);
    for (const [who, [email, password]] of ROLE_LOGINS) tokens.set(who, await platform.login(email, password));
    const email = 'access.matrix@example.com';
    expect((await platform.request('POST', '/api/v1/cases', makeCaseInput({ citizen: { name: 'Lê Văn Tư', email } }))).status).toBe(201);
    expect((await platform.request('POST', '/api/v1/my-cases/codes', { contactKind: 'email', contact: email })).status).toBe(202);
    const mail = await platform.smtp.waitForMail((m) => m.to.includes(email), 'the my-cases code');
    const session = await platform.request<{ token: string }>('POST', '/api/v1/my-cases/sessions', {
      contactKind: 'email',
      contact: email,
      code: /là: (\d{6})/.exec(mail.text)![1],
    });
    myCasesToken = session.body.token;
  });
  afterAll(() => platform.stop());

  it('finds every route with a declared policy, and each in the expected table', () => {
    expect(routes.length).toBeGreaterThan(60);
    expect(routes.filter((r) => !r.policy).map((r) => `${r.method} ${r.path}`)).toEqual([]);
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(keys.filter((k) => !(k in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('allows and refuses each role exactly as the table says', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const allowed = EXPECTED[key] ?? [];
      for (const who of EVERYONE) {
        // Signing out would end the session the other routes use: that route gets a session of its own.
        const token =
          who === 'anonymous' ? undefined : key === 'POST /api/v1/auth/logout' ? await platform.login(...loginOf(who)) : tokens.get(who);
        const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined;
        const headers: Record<string, string> = route.path.startsWith('/api/v1/my-cases') ? { 'x-my-cases-token': myCasesToken } : {};
        const res = await platform.request<{ message?: string }>(route.method, fill(route.path), body, token, headers);
        const refusedByPolicy = res.status === 401 || (res.status === 403 && /may not do this|Sign in/.test(res.body?.message ?? ''));
        if (allowed.includes(who) === refusedByPolicy) mismatches.push(`${key} as ${who}: ${res.status} ${res.body?.message ?? ''}`);
        if (res.status >= 500) mismatches.push(`${key} as ${who}: ${res.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  const loginOf = (who: Exclude<Who, 'anonymous'>): readonly [string, string] => ROLE_LOGINS.find(([role]) => role === who)![1];
});
