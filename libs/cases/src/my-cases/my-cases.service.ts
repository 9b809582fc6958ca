import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock } from '@hotline/config';
import { CaseStatus, ContactKind, ErrorCode, STATUS_LABELS } from '@hotline/contracts';
import { NotFoundError, UnauthorizedError } from '@hotline/platform';
import { CASES_OF_CONTACT_SQL } from '../contact/cases-of-contact';
import { ContactCodePurpose, ContactCodeService } from '../contact/contact-code.service';
import { TrackingViewDto } from '../tracking/dto/tracking-view.dto';
import { TrackingService } from '../tracking/tracking.service';
import { MyCaseDto, MyCasesSessionDto } from './dto/my-cases.dto';
import { MyCasesSession, openMyCasesSession, sealMyCasesSession } from './my-cases-session';

/** Cases whose answer is no longer awaited: no due date is shown. */
const FINISHED: readonly CaseStatus[] = [
  CaseStatus.Answered,
  CaseStatus.Closed,
  CaseStatus.Merged,
  CaseStatus.Rejected,
  CaseStatus.Withdrawn,
];

/**
 * "My cases": a citizen proves control of a phone (code by SMS) or an email (code by email) and gets a short session
 * listing every case that holds that contact; each opens in the citizen's view of the tracking page (TrackingService).
 */
@Injectable()
export class MyCasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly codes: ContactCodeService,
    private readonly tracking: TrackingService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  sendCode(contactKind: ContactKind, contact: string, ip: string | null): Promise<{ expiresAt: Date }> {
    return this.codes.sendCode(ContactCodePurpose.MyCases, contactKind, contact, ip);
  }

  async openSession(contactKind: ContactKind, raw: string, code: string): Promise<MyCasesSessionDto> {
    const contact = await this.codes.verify(ContactCodePurpose.MyCases, contactKind, raw, code);
    const expiresAt = new Date(this.clock.now().getTime() + this.config.cases.myCasesSessionMinutes * 60_000);
    return { token: sealMyCasesSession(this.config.auth.secret, { contactKind, contact, expiresAt }), expiresAt };
  }

  session(token: string | undefined): MyCasesSession {
    const session = openMyCasesSession(this.config.auth.secret, token, this.clock.now());
    if (!session) {
      const message = 'Missing or expired my-cases session: ask for a new code';
      throw new UnauthorizedError(message, [{ field: 'X-My-Cases-Token', message }], ErrorCode.MyCasesSessionInvalid);
    }
    return session;
  }

  async list(session: MyCasesSession): Promise<MyCaseDto[]> {
    const rows: {
      trackingCode: string;
      kind: string;
      title: string;
      status: CaseStatus;
      receivedAt: Date;
      dueAt: Date | null;
      answeredAt: Date | null;
      closedAt: Date | null;
    }[] = await this.dataSource.query(
      `SELECT c.tracking_code AS "trackingCode", c.kind, c.title, c.status, c.received_at AS "receivedAt", c.due_at AS "dueAt",
              c.answered_at AS "answeredAt", c.closed_at AS "closedAt"
       FROM cases c WHERE c.id IN (${CASES_OF_CONTACT_SQL(session.contactKind)}) AND c.anonymised_at IS NULL
       ORDER BY c.received_at DESC LIMIT 500`,
      [session.contact],
    );
    return rows.map((c) => ({
      trackingCode: c.trackingCode,
      kind: c.kind,
      title: c.title,
      status: c.status,
      statusLabel: STATUS_LABELS[c.status].vi,
      receivedAt: c.receivedAt,
      dueAt: FINISHED.includes(c.status) ? undefined : (c.dueAt ?? undefined),
      answeredAt: c.answeredAt ?? undefined,
      closedAt: c.closedAt ?? undefined,
    }));
  }

  /** One of the person's cases, in the citizen's view; any other case is "not found". */
  async open(session: MyCasesSession, trackingCode: string): Promise<TrackingViewDto> {
    const [row] = await this.dataSource.query(
      `SELECT c.id FROM cases c
       WHERE c.tracking_code = $2 AND c.anonymised_at IS NULL AND c.id IN (${CASES_OF_CONTACT_SQL(session.contactKind)})`,
      [session.contact, trackingCode.toUpperCase()],
    );
    if (!row) throw new NotFoundError('None of your cases has this tracking code');
    return this.tracking.trackOwned(row.id);
  }
}
