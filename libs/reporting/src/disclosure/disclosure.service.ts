import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectReportingDataSource } from '@hotline/database';
import { AttachmentService, isImage, publishedSql, ReferenceDataService, toNamedRef } from '@hotline/cases';
import { Clock } from '@hotline/config';
import { ANSWERED_STATUSES, LOCAL_TIME_ZONE, localDateOf } from '@hotline/contracts';
import { NotFoundError } from '@hotline/platform';
import { checkPeriod } from '../summary/period';
import { SummaryService } from '../summary/summary.service';
import { DisclosureDto, DisclosureQueryDto } from './dto/disclosure.dto';

/**
 * What the council publishes (docs/reporting.md): each agency's rates for a period, from the rollups, and the answers
 * given to published cases (the publication rule of the case projection, shared with Open311). Only what the public
 * projection shows: no citizen name, contact, address, location or description, only the case's title, where and
 * what it was about, and the agency's answer, as staff published them after redaction (docs/answers.md).
 */
@Injectable()
export class DisclosureService {
  constructor(
    @InjectReportingDataSource() private readonly dataSource: DataSource,
    private readonly summaries: SummaryService,
    private readonly reference: ReferenceDataService,
    private readonly clock: Clock,
    private readonly attachments: AttachmentService,
  ) {}

  /**
   * An attachment staff confirmed when they published its (still published) case, or its thumbnail; any other is not
   * found. An image is served without its metadata (no EXIF location), never as uploaded.
   */
  async publishedAttachment(attachmentId: string, version: 'file' | 'thumbnail' = 'file'): ReturnType<AttachmentService['open']> {
    const [row]: { case_id: string }[] = await this.dataSource.query(
      `SELECT p.case_id FROM case_publications p JOIN cases c ON c.id = p.case_id
        WHERE $1::uuid = ANY(p.published_attachment_ids) AND ${publishedSql('c')}`,
      [attachmentId],
    );
    if (!row) throw new NotFoundError('No published attachment with this id');
    return version === 'thumbnail'
      ? this.attachments.thumbnail(row.case_id, attachmentId, 'public')
      : this.attachments.open(row.case_id, attachmentId, 'public');
  }

  async disclosure(query: DisclosureQueryDto): Promise<DisclosureDto> {
    const to = query.to ?? localDateOf(this.clock.now());
    const from = query.from ?? `${to.slice(0, 4)}-01-01`;
    checkPeriod(from, to);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [summary, answers, snapshot] = await Promise.all([
      this.summaries.summary({ from, to, groupBy: ['agency'] }, { type: 'citizen' }),
      this.answers(from, to, page, pageSize),
      this.reference.get(),
    ]);
    return {
      from,
      to,
      asOf: summary.asOf,
      agencies: summary.groups.map((g) => ({
        agency: g.key.agency ?? null,
        received: g.received,
        answered: g.answered,
        answeredOnTime: g.answeredOnTime,
        resolved: g.resolvedRate,
        satisfaction: g.satisfaction,
        answerWorkingDays: g.answerWorkingDays,
        overdueOpen: g.overdueOpen,
        smallSample: g.smallSample,
      })),
      answers: {
        items: answers.rows.map((r) => ({
          trackingCode: r.tracking_code,
          kind: r.kind,
          title: r.title,
          category: toNamedRef(r.category_id ? snapshot.categoryById.get(r.category_id) : undefined),
          area: toNamedRef(r.area_id ? snapshot.areaById.get(r.area_id) : undefined),
          agency: toNamedRef(r.agency_id ? snapshot.agencyById.get(r.agency_id) : undefined),
          status: r.status,
          receivedAt: r.received_at,
          answeredAt: r.answered_at,
          answer: r.answer,
          attachments: (r.attachments as { id: string; file_name: string; content_type: string }[]).map((a) => ({
            id: a.id,
            fileName: a.file_name,
            thumbnail: isImage(a.content_type),
          })),
        })),
        total: answers.total,
        page,
        pageSize,
      },
    };
  }

  private async answers(from: string, to: string, page: number, pageSize: number) {
    // Served by cases_public_answered_idx: a range of answered_at among public answered cases. Only what staff
    // published, redacted (case_publications), is shown: never the original title or answer.
    const where = `${publishedSql('c')} AND c.answer IS NOT NULL AND c.status = ANY($1)
      AND EXISTS (SELECT 1 FROM case_publications p WHERE p.case_id = c.id)
      AND c.answered_at >= ($2::date::timestamp AT TIME ZONE '${LOCAL_TIME_ZONE}')
      AND c.answered_at < (($3::date + 1)::timestamp AT TIME ZONE '${LOCAL_TIME_ZONE}')`;
    const params = [ANSWERED_STATUSES, from, to];
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT c.tracking_code, c.kind, p.title, c.category_id, c.area_id, c.agency_id, c.status, c.received_at, c.answered_at, p.answer,
                coalesce((SELECT json_agg(json_build_object('id', a.id, 'file_name', a.file_name, 'content_type', a.content_type)
                                          ORDER BY a.created_at)
                            FROM attachments a WHERE a.id = ANY(p.published_attachment_ids)), '[]'::json) AS attachments
           FROM cases c JOIN case_publications p ON p.case_id = c.id
          WHERE ${where} ORDER BY c.answered_at DESC, c.id DESC LIMIT $4 OFFSET $5`,
        [...params, pageSize, (page - 1) * pageSize],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM cases c WHERE ${where}`, params),
    ]);
    return { rows: rows as Record<string, never>[], total: total as number };
  }
}
