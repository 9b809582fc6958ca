import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth } from '@nestjs/swagger';
import { Actor, PolicyAction, PolicySubject } from '@hotline/contracts';

export const ACCESS_POLICY = 'hotline:access-policy';

export interface AccessPolicy {
  action: PolicyAction;
  subject: PolicySubject;
  /** Also while the session still owes its second factor (TOTP set-up and the session's own routes). */
  beforeSecondFactor?: boolean;
  /** Also while an administrator's reset obliges the user to choose a new password. */
  beforePasswordChange?: boolean;
  /** Also to a bearer of METRICS_TOKEN (a Prometheus server), besides the roles the ability table allows. */
  metricsToken?: boolean;
}

/**
 * The route's policy: the action it performs on the subject. Who may perform it is the one table in
 * libs/auth/src/policy/abilities.ts; a route without a policy is refused by the access guard, and a test lists every
 * route to check that none lacks one.
 */
export const Policy = (
  action: PolicyAction,
  subject: PolicySubject,
  options: Pick<AccessPolicy, 'beforeSecondFactor' | 'beforePasswordChange' | 'metricsToken'> = {},
) => applyDecorators(SetMetadata(ACCESS_POLICY, { action, subject, ...options } satisfies AccessPolicy), ApiBearerAuth(), ApiCookieAuth());

/** The actor of the request: the signed-in staff member, or the anonymous public. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<{ actor?: Actor }>();
  return request.actor ?? { type: 'citizen' };
});
