import fastifyCookie from '@fastify/cookie';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { JwtService } from '@nestjs/jwt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TokenClaims } from '@hotline/auth';
import { Role } from '@hotline/contracts';
import { ALL_QUEUES } from '@hotline/platform';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'hotline_queues';

/**
 * Bull Board at /admin/queues, for administrators only. The API takes the usual bearer token; a browser opens
 * `/admin/queues?token=<token>` once, which moves the token into an httpOnly, SameSite=Strict cookie limited to this
 * path and redirects to the clean URL, so the board's own requests carry it.
 */
export async function registerQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const jwt = app.get(JwtService);
  const queues = app.get<Queue[]>(ALL_QUEUES, { strict: false });
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Hotline queues' } },
  });

  const deny = (reply: FastifyReply, statusCode: 401 | 403, message: string) =>
    reply
      .code(statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .send({ statusCode, error: statusCode === 401 ? 'Unauthorized' : 'Forbidden', message });

  const admit = async (request: FastifyRequest, reply: FastifyReply) => {
    const query = request.query as { token?: string } | undefined;
    const [scheme, bearer] = (request.headers.authorization ?? '').split(' ');
    const token = query?.token ?? (scheme === 'Bearer' ? bearer : undefined) ?? request.cookies[COOKIE];
    if (!token) return deny(reply, 401, 'Sign in as an administrator: send Authorization: Bearer <token>');
    let claims: TokenClaims;
    try {
      claims = await jwt.verifyAsync<TokenClaims>(token);
    } catch {
      return deny(reply, 401, 'The token is invalid or has expired; sign in again');
    }
    if (claims.role !== Role.Admin) return deny(reply, 403, `A ${claims.role} may not open the queue dashboard`);
    if (query?.token) {
      const secure = request.protocol === 'https';
      return reply
        .setCookie(COOKIE, query.token, { path: QUEUE_DASHBOARD_PATH, httpOnly: true, sameSite: 'strict', secure })
        .redirect(QUEUE_DASHBOARD_PATH, 303);
    }
  };

  await app.register(async (scope: FastifyInstance) => {
    await scope.register(fastifyCookie);
    scope.addHook('onRequest', admit);
    await scope.register(serverAdapter.registerPlugin() as never, { prefix: QUEUE_DASHBOARD_PATH });
  });
}
