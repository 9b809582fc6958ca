import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@hotline/audit';
import { Clock } from '@hotline/config';
import { Actor } from '@hotline/contracts';
import type { CaseEntity } from '@hotline/database';

/**
 * An identity grant holds only for an officer of the agency that handles the case, and only while it handles it: the
 * one test behind granting, revealing, and ending grants when the case leaves that agency.
 */
export function grantHolds(officer: { agencyId: string | null }, kase: Pick<CaseEntity, 'agencyId'>): boolean {
  return kase.agencyId !== null && officer.agencyId === kase.agencyId;
}

@Injectable()
export class IdentityGrantScopeService {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * After the case moved to another agency (or back to the secretariat): the live grants of officers outside the
   * agency now handling it end, each with an audit row saying it lapsed. Routing the case back later does not revive
   * them; the secretariat grants again if it must.
   */
  async lapseOutsideAgency(manager: EntityManager, kase: Pick<CaseEntity, 'id' | 'agencyId'>, actor: Actor): Promise<void> {
    // An UPDATE … RETURNING answers [rows, affected count] through TypeORM's driver.
    const [lapsed]: [{ id: string; user_id: string }[], number] = await manager.query(
      `UPDATE case_identity_grants g SET revoked_at = $3
         FROM users u
        WHERE u.id = g.user_id AND g.case_id = $1 AND g.revoked_at IS NULL AND ($2::uuid IS NULL OR u.agency_id IS DISTINCT FROM $2::uuid)
        RETURNING g.id, g.user_id`,
      [kase.id, kase.agencyId, this.clock.now()],
    );
    await this.audit.recordMany(
      lapsed.map((grant) => ({
        action: AuditAction.IdentityAccessRevoked,
        actor,
        target: { type: 'case', id: kase.id },
        data: { grantId: grant.id, userId: grant.user_id, lapsed: true, agencyId: kase.agencyId },
      })),
      manager,
    );
  }
}
