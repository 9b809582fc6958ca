/**
 * Staff sign-in, in one place. The session is the httpOnly cookie `hotline_session`, which scripts never see; the
 * CSRF token is sent on every unsafe request. The CSRF token and the user are kept in sessionStorage, and GET
 * /auth/me restores both from the cookie after a reload. The bearer token of the sign-in answer is not kept.
 */
export interface StaffUser {
  id: string;
  email: string;
  fullName: string;
  role: string;
  agencyId: string | null;
}

const CSRF_KEY = 'hotline.csrfToken';
const USER_KEY = 'hotline.user';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const store = () => (typeof sessionStorage === 'undefined' ? null : sessionStorage);

export function storedUser(): StaffUser | null {
  const raw = store()?.getItem(USER_KEY);
  return raw ? (JSON.parse(raw) as StaffUser) : null;
}

/** Headers every API request carries: the CSRF token on unsafe methods. */
export function authHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const csrf = store()?.getItem(CSRF_KEY);
  if (csrf && UNSAFE.has(method.toUpperCase())) headers['X-CSRF-Token'] = csrf;
  return headers;
}

export function remember(result: { user: StaffUser; csrfToken?: string }): void {
  const s = store();
  if (!s) return;
  s.setItem(USER_KEY, JSON.stringify(result.user));
  if (result.csrfToken) s.setItem(CSRF_KEY, result.csrfToken);
}

export function forget(): void {
  const s = store();
  s?.removeItem(USER_KEY);
  s?.removeItem(CSRF_KEY);
}

export class LoginError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export async function login(email: string, password: string, totp?: string): Promise<StaffUser> {
  const res = await fetch('/api/v1/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(totp ? { email, password, totp } : { email, password }),
  });
  const body = (await res.json().catch(() => ({}))) as { user?: StaffUser; csrfToken?: string; accessToken?: string; message?: string };
  if (!res.ok || !body.user) {
    const retry = Number(res.headers.get('retry-after')) || undefined;
    throw new LoginError(res.status, body.message ?? res.statusText, retry);
  }
  forget();
  remember({ user: body.user, csrfToken: body.csrfToken });
  return body.user;
}

/** The signed-in user after a reload, from the cookie's session. */
export async function restore(): Promise<StaffUser | null> {
  const res = await fetch('/api/v1/auth/me', { credentials: 'same-origin', headers: authHeaders('GET') });
  if (res.ok) {
    const body = (await res.json()) as { user: StaffUser; csrfToken?: string };
    remember(body);
    return body.user;
  }
  forget();
  return null;
}

export async function logout(): Promise<void> {
  await fetch('/api/v1/auth/logout', { method: 'POST', credentials: 'same-origin', headers: authHeaders('POST') }).catch(() => undefined);
  forget();
}
