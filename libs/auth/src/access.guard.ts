import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Reflector } from '@nestjs/core';
import { AppConfig } from '@hotline/config';
import { Actor } from '@hotline/contracts';
import { ACCESS_POLICY, AccessPolicy, ForbiddenError, UnauthorizedError } from '@hotline/platform';
import { abilityFor } from './policy/abilities';
import { ResolvedSession, SESSION_COOKIE, SessionService } from './sessions/session.service';

interface GuardedRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
  actor?: Actor;
  session?: ResolvedSession;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CSRF_REFUSAL = 'Missing or wrong X-CSRF-Token header (the csrfToken from sign-in or GET /api/v1/auth/me)';

/**
 * Whether a request carries what CSRF protection asks of it: a cookie-borne session must send its X-CSRF-Token on
 * unsafe methods (another site's page can make the browser send the cookie, never the header); a bearer client need
 * not, as a browser never adds an Authorization header by itself. The API's guard and the queue dashboard both ask here.
 */
export function passesCsrfCheck(
  sessions: SessionService,
  sessionId: string,
  via: 'bearer' | 'cookie',
  request: Pick<GuardedRequest, 'method' | 'headers'>,
  headers: readonly string[] = ['x-csrf-token'],
): boolean {
  if (via === 'bearer' || SAFE_METHODS.has(request.method)) return true;
  return headers.some((name) => {
    const presented = request.headers[name];
    return sessions.csrfTokenMatches(sessionId, typeof presented === 'string' ? presented : undefined);
  });
}

/** The session token of a request: the bearer token of an API client, or the web UI's httpOnly cookie. */
export function credentialOf(request: Pick<GuardedRequest, 'headers' | 'cookies'>): { token: string; via: 'bearer' | 'cookie' } | null {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.length > 0) {
    const [scheme, token] = header.split(' ');
    return scheme === 'Bearer' && token ? { token, via: 'bearer' } : null;
  }
  const cookie = request.cookies?.[SESSION_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/**
 * Applied to every route. A route without a declared policy is refused (forgetting the decorator fails closed). The
 * policy's (action, subject) is looked up in the one ability table: anonymous first, so public routes need no sign-in,
 * then the signed-in user's role. A session still owing its second factor, or whose password an administrator reset,
 * reaches only the routes that say so. Cookie-borne sessions must send the X-CSRF-Token header on unsafe methods.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    if (!policy) throw new ForbiddenError('This route declares no access policy');
    if (abilityFor(null).can(policy.action, policy.subject)) return true;

    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const credential = credentialOf(request);
    if (policy.metricsToken && credential?.via === 'bearer' && this.isMetricsToken(credential.token)) return true;
    if (!credential) {
      throw new UnauthorizedError(
        policy.metricsToken
          ? 'Send Authorization: Bearer <METRICS_TOKEN>, or sign in as an administrator'
          : 'Sign in: send Authorization: Bearer <token> or the session cookie',
      );
    }
    const session = await this.sessions.resolve(credential.token);
    if (!session) throw new UnauthorizedError('The session is invalid, has expired or was ended; sign in again');
    if (!passesCsrfCheck(this.sessions, session.id, credential.via, request)) throw new ForbiddenError(CSRF_REFUSAL);
    if (session.secondFactorPending && !policy.beforeSecondFactor) {
      throw new ForbiddenError('Set up the second factor first: POST /api/v1/auth/totp/setup, then /api/v1/auth/totp/enable');
    }
    if (session.mustChangePassword && !policy.beforePasswordChange) {
      throw new ForbiddenError('Choose a new password first: POST /api/v1/auth/password');
    }
    const { actor } = session;
    if (!abilityFor(actor.role).can(policy.action, policy.subject)) throw new ForbiddenError(`A ${actor.role} may not do this`);
    request.actor = actor;
    request.session = session;
    return true;
  }

  /** Compared as digests, in constant time, so neither the token nor its length leaks through timing. */
  private isMetricsToken(presented: string): boolean {
    const expected = this.config.security.metricsToken;
    if (!expected) return false;
    const digest = (value: string) => createHash('sha256').update(value).digest();
    return timingSafeEqual(digest(presented), digest(expected));
  }
}
