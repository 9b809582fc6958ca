/**
 * Staff sign-in, in one place. The session is the httpOnly cookie `hotline_session`, which scripts never see; the
 * CSRF token is sent on every unsafe request. The CSRF token and the user are kept in sessionStorage, and GET
 * /auth/me restores both from the cookie after a reload. The bearer token of the sign-in answer is not kept.
 */
import type { components } from './schema';

export type StaffUser = components['schemas']['SessionUserDto'];
type LoginResult = components['schemas']['LoginResultDto'];

/** What the session still waits for before the user may work: a TOTP enrolment, then a new password. */
export type Pending = Pick<LoginResult, 'secondFactor' | 'mustChangePassword'>;

export const NOTHING_PENDING: Pending = { secondFactor: null, mustChangePassword: false };

const CSRF_KEY = 'hotline.csrfToken';
const USER_KEY = 'hotline.user';
const PENDING_KEY = 'hotline.pending';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const store = () => (typeof sessionStorage === 'undefined' ? null : sessionStorage);

export function storedUser(): StaffUser | null {
  const raw = store()?.getItem(USER_KEY);
  return raw ? (JSON.parse(raw) as StaffUser) : null;
}

export function storedPending(): Pending {
  const raw = store()?.getItem(PENDING_KEY);
  return raw ? (JSON.parse(raw) as Pending) : NOTHING_PENDING;
}

export function rememberPending(pending: Pending): void {
  store()?.setItem(
    PENDING_KEY,
    JSON.stringify({ secondFactor: pending.secondFactor ?? null, mustChangePassword: Boolean(pending.mustChangePassword) }),
  );
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
  s?.removeItem(PENDING_KEY);
}

export class LoginError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterSeconds?: number,
    readonly details: { field: string; message: string }[] = [],
  ) {
    super(message);
  }

  /** The API asks for the second-factor code (401 with a `totp` field), or refused the one sent. */
  get wantsTotp(): boolean {
    return this.details.some((d) => d.field === 'totp');
  }
}

export interface SignedIn {
  user: StaffUser;
  pending: Pending;
}

export async function login(email: string, password: string, totp?: string): Promise<SignedIn> {
  const res = await fetch('/api/v1/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(totp ? { email, password, totp } : { email, password }),
  });
  const body = (await res.json().catch(() => ({}))) as Partial<LoginResult> & {
    message?: string;
    details?: { field: string; message: string }[];
  };
  if (!res.ok || !body.user) {
    const retry = Number(res.headers.get('retry-after')) || undefined;
    throw new LoginError(res.status, body.message ?? res.statusText, retry, body.details ?? []);
  }
  forget();
  remember({ user: body.user, csrfToken: body.csrfToken });
  const pending: Pending = { secondFactor: body.secondFactor ?? null, mustChangePassword: Boolean(body.mustChangePassword) };
  rememberPending(pending);
  return { user: body.user, pending };
}

/** The signed-in user after a reload, from the cookie's session. */
export async function restore(): Promise<SignedIn | null> {
  const res = await fetch('/api/v1/auth/me', { credentials: 'same-origin', headers: authHeaders('GET') });
  if (res.ok) {
    const body = (await res.json()) as components['schemas']['MeDto'];
    remember(body);
    const pending: Pending = { secondFactor: body.secondFactor ?? null, mustChangePassword: Boolean(body.mustChangePassword) };
    rememberPending(pending);
    return { user: body.user, pending };
  }
  forget();
  return null;
}

export async function logout(): Promise<void> {
  await fetch('/api/v1/auth/logout', { method: 'POST', credentials: 'same-origin', headers: authHeaders('POST') }).catch(() => undefined);
  forget();
}
