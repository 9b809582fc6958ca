import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { isIP } from 'node:net';

/**
 * An address as the platform stores it: an IP address, or null. Fastify's `request.ip` is the peer's address, or what a
 * trusted proxy (TRUST_PROXY) forwarded, which may be any string; rows and limiter keys never hold such a string.
 */
export const ipOrNull = (value: unknown): string | null => (typeof value === 'string' && isIP(value) !== 0 ? value : null);

/** The client's address (see `ipOrNull`), for audit rows, sessions and limits. */
export const ClientIp = createParamDecorator((_: unknown, ctx: ExecutionContext): string | null =>
  ipOrNull(ctx.switchToHttp().getRequest<{ ip?: string }>().ip),
);
