import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { AttachmentDto } from './dto/attachment.dto';

/**
 * Streams a stored file (from the disk or the object store) with its length, as a download:
 * `${disposition}; filename="<ASCII>"; filename*=UTF-8''<encoded>`: Vietnamese names survive, nothing is rendered inline.
 * Only a thumbnail (a WebP the server made itself) goes `inline`, to be shown in an `<img>`.
 */
export function sendFile(
  reply: FastifyReply,
  { attachment, stream, size }: { attachment: AttachmentDto; stream: Readable; size: number },
  disposition: 'attachment' | 'inline' = 'attachment',
): FastifyReply {
  const ascii =
    attachment.fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'attachment';
  return reply
    .header('content-type', attachment.contentType)
    .header('content-length', String(size))
    .header('content-disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(stream);
}
