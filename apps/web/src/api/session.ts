/**
 * Staff sign-in, in one place. The contract is the session cookie (`hotline_session`, httpOnly) with a CSRF token
 * sent on every unsafe request; the CSRF token and the user are kept in sessionStorage so a reload restores them
 * (GET /auth/me confirms the cookie).
 *
 * Bridge for the API that only has bearer tokens today: the access token is also kept in sessionStorage and sent as
 * `Authorization: Bearer`, and the stored user stands in while /auth/me does not exist (404). Drop the lines marked
 * BEARER once every API answers /auth/me.
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
const BEARER_KEY = 'hotline.accessToken'; // BEARER

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const store = () => (typeof sessionStorage === 'undefined' ? null : sessionStorage);

export function storedUser(): StaffUser | null {
  const raw = store()?.getItem(USER_KEY);
  return raw ? (JSON.parse(raw) as StaffUser) : null;
}

/** Headers every API request carries: the CSRF token on unsafe methods, and the bearer token while it exists. */
export function authHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const csrf = store()?.getItem(CSRF_KEY);
  if (csrf && UNSAFE.has(method.toUpperCase())) headers['X-CSRF-Token'] = csrf;
  const bearer = store()?.getItem(BEARER_KEY); // BEARER
  if (bearer) headers.Authorization = `Bearer ${bearer}`; // BEARER
  return headers;
}

export function remember(result: { user: StaffUser; csrfToken?: string; accessToken?: string }): void {
  const s = store();
  if (!s) return;
  s.setItem(USER_KEY, JSON.stringify(result.user));
  if (result.csrfToken) s.setItem(CSRF_KEY, result.csrfToken);
  if (result.accessToken) s.setItem(BEARER_KEY, result.accessToken); // BEARER
}

export function forget(): void {
  const s = store();
  s?.removeItem(USER_KEY);
  s?.removeItem(CSRF_KEY);
  s?.removeItem(BEARER_KEY); // BEARER
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
  remember({ user: body.user, csrfToken: body.csrfToken, accessToken: body.accessToken });
  return body.user;
}

/** The signed-in user after a reload: the cookie's, else (BEARER) the one stored with a token. */
export async function restore(): Promise<StaffUser | null> {
  const res = await fetch('/api/v1/auth/me', { credentials: 'same-origin', headers: authHeaders('GET') });
  if (res.ok) {
    const body = (await res.json()) as { user: StaffUser; csrfToken?: string };
    remember(body);
    return body.user;
  }
  if (res.status === 404 && store()?.getItem(BEARER_KEY)) return storedUser(); // BEARER
  forget();
  return null;
}

export async function logout(): Promise<void> {
  await fetch('/api/v1/auth/logout', { method: 'POST', credentials: 'same-origin', headers: authHeaders('POST') }).catch(() => undefined);
  forget();
}
