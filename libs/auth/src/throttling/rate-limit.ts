import { CanActivate, ExecutionContext, Injectable, Logger, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, Clock, RateLimit as RateLimitRule } from '@hotline/config';
import { ipOrNull, TooManyRequestsError } from '@hotline/platform';
import { SecurityRedis } from './security-redis';
import { takeFromWindow } from './sliding-window';

/** The public allowances, each configured in AppConfig.security.rateLimits. */
export enum RateLimitBucket {
  Intake = 'intake',
  Tracking = 'tracking',
}

const RATE_LIMIT = 'hotline:rate-limit';

/** Counts every call of the route (valid or not) against the client address's allowance in `bucket`. */
export const RateLimit = (bucket: RateLimitBucket) => SetMetadata(RATE_LIMIT, bucket);

/**
 * Applied to every route; acts on those marked with @RateLimit. Guards run before validation, so malformed requests
 * use the allowance too. If Redis is away the request goes through: a citizen's petition matters more than the limit.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly logger = new Logger(RateLimitGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly redis: SecurityRedis,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.getAllAndOverride<RateLimitBucket | undefined>(RATE_LIMIT, [context.getHandler(), context.getClass()]);
    const rule: RateLimitRule | null | undefined = bucket ? this.config.security.rateLimits[bucket] : undefined;
    if (!bucket || !rule) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    let decision;
    try {
      decision = await takeFromWindow(
        this.redis.client,
        this.redis.key('rate', bucket, ipOrNull(request.ip) ?? 'unknown'),
        this.clock.now(),
        rule.windowSeconds * 1000,
        rule.limit,
      );
    } catch (err) {
      this.logger.warn({ err: (err as Error).message, bucket }, 'rate limit unavailable; request not limited');
      return true;
    }
    void reply
      .header('ratelimit-limit', String(rule.limit))
      .header('ratelimit-remaining', String(Math.max(0, rule.limit - decision.count)));
    if (!decision.allowed) {
      throw new TooManyRequestsError(
        `Too many requests from this address: at most ${rule.limit} every ${rule.windowSeconds} seconds. Try again later.`,
        decision.retryAfterMs / 1000,
      );
    }
    return true;
  }
}
