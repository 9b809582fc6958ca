import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditAction, AuditService } from '@hotline/audit';
import { Clock } from '@hotline/config';
import { Actor, CaseKind, ErrorCode, isAgencyRole } from '@hotline/contracts';
import { CaseEntity, CaseIdentityEntity, CaseIdentityGrantEntity, isUniqueViolation, newId, UserEntity } from '@hotline/database';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, RuleViolationError } from '@hotline/platform';
import { IDENTITY_KEEPERS } from '../access/case-projection';
import { canSee } from '../access/can-see';
import { IdentityGrantDto, ProtectedIdentityDto } from './dto/identity.dto';
import { grantHolds } from './identity-grant-scope.service';

type StaffActor = Extract<Actor, { type: 'staff' }>;

/**
 * A denunciation's author (Luật Tố cáo 2018 Art. 47): nobody outside the secretariat sees it unless the secretariat
 * names an officer and says why. Every grant, revocation and view writes an audit row in the same transaction as
 * the read or change it records, so no view goes unrecorded.
 */
@Injectable()
export class CaseIdentityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async grant(caseId: string, actor: StaffActor, input: { userId: string; reason: string }, ip?: string): Promise<IdentityGrantDto> {
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.protectedCase(manager, caseId);
      const officer = await manager.findOneBy(UserEntity, { id: input.userId });
      if (!officer || !officer.active) throw new InvalidInputError('userId', `No active user ${input.userId}`);
      if (!isAgencyRole(officer.role))
        throw new InvalidInputError('userId', 'Access is granted to a named agency officer; the secretariat and admins already have it');
      if (!grantHolds(officer, kase)) {
        throw new RuleViolationError(
          ErrorCode.IdentityGrantOutsideHandlingAgency,
          'userId',
          `${officer.fullName} is not an officer of the agency handling this case: ` +
            'access is granted only to its officers, while it handles the case',
        );
      }
      const grant: CaseIdentityGrantEntity = {
        id: newId(),
        caseId,
        userId: officer.id,
        reason: input.reason.trim(),
        grantedByUserId: actor.userId,
        grantedAt: this.clock.now(),
        revokedByUserId: null,
        revokedAt: null,
      };
      try {
        await manager.insert(CaseIdentityGrantEntity, grant);
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`${officer.fullName} already has access to this identity`);
        throw err;
      }
      await this.audit.record(
        {
          action: AuditAction.IdentityAccessGranted,
          actor,
          target: { type: 'case', id: caseId },
          ip,
          data: { grantId: grant.id, userId: officer.id, reason: grant.reason },
        },
        manager,
      );
      return (await this.describe(manager, [grant]))[0];
    });
  }

  async revoke(caseId: string, grantId: string, actor: StaffActor, ip?: string): Promise<IdentityGrantDto> {
    return this.dataSource.transaction(async (manager) => {
      const grant = await manager.findOne(CaseIdentityGrantEntity, { where: { id: grantId, caseId }, lock: { mode: 'pessimistic_write' } });
      if (!grant) throw new NotFoundError(`No grant ${grantId} on case ${caseId}`);
      if (grant.revokedAt) throw new ConflictError('This grant is already revoked');
      grant.revokedAt = this.clock.now();
      grant.revokedByUserId = actor.userId;
      await manager.update(
        CaseIdentityGrantEntity,
        { id: grant.id },
        { revokedAt: grant.revokedAt, revokedByUserId: grant.revokedByUserId },
      );
      await this.audit.record(
        {
          action: AuditAction.IdentityAccessRevoked,
          actor,
          target: { type: 'case', id: caseId },
          ip,
          data: { grantId: grant.id, userId: grant.userId },
        },
        manager,
      );
      return (await this.describe(manager, [grant]))[0];
    });
  }

  async grants(caseId: string): Promise<IdentityGrantDto[]> {
    const manager = this.dataSource.manager;
    await this.protectedCase(manager, caseId);
    const rows = await manager.find(CaseIdentityGrantEntity, { where: { caseId }, order: { grantedAt: 'ASC', id: 'ASC' } });
    return this.describe(manager, rows);
  }

  /**
   * The author's identity for the secretariat, an admin, or the officer a live grant names; anyone else is refused
   * (an officer who cannot even see the case is told it does not exist, as everywhere else).
   */
  async reveal(caseId: string, actor: StaffActor, ip?: string): Promise<ProtectedIdentityDto> {
    return this.dataSource.transaction(async (manager) => {
      const kase = await manager.findOne(CaseEntity, { where: { id: caseId }, select: { id: true, kind: true, agencyId: true } });
      let grant: CaseIdentityGrantEntity | null = null;
      if (!IDENTITY_KEEPERS.includes(actor.role)) {
        // A grant holds only while the officer's agency handles the case (a reroute also ends it: IdentityGrantScopeService).
        grant =
          kase && grantHolds(actor, kase)
            ? await manager.findOneBy(CaseIdentityGrantEntity, { caseId, userId: actor.userId, revokedAt: IsNull() })
            : null;
        if (!grant) {
          if (!kase || !canSee(actor, kase)) throw new NotFoundError(`No case ${caseId}`);
          throw new ForbiddenError('The secretariat has not granted you access to this author’s identity');
        }
      }
      if (!kase || kase.kind !== CaseKind.Denunciation) throw new NotFoundError(`Case ${caseId} has no protected identity`);
      const identity = await manager.findOneBy(CaseIdentityEntity, { caseId });
      await this.audit.protectedIdentityViewed(
        { actor, caseId, reason: grant ? grant.reason : `identity requested by ${actor.role}`, grantId: grant?.id, ip },
        manager,
      );
      return {
        caseId,
        name: identity?.name ?? undefined,
        phone: identity?.phone ?? undefined,
        email: identity?.email ?? undefined,
        address: identity?.address ?? undefined,
        nationalId: identity?.nationalId ?? undefined,
        anonymised: identity?.anonymisedAt != null,
        grantId: grant?.id,
      };
    });
  }

  /** The identity shown in the case detail to the secretariat and admins, audited as a view. */
  async forCaseDetail(caseId: string, actor: StaffActor): Promise<CaseIdentityEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const identity = await manager.findOneBy(CaseIdentityEntity, { caseId });
      if (identity) await this.audit.protectedIdentityViewed({ actor, caseId, reason: `case detail shown to ${actor.role}` }, manager);
      return identity;
    });
  }

  private async protectedCase(manager: EntityManager, caseId: string): Promise<Pick<CaseEntity, 'id' | 'kind' | 'agencyId'>> {
    const kase = await manager.findOne(CaseEntity, { where: { id: caseId }, select: { id: true, kind: true, agencyId: true } });
    if (!kase) throw new NotFoundError(`No case ${caseId}`);
    if (kase.kind !== CaseKind.Denunciation) throw new NotFoundError(`Case ${caseId} is not a denunciation: it has no protected identity`);
    return kase;
  }

  private async describe(manager: EntityManager, grants: CaseIdentityGrantEntity[]): Promise<IdentityGrantDto[]> {
    const userIds = [...new Set(grants.flatMap((g) => [g.userId, g.grantedByUserId, ...(g.revokedByUserId ? [g.revokedByUserId] : [])]))];
    const users = userIds.length
      ? await manager.createQueryBuilder(UserEntity, 'u').where('u.id IN (:...ids)', { ids: userIds }).getMany()
      : [];
    const nameOf = new Map(users.map((u) => [u.id, u.fullName]));
    return grants.map((g) => ({
      id: g.id,
      caseId: g.caseId,
      userId: g.userId,
      userName: nameOf.get(g.userId) ?? '',
      reason: g.reason,
      grantedBy: nameOf.get(g.grantedByUserId) ?? '',
      grantedAt: g.grantedAt,
      revokedBy: g.revokedByUserId ? nameOf.get(g.revokedByUserId) : undefined,
      revokedAt: g.revokedAt ?? undefined,
      active: g.revokedAt === null,
    }));
  }
}
