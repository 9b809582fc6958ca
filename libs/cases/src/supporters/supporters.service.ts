import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, Clock } from '@hotline/config';
import { Actor, CaseKind, ContactKind, ErrorCode } from '@hotline/contracts';
import { CaseEntity, newId } from '@hotline/database';
import { followerOfUnfollowToken, MailTemplate, NotificationChannels, NotificationService } from '@hotline/notifications';
import { NotFoundError, RuleViolationError } from '@hotline/platform';
import { isPublished } from '../access/case-projection';
import { normaliseContact } from '../contact/cases-of-contact';
import { ContactCodePurpose, ContactCodeService } from '../contact/contact-code.service';
import { CaseWorkflowService } from '../workflow/case-workflow.service';
import { FollowerChannel, SupportResultDto } from './dto/supporters.dto';

export interface Support {
  contactKind: ContactKind;
  contact: string;
  follow: boolean;
  coSign: boolean;
  channel?: FollowerChannel;
}

/**
 * Followers and co-signers of a public case (#24 item 7). A contact is confirmed by a one-time code (or, for a caller,
 * by the operator with the caller's consent). A follower keeps the contact they are told at, deleted with the case's
 * personal data; a co-signer is only a keyed hash of the contact, counted once per case (cases.co_signers).
 */
