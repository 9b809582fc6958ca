import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { Actor, Role } from '@hotline/contracts';
import { ACCESS_POLICY, AccessPolicy, ForbiddenError, UnauthorizedError } from '@hotline/platform';

export interface TokenClaims {
  sub: string;
  role: Role;
  agencyId: string | null;
}

/**
 * Applied to every route. A route without a declared policy is refused: forgetting the decorator fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    if (!policy) throw new ForbiddenError('This route declares no access policy');
    if (policy.public) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const header = request.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedError('Sign in: send Authorization: Bearer <token>');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthorizedError('The token is invalid or has expired; sign in again');
    }
    if (!policy.roles.includes(claims.role)) throw new ForbiddenError(`A ${claims.role} may not do this`);
    request.actor = { type: 'staff', userId: claims.sub, role: claims.role, agencyId: claims.agencyId };
    return true;
  }
}
