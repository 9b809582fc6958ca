import { totpCode } from '@hotline/auth';
import { makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface LoginResult {
  accessToken: string;
  csrfToken: string;
  secondFactor: 'enroll' | null;
  mustChangePassword: boolean;
  user: { id: string; role: string; totpEnabled: boolean };
}
interface Raw {
  status: number;
  headers: Headers;
  body: { message?: string; details?: { field: string }[]; [k: string]: unknown };
}

describe('staff sessions: cookie and bearer, CSRF, logout, expiry, password change and reset, TOTP', () => {
  let platform: TestPlatform;
  let admin: string;

  /** A raw call, so a test can send cookies and CSRF headers itself. */
  async function call(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Raw> {
    const res = await fetch(platform.baseUrl + path, {
      method,
      headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} };
  }
  const login = async (email: string, password: string, totp?: string) =>
    call('POST', '/api/v1/auth/login', { body: { email, password, ...(totp ? { totp } : {}) } });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  async function newUser(role: string, email: string, extra: Record<string, unknown> = {}): Promise<{ id: string; password: string }> {
    const password = 'Mật khẩu-riêng-2026';
    const res = await platform.request<{ user: { id: string } }>(
      'POST',
      '/api/v1/admin/users',
      { email, fullName: 'Người dùng thử', role, password, ...extra },
      admin,
    );
    expect(res.status).toBe(201);
    return { id: res.body.user.id, password };
  }

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false, env: { REQUIRE_TOTP_FOR: 'secretariat' } });
    admin = await platform.login(...USERS.admin);
  });
  afterAll(() => platform.stop());

  it('sets an httpOnly SameSite=Strict cookie that works alone for reads and needs X-CSRF-Token for changes', async () => {
    const res = await login(...USERS.operator);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^hotline_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const jar = { cookie: cookie.split(';')[0] };
    const me = await call('GET', '/api/v1/auth/me', { headers: jar });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      user: { email: USERS.operator[0], role: 'operator' },
      csrfToken: (res.body as unknown as LoginResult).csrfToken,
    });

    const intake = makeCaseInput({ channel: 'hotline' });
    const noCsrf = await call('POST', '/api/v1/hotline/cases', { body: intake, headers: jar });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.message).toMatch(/X-CSRF-Token/);
    const wrongCsrf = await call('POST', '/api/v1/hotline/cases', { body: intake, headers: { ...jar, 'x-csrf-token': 'x'.repeat(43) } });
    expect(wrongCsrf.status).toBe(403);
    const withCsrf = await call('POST', '/api/v1/hotline/cases', {
      body: intake,
      headers: { ...jar, 'x-csrf-token': me.body.csrfToken as string },
    });
    expect(withCsrf.status).toBe(201);
    // A bearer client needs no CSRF token: a browser never adds an Authorization header by itself.
    const viaBearer = await call('POST', '/api/v1/hotline/cases', {
      body: makeCaseInput({ channel: 'hotline' }),
      headers: bearer((res.body as unknown as LoginResult).accessToken),
    });
    expect(viaBearer.status).toBe(201);
  });

  it('ends a session at logout, at its idle limit and at its absolute expiry', async () => {
    const first = (await login(...USERS.council)).body as unknown as LoginResult;
    expect((await call('POST', '/api/v1/auth/logout', { headers: bearer(first.accessToken) })).status).toBe(204);
    expect((await call('GET', '/api/v1/auth/me', { headers: bearer(first.accessToken) })).status).toBe(401);

    const idle = (await login(...USERS.council)).body as unknown as LoginResult;
    const expired = (await login(...USERS.council)).body as unknown as LoginResult;
    const live = (await login(...USERS.council)).body as unknown as LoginResult;
    const sessions = await call('GET', '/api/v1/auth/sessions', { headers: bearer(live.accessToken) });
    expect((sessions.body as unknown as { id: string }[]).length).toBe(3);
    const ids = sessions.body as unknown as { id: string; current: boolean }[];
    const [idleId, expiredId] = await Promise.all(
      [idle, expired].map(async (s) => (await call('GET', '/api/v1/auth/me', { headers: bearer(s.accessToken) })).body.sessionId as string),
    );
    await platform.db.dataSource.query(`UPDATE user_sessions SET last_seen_at = now() - interval '2 hours' WHERE id = $1`, [idleId]);
    await platform.db.dataSource.query(`UPDATE user_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiredId]);
    expect((await call('GET', '/api/v1/auth/me', { headers: bearer(idle.accessToken) })).status).toBe(401);
    expect((await call('GET', '/api/v1/auth/me', { headers: bearer(expired.accessToken) })).status).toBe(401);
    expect((await call('GET', '/api/v1/auth/me', { headers: bearer(live.accessToken) })).status).toBe(200);
    expect(ids.filter((s) => s.current)).toHaveLength(1);
  });

  it('changing the password ends every other session and checks the current one', async () => {
    const user = await newUser('operator', 'doi.matkhau@hotline.example.vn');
    const a = ((await login('doi.matkhau@hotline.example.vn', user.password)).body as unknown as LoginResult).accessToken;
    const b = ((await login('doi.matkhau@hotline.example.vn', user.password)).body as unknown as LoginResult).accessToken;
    const wrong = await call('POST', '/api/v1/auth/password', {
      body: { currentPassword: 'sai-mat-khau-1', newPassword: 'Mật khẩu mới 2027' },
      headers: bearer(a),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details?.[0].field).toBe('currentPassword');
    expect(wrong.body.code).toBe('wrong_current_password');
    const weak = await call('POST', '/api/v1/auth/password', {
      body: { currentPassword: user.password, newPassword: 'short' },
      headers: bearer(a),
    });
    expect(weak.status).toBe(400);
    expect(weak.body.details?.[0].field).toBe('newPassword');
    expect(
      (
        await call('POST', '/api/v1/auth/password', {
          body: { currentPassword: user.password, newPassword: 'Mật khẩu mới 2027' },
          headers: bearer(a),
        })
      ).status,
    ).toBe(204);
    expect((await call('GET', '/api/v1/auth/me', { headers: bearer(a) })).status).toBe(200);
    expect((await call('GET', '/api/v1/auth/me', { headers: bearer(b) })).status).toBe(401);
    expect((await login('doi.matkhau@hotline.example.vn', user.password)).status).toBe(401);
    expect((await login('doi.matkhau@hotline.example.vn', 'Mật khẩu mới 2027')).status).toBe(200);
  });

  it('an administrator’s reset ends the sessions and forces a new password before anything else', async () => {
    const user = await newUser('operator', 'quen.matkhau@hotline.example.vn');
    const old = ((await login('quen.matkhau@hotline.example.vn', user.password)).body as unknown as LoginResult).accessToken;
    const reset = await platform.request<{ temporaryPassword: string; sessionsEnded: number }>(
      'POST',
      `/api/v1/admin/users/${user.id}/reset-password`,
      undefined,
      admin,
    );
    expect(reset.status).toBe(200);
    expect(reset.body.sessionsEnded).toBe(1);
    expect((await call('GET', '/api/v1/auth/me', { headers: bearer(old) })).status).toBe(401);

    const signedIn = (await login('quen.matkhau@hotline.example.vn', reset.body.temporaryPassword)).body as unknown as LoginResult;
    expect(signedIn.mustChangePassword).toBe(true);
    const blocked = await call('GET', '/api/v1/cases', { headers: bearer(signedIn.accessToken) });
    expect(blocked.status).toBe(403);
    expect(blocked.body.message).toMatch(/new password/);
    const changed = await call('POST', '/api/v1/auth/password', {
      body: { currentPassword: reset.body.temporaryPassword, newPassword: 'Mật khẩu của tôi 99' },
      headers: bearer(signedIn.accessToken),
    });
    expect(changed.status).toBe(204);
    expect((await call('GET', '/api/v1/cases', { headers: bearer(signedIn.accessToken) })).status).toBe(200);
    const audit = await platform.request<{ items: { action: string }[] }>(
      'GET',
      `/api/v1/admin/audit?targetType=user&targetId=${user.id}`,
      undefined,
      admin,
    );
    expect(audit.body.items.map((i) => i.action)).toEqual(
      expect.arrayContaining(['user.created', 'auth.password_reset', 'auth.password_changed']),
    );
  });

  it('a role that must use TOTP enrols before anything else, then signs in with a code that works once', async () => {
    const user = await newUser('secretariat', 'vanphong2@hotline.example.vn');
    const first = (await login('vanphong2@hotline.example.vn', user.password)).body as unknown as LoginResult;
    expect(first.secondFactor).toBe('enroll');
    expect((await call('GET', '/api/v1/cases', { headers: bearer(first.accessToken) })).status).toBe(403);

    const setup = await call('POST', '/api/v1/auth/totp/setup', { headers: bearer(first.accessToken) });
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    const secret = setup.body.secret as string;
    expect((await call('POST', '/api/v1/auth/totp/enable', { body: { code: '000000' }, headers: bearer(first.accessToken) })).status).toBe(
      400,
    );
    const code = await totpCode(secret, new Date());
    expect((await call('POST', '/api/v1/auth/totp/enable', { body: { code }, headers: bearer(first.accessToken) })).status).toBe(204);
    expect((await call('GET', '/api/v1/cases', { headers: bearer(first.accessToken) })).status).toBe(200);

    const noCode = await login('vanphong2@hotline.example.vn', user.password);
    expect(noCode.status).toBe(401);
    expect(noCode.body.details?.[0].field).toBe('totp');
    // The code used to enable it is spent; the next step's code is good once.
    expect((await login('vanphong2@hotline.example.vn', user.password, code)).status).toBe(401);
    const next = await totpCode(secret, new Date(Date.now() + 30_000));
    const withCode = await login('vanphong2@hotline.example.vn', user.password, next);
    expect(withCode.status).toBe(200);
    expect((withCode.body as unknown as LoginResult).secondFactor).toBeNull();
    expect((await login('vanphong2@hotline.example.vn', user.password, next)).status).toBe(401);

    // A lost phone: the administrator resets the second factor, the sessions end and enrolment starts again.
    const reset = await platform.request<{ sessionsEnded: number }>('POST', `/api/v1/admin/users/${user.id}/reset-totp`, undefined, admin);
    expect(reset.body.sessionsEnded).toBeGreaterThanOrEqual(2);
    expect(((await login('vanphong2@hotline.example.vn', user.password)).body as unknown as LoginResult).secondFactor).toBe('enroll');
  });

  it('turning the second factor on ends every other session of the user', async () => {
    const user = await newUser('operator', 'bat.totp@hotline.example.vn');
    const here = ((await login('bat.totp@hotline.example.vn', user.password)).body as unknown as LoginResult).accessToken;
    const elsewhere = ((await login('bat.totp@hotline.example.vn', user.password)).body as unknown as LoginResult).accessToken;
    const setup = await call('POST', '/api/v1/auth/totp/setup', { headers: bearer(here) });
    const code = await totpCode(setup.body.secret as string, new Date());
    expect((await call('POST', '/api/v1/auth/totp/enable', { body: { code }, headers: bearer(here) })).status).toBe(204);
    expect((await call('GET', '/api/v1/auth/me', { headers: bearer(here) })).status).toBe(200);
    expect((await call('GET', '/api/v1/auth/me', { headers: bearer(elsewhere) })).status).toBe(401);
    const audit = await platform.request<{ items: { action: string; data: Record<string, unknown> }[] }>(
      'GET',
      `/api/v1/admin/audit?targetType=user&targetId=${user.id}&action=auth.totp_enabled`,
      undefined,
      admin,
    );
    expect(audit.body.items[0].data).toMatchObject({ otherSessionsEnded: 1 });
  });

  it('signs in from JSON only: a form post (login CSRF) is refused with 415', async () => {
    const [email, password] = USERS.operator;
    const form = new URLSearchParams({ email, password });
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', form.toString()],
      ['text/plain', JSON.stringify({ email, password })],
      ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="email"\r\n\r\n${email}\r\n--x--\r\n`],
    ] as const) {
      const res = await fetch(`${platform.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': type }, body });
      expect({ type, status: res.status, cookie: res.headers.get('set-cookie') }).toEqual({ type, status: 415, cookie: null });
      expect(await res.json()).toMatchObject({ statusCode: 415, message: expect.any(String), details: [{ field: 'body' }] });
    }
  });

  it('answers sign-in, me, sessions and logout with Cache-Control: no-store', async () => {
    const signedIn = await login(...USERS.operator);
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
    const { accessToken } = signedIn.body as unknown as LoginResult;
    const failed = await login(USERS.operator[0], 'Sai-Mat-Khau#1');
    expect(failed.headers.get('cache-control')).toBe('no-store');
    for (const path of ['/api/v1/auth/me', '/api/v1/auth/sessions']) {
      expect((await call('GET', path, { headers: bearer(accessToken) })).headers.get('cache-control')).toBe('no-store');
    }
    expect((await call('POST', '/api/v1/auth/logout', { headers: bearer(accessToken) })).headers.get('cache-control')).toBe('no-store');
  });

  it('deactivating a user ends their sessions at once and refuses their sign-in', async () => {
    const user = await newUser('operator', 'nghi.viec@hotline.example.vn');
    const token = ((await login('nghi.viec@hotline.example.vn', user.password)).body as unknown as LoginResult).accessToken;
    const res = await platform.request('PATCH', `/api/v1/admin/users/${user.id}`, { active: false }, admin);
    expect(res.status).toBe(200);
    expect((await call('GET', '/api/v1/auth/me', { headers: bearer(token) })).status).toBe(401);
    expect((await login('nghi.viec@hotline.example.vn', user.password)).status).toBe(401);
    const bad = await platform.request<{ details: { field: string }[] }>(
      'POST',
      '/api/v1/admin/users',
      { email: 'x@hotline.example.vn', fullName: 'X Y', role: 'agency_officer', password: 'Mật khẩu-riêng-2026' },
      admin,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('agencyId');
  });
});

describe('agency scope: a head sees the sub-units when configured, an officer only their own agency', () => {
  let platform: TestPlatform;
  afterEach(() => platform.stop());

  async function scenario(env: Record<string, string>): Promise<{ head: string[]; officer: string[]; ward: string; sxd: string }> {
    platform = await newPlatform().start({ env });
    const [secretariat, head, officer] = await Promise.all([
      platform.login(...USERS.secretariat),
      platform.login(...USERS.head),
      platform.login(...USERS.officerHoanKiem),
    ]);
    const ward = (
      await platform.request<{ id: string }>(
        'POST',
        '/api/v1/cases',
        makeCaseInput({ categoryCode: 'XAY-DUNG.TRAT-TU', areaCode: 'HN-HOANKIEM' }),
      )
    ).body.id;
    const sxd = (await platform.request<{ id: string }>('POST', '/api/v1/cases', makeCaseInput({}))).body.id;
    for (const id of [ward, sxd]) {
      await waitFor(
        async () =>
          (await platform.request<{ status: string }>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body.status === 'routed',
        'routing',
      );
    }
    const ids = async (token: string) =>
      (await platform.request<{ items: { id: string }[] }>('GET', '/api/v1/cases', undefined, token)).body.items.map((c) => c.id);
    return { head: await ids(head), officer: await ids(officer), ward, sxd };
  }

  it('AGENCY_SUBUNIT_SCOPE=heads (default): the city committee’s head sees the ward’s and the department’s cases', async () => {
    const s = await scenario({});
    expect(s.head).toEqual(expect.arrayContaining([s.ward, s.sxd]));
    expect(s.officer).toEqual([s.ward]);
  });

  it('AGENCY_SUBUNIT_SCOPE=none: the head sees only the committee’s own cases', async () => {
    const s = await scenario({ AGENCY_SUBUNIT_SCOPE: 'none' });
    expect(s.head).toEqual([]);
    expect(s.officer).toEqual([s.ward]);
  });
});