@Injectable()
export class SupportersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly codes: ContactCodeService,
    private readonly channels: NotificationChannels,
    private readonly notifications: NotificationService,
    private readonly workflow: CaseWorkflowService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async sendCode(trackingCode: string, contactKind: ContactKind, contact: string, ip: string | null): Promise<{ expiresAt: Date }> {
    const kase = await this.publicCase(this.dataSource.manager, trackingCode);
    return this.codes.sendCode(ContactCodePurpose.Supporter, contactKind, contact, ip, {
      caseId: kase.id,
      trackingCode: kase.trackingCode,
    });
  }

  /** With the code of the contact: follow, co-sign, or both. */
  async support(trackingCode: string, body: Support & { code: string }): Promise<SupportResultDto> {
    await this.publicCase(this.dataSource.manager, trackingCode);
    const channel = this.channelFor(body);
    const contact = await this.codes.verify(ContactCodePurpose.Supporter, body.contactKind, body.contact, body.code);
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.publicCase(manager, trackingCode);
      return this.record(manager, kase, { ...body, contact }, channel);
    });
  }

  /**
   * The operator's "add this caller to the existing case": the caller's phone, with the consent ticked in the console,
   * instead of a new case. Any case the operator sees but a denunciation takes a co-signer (the count is the
   * secretariat's priority signal); a follower only a published case, as a follower is told its published answer.
   */
  async addCaller(caseId: string, actor: Actor, body: { phone: string; follow?: boolean; coSign?: boolean; consent: boolean }) {
    if (!body.consent) throw new RuleViolationError(ErrorCode.ConsentRequired, 'consent', 'The caller must agree before being added');
    const follow = body.follow ?? false;
    const coSign = body.coSign ?? true;
    const support: Support = { contactKind: ContactKind.Phone, contact: normaliseContact(ContactKind.Phone, body.phone), follow, coSign };
    const channel = this.channelFor(support);
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.workflow.findVisible(manager, caseId, actor, true);
      if (kase.kind === CaseKind.Denunciation) {
        throw new RuleViolationError(ErrorCode.NotPublicCase, 'id', 'A denunciation takes no co-signers: its author is confidential');
      }
      if (follow && !isPublished(kase)) {
        throw new RuleViolationError(
          ErrorCode.NotPublicCase,
          'follow',
          'Only a public case can be followed: its answer is what followers get',
        );
      }
      return this.record(manager, kase, support, channel);
    });
  }

  async unfollow(token: string): Promise<{ trackingCode: string }> {
    const followerId = followerOfUnfollowToken(this.config.auth.secret, token);
    // An UPDATE … RETURNING answers [rows, affected count].
    const [rows]: [{ trackingCode: string }[], number] = followerId
      ? await this.dataSource.query(
          `UPDATE case_followers f SET unsubscribed_at = COALESCE(f.unsubscribed_at, $2) FROM cases c
           WHERE f.id = $1 AND c.id = f.case_id RETURNING c.tracking_code AS "trackingCode"`,
          [followerId, this.clock.now()],
        )
      : [[], 0];
    const followed = rows[0];
    if (!followed) {
      throw new NotFoundError(
        'No follower has this unsubscribe link',
        [{ field: 'token', message: 'unknown token' }],
        ErrorCode.UnknownUnsubscribeToken,
      );
    }
    return followed;
  }

  /** In the publication's transaction: each follower still subscribed is told once (dedupe key per follower). */
  async notifyFollowers(manager: EntityManager, kase: { id: string; trackingCode: string }, publishedTitle: string): Promise<void> {
    const followers: { id: string; channel: FollowerChannel; recipient: string }[] = await manager.query(
      `SELECT id, channel, recipient FROM case_followers WHERE case_id = $1 AND unsubscribed_at IS NULL ORDER BY created_at`,
      [kase.id],
    );
    await this.notifications.queueMany(
      manager,
      followers.map((f) => ({
        caseId: kase.id,
        template: MailTemplate.FollowedCaseAnswered,
        channel: f.channel,
        recipient: f.recipient,
        params: { trackingCode: kase.trackingCode, title: publishedTitle, followerId: f.id },
        dedupeKey: `follower-answer:${f.id}`,
      })),
    );
  }

  private async record(
    manager: EntityManager,
    kase: CaseEntity,
    support: Support,
    channel: FollowerChannel | null,
  ): Promise<SupportResultDto> {
    const hash = this.codes.contactHash(support.contact);
    const now = this.clock.now();
    if (support.follow && channel) {
      await manager.query(
        `INSERT INTO case_followers (id, case_id, contact_hash, channel, recipient, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (case_id, contact_hash) DO UPDATE SET channel = EXCLUDED.channel, unsubscribed_at = NULL`,
        [newId(), kase.id, hash, channel, support.contact, now],
      );
    }
    if (support.coSign) {
      const added: unknown[] = await manager.query(
        `INSERT INTO case_cosigners (case_id, contact_hash, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING case_id`,
        [kase.id, hash, now],
      );
      if (added.length) await manager.query(`UPDATE cases SET co_signers = co_signers + 1 WHERE id = $1`, [kase.id]);
    }
    const [state] = await manager.query(
      `SELECT c.co_signers AS "coSigners",
              EXISTS (SELECT 1 FROM case_followers f
                      WHERE f.case_id = c.id AND f.contact_hash = $2 AND f.unsubscribed_at IS NULL) AS following,
              EXISTS (SELECT 1 FROM case_cosigners s WHERE s.case_id = c.id AND s.contact_hash = $2) AS "coSigned"
       FROM cases c WHERE c.id = $1`,
      [kase.id, hash],
    );
    return { trackingCode: kase.trackingCode, ...state };
  }

  /** The channel a follower is told on: it must fit the contact and be on here. */
  private channelFor(support: Support): FollowerChannel | null {
    if (!support.follow) return null;
    const channel = support.channel ?? (support.contactKind === ContactKind.Email ? 'email' : 'sms');
    const fits = support.contactKind === ContactKind.Email ? channel === 'email' : channel !== 'email';
    if (!fits || !this.channels.available[channel]) {
      throw new RuleViolationError(
        ErrorCode.ChannelContactMismatch,
        'channel',
        fits ? `The ${channel} channel is off here: choose another` : 'SMS and Zalo need a phone, email needs an email address',
      );
    }
    return channel;
  }

  private async publicCase(manager: EntityManager, trackingCode: string): Promise<CaseEntity> {
    const kase = await manager.getRepository(CaseEntity).findOneBy({ trackingCode: trackingCode.toUpperCase() });
    if (!kase) throw new NotFoundError('No case with this tracking code');
    if (!isPublished(kase) || kase.anonymisedAt) {
      throw new RuleViolationError(ErrorCode.NotPublicCase, 'trackingCode', 'Only a public case can be followed or co-signed');
    }
    return kase;
  }
}
