import { EntityManager } from 'typeorm';
import { CaseKind } from '@hotline/contracts';
import { CaseEntity, CaseIdentityEntity } from '@hotline/database';

/**
 * Where the citizen's notices go: the case row's address, or for a denunciation its author's, read from the
 * identity kept apart. Only the notification row holds it afterwards (mail delivery needs a recipient).
 */
export async function citizenEmail(manager: EntityManager, kase: Pick<CaseEntity, 'id' | 'kind' | 'citizenEmail'>): Promise<string | null> {
  if (kase.kind !== CaseKind.Denunciation) return kase.citizenEmail;
  const identity = await manager.findOne(CaseIdentityEntity, { where: { caseId: kase.id }, select: { caseId: true, email: true } });
  return identity?.email ?? null;
}
