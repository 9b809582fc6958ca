import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Observable } from 'rxjs';

@Injectable()
class NoStoreInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    // Set before the handler runs, so its error answers (a failed sign-in) carry it too.
    void context.switchToHttp().getResponse<FastifyReply>().header('cache-control', 'no-store');
    return next.handle();
  }
}

/** Answers that carry credentials or a user's session data: no browser or proxy may keep a copy (Cache-Control: no-store). */
export const NoStore = () => UseInterceptors(NoStoreInterceptor);
