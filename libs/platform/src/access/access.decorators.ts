import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { Actor, Role } from '@hotline/contracts';

export const ACCESS_POLICY = 'hotline:access-policy';

export type AccessPolicy = { public: true } | { public: false; roles: readonly Role[] };

/** Anyone may call this route. */
export const Public = () => SetMetadata(ACCESS_POLICY, { public: true } satisfies AccessPolicy);

/** Signed-in staff with one of these roles may call this route; what they may see is scoped further by the service. */
export const StaffOnly = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ACCESS_POLICY, { public: false, roles } satisfies AccessPolicy), ApiBearerAuth());

export const ALL_STAFF: readonly Role[] = Object.values(Role);

/** The actor of the request: the signed-in staff member, or the anonymous public. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<{ actor?: Actor }>();
  return request.actor ?? { type: 'citizen' };
});
