import { CanActivate, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { UnsupportedMediaTypeError } from '../errors';

@Injectable()
class JsonBodyOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const type = context.switchToHttp().getRequest<FastifyRequest>().headers['content-type'] ?? '';
    if (type.split(';')[0].trim().toLowerCase() !== 'application/json') {
      throw new UnsupportedMediaTypeError('body', 'Send the body as Content-Type: application/json');
    }
    return true;
  }
}

/**
 * The route takes a JSON body only. An HTML form on another site can post urlencoded, multipart or text/plain bodies
 * without a CORS preflight, never application/json: a route that signs a browser in must refuse them (login CSRF).
 */
export const JsonBodyOnly = () => UseGuards(JsonBodyOnlyGuard);
