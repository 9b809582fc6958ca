import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { IntakeService } from '@hotline/cases';
import { AppConfig, Clock } from '@hotline/config';
import { CaseChannel, JobName, SYSTEM_ACTOR } from '@hotline/contracts';
import { DomainError, enqueueManyInTransaction } from '@hotline/platform';
import { PaknClient, PaknRequestError } from './pakn-client';
import { fromPaknCase, inboxMessages, PAKN_PATHS, PaknCaseSource, remoteIdOf, toPaknAnswer, toPaknCase } from './pakn-mapping';

/** A job that no retry can fix (the other side refused the message as malformed): it goes to the dead letters at once. */
const giveUp = (err: unknown): never => {
  if (err instanceof PaknRequestError && !err.retryable) throw new UnrecoverableError(err.message);
  throw err;
};

/**
 * The national PAKN link: each case received offline, and each of its answers, sent once (the job ids are
 * deterministic, `pakn_links` remembers what was sent, the Idempotency-Key covers a lost answer); the cases the
 * national system addresses to the council pulled into the ordinary intake once per remote id (`pakn_inbox` and the
 * intake's idempotency key `pakn.<remote id>`).
 */
@Injectable()
export class PaknLinkService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PaknLinkService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly client: PaknClient,
    private readonly intake: IntakeService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.pakn) this.logger.log({ url: this.config.pakn.url }, 'national PAKN link on');
    else this.logger.log('national PAKN link off: PAKN_URL is not set');
  }

  async pushCase(caseId: string): Promise<void> {
    const [sent] = await this.dataSource.query(`SELECT 1 FROM pakn_links WHERE case_id = $1`, [caseId]);
    if (sent) return;
    const [row]: PaknCaseSource[] = await this.dataSource.query(
      `SELECT c.id, c.tracking_code AS "trackingCode", c.kind, c.channel, c.title, c.description, cat.code AS "categoryCode",
              a.code AS "areaCode", c.address, c.received_at AS "receivedAt", c.citizen_name AS "citizenName",
              c.citizen_phone AS "citizenPhone", c.citizen_email AS "citizenEmail", c.is_public AS "isPublic"
         FROM cases c LEFT JOIN categories cat ON cat.id = c.category_id LEFT JOIN areas a ON a.id = c.area_id
        WHERE c.id = $1`,
      [caseId],
    );
    if (!row) return;
    const response = await this.client.post(PAKN_PATHS.cases, toPaknCase(row), `hotline-case-${caseId}`).catch(giveUp);
    const remoteId = remoteIdOf(response);
    if (!remoteId) throw new UnrecoverableError(`PAKN push of case ${caseId}: the answer carries no id`);
    await this.dataSource.query(
      `INSERT INTO pakn_links (case_id, remote_id, pushed_at) VALUES ($1, $2, $3) ON CONFLICT (case_id) DO NOTHING`,
      [caseId, remoteId, this.clock.now()],
    );
  }

  async pushAnswer(caseId: string, round: number): Promise<void> {
    const [link] = await this.dataSource.query(`SELECT remote_id, answer_round FROM pakn_links WHERE case_id = $1`, [caseId]);
    // The case's own push may still be on its way (or retrying): this job waits for it through its own retries.
    if (!link) throw new Error(`PAKN answer of case ${caseId}: the case has not reached the national system yet`);
    if (link.answer_round >= round) return;
    const [kase] = await this.dataSource.query(
      `SELECT c.answer, c.answered_at AS "answeredAt", ag.name AS "agencyName"
         FROM cases c LEFT JOIN agencies ag ON ag.id = c.agency_id WHERE c.id = $1`,
      [caseId],
    );
    if (!kase?.answer) return;
    const body = toPaknAnswer({
      caseId,
      round,
      answer: kase.answer,
      agencyName: kase.agencyName,
      answeredAt: kase.answeredAt ?? this.clock.now(),
    });
    await this.client.post(PAKN_PATHS.answers(link.remote_id), body, `hotline-answer-${caseId}-${round}`).catch(giveUp);
    await this.dataSource.query(
      `UPDATE pakn_links SET answer_round = greatest(answer_round, $2), answer_pushed_at = $3 WHERE case_id = $1`,
      [caseId, round, this.clock.now()],
    );
  }

  /** Stores each new message once and queues its import, in one transaction: a message is never lost nor imported twice. */
  async pull(): Promise<number> {
    if (!this.config.pakn) return 0;
    const response = await this.client.get(PAKN_PATHS.inbox(this.config.pakn.clientId));
    const messages = inboxMessages(response);
    const withId = messages.filter((m): m is { remoteId: string; message: unknown } => m.remoteId !== undefined);
    if (withId.length < messages.length)
      this.logger.warn({ skipped: messages.length - withId.length }, 'PAKN messages without an id skipped');
    if (withId.length === 0) return 0;
    return this.dataSource.transaction(async (manager) => {
      const fresh: { remote_id: string }[] = await manager.query(
        `INSERT INTO pakn_inbox (remote_id, payload)
         SELECT * FROM unnest($1::text[], $2::jsonb[]) ON CONFLICT (remote_id) DO NOTHING RETURNING remote_id`,
        [withId.map((m) => m.remoteId), withId.map((m) => JSON.stringify(m.message))],
      );
      await enqueueManyInTransaction(
        manager,
        fresh.map((r) => ({ name: JobName.PaknImport, data: { remoteId: r.remote_id } })),
      );
      return fresh.length;
    });
  }

  /** One pulled message through the ordinary intake (channel api); a malformed one is recorded and dead-lettered. */
  async importMessage(remoteId: string): Promise<void> {
    const [row] = await this.dataSource.query(`SELECT payload, case_id FROM pakn_inbox WHERE remote_id = $1`, [remoteId]);
    if (!row || row.case_id) return;
    const mapped = await fromPaknCase(row.payload);
    if (!mapped.ok) return this.refuse(remoteId, mapped.problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    try {
      await this.dataSource.transaction(async (manager) => {
        const { receipt } = await this.intake.submit(mapped.dto, {
          channel: CaseChannel.Api,
          actor: SYSTEM_ACTOR,
          idempotencyKey: `pakn.${remoteId}`,
          manager,
        });
        await manager.query(`UPDATE pakn_inbox SET case_id = $2, imported_at = $3, failure = NULL WHERE remote_id = $1`, [
          remoteId,
          receipt.id,
          this.clock.now(),
        ]);
      });
    } catch (err) {
      // The intake's own refusal (an unknown category or area code…): the message, not the platform, is at fault.
      if (err instanceof DomainError && err.status < 500) {
        return this.refuse(remoteId, err.details?.map((d) => `${d.field}: ${d.message}`).join('; ') || err.message);
      }
      throw err;
    }
  }

  private async refuse(remoteId: string, failure: string): Promise<never> {
    await this.dataSource.query(`UPDATE pakn_inbox SET failure = $2 WHERE remote_id = $1`, [remoteId, failure]);
    throw new UnrecoverableError(`PAKN message ${remoteId} is malformed: ${failure}`);
  }
}
