import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@hotline/config';
import { credentialOf, CSRF_REFUSAL, passesCsrfCheck, SessionService } from '@hotline/auth';
import { Role } from '@hotline/contracts';
import { ALL_QUEUES } from '@hotline/platform';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** Bull Board's client (axios) copies this cookie into an X-XSRF-TOKEN header on its own requests. */
const BOARD_CSRF_COOKIE = 'XSRF-TOKEN';
const BOARD_CSRF_HEADERS = ['x-csrf-token', 'x-xsrf-token'] as const;

/**
 * Bull Board at /admin/queues, for administrators only: the same session as the API, by bearer token or by the web UI's
 * httpOnly session cookie (a browser signed in to the web UI opens the board directly). Its writes (pause, retry,
 * clean…) ask the cookie for the session's CSRF token in a header, as the rest of the API does: X-CSRF-Token, or the
 * X-XSRF-TOKEN that the board's own page sends from the XSRF-TOKEN cookie it is given (a page on another site can
 * neither read that cookie nor set the header).
 */
export async function registerQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const sessions = app.get(SessionService);
  const config = app.get(AppConfig);
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
    const credential = credentialOf(request);
    if (!credential) return deny(reply, 401, 'Sign in as an administrator (web UI session cookie or Authorization: Bearer <token>)');
    const session = await sessions.resolve(credential.token);
    if (!session) return deny(reply, 401, 'The session is invalid, has expired or was ended; sign in again');
    if (session.actor.role !== Role.Admin) return deny(reply, 403, `A ${session.actor.role} may not open the queue dashboard`);
    if (!passesCsrfCheck(sessions, session.id, credential.via, request, BOARD_CSRF_HEADERS)) return deny(reply, 403, CSRF_REFUSAL);
    if (session.secondFactorPending || session.mustChangePassword)
      return deny(reply, 403, 'Finish signing in first (second factor or new password)');
    if (credential.via === 'cookie') {
      void reply.setCookie(BOARD_CSRF_COOKIE, sessions.csrfTokenFor(session.id), {
        path: QUEUE_DASHBOARD_PATH,
        sameSite: 'strict',
        secure: config.auth.cookieSecure,
      });
    }
  };

  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', admit);
    await scope.register(serverAdapter.registerPlugin() as never, { prefix: QUEUE_DASHBOARD_PATH });
  });
}
