import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AuditAction, AuditService } from '@hotline/audit';
import { Clock } from '@hotline/config';
import { Actor, ErrorCode, PrivacyRequestKind, PrivacyRequestStatus } from '@hotline/contracts';
import { ConflictError } from '@hotline/platform';
import type { PrivacyRequestView } from '../requests/privacy-request.service';
import { SubjectData, SubjectDataService } from './subject-data.service';

/** The access export of a completed access request, as JSON or PDF; every read audited. */
@Injectable()
export class PrivacyExport {
  constructor(
    private readonly subjects: SubjectDataService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async send(
    request: PrivacyRequestView,
    format: 'json' | 'pdf' | undefined,
    actor: Actor,
    reply: FastifyReply,
  ): Promise<SubjectData | Buffer> {
    if (request.kind !== PrivacyRequestKind.Access || request.status !== PrivacyRequestStatus.Completed) {
      throw new ConflictError('The export is ready once the access request is completed', undefined, ErrorCode.Conflict);
    }
    const data = await this.subjects.collect(request.contactKind, request.contact, this.clock.now());
    await this.audit.record({
      action: AuditAction.PrivacyExportRead,
      actor,
      target: { type: 'privacy_request', id: request.id },
      data: { format: format ?? 'json', cases: data.cases.length },
    });
    if (format !== 'pdf') return data;
    void reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="du-lieu-ca-nhan.pdf"`);
    return this.subjects.pdf(data);
  }
}
