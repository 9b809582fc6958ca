import { EntityManager, In } from 'typeorm';
import { CaseKind } from '@hotline/contracts';
import { CaseEntity, CaseIdentityEntity } from '@hotline/database';

type EmailedCase = Pick<CaseEntity, 'id' | 'kind' | 'citizenEmail'>;

/** The one form an email address is stored and compared in (intake, email intake, replies). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Where the citizen's notices go: the case row's address, or for a denunciation its author's, read from the
 * identity kept apart. Only the notification row holds it afterwards (mail delivery needs a recipient).
 */
export async function citizenEmail(manager: EntityManager, kase: EmailedCase): Promise<string | null> {
  const [email] = await citizenEmails(manager, [kase]);
  return email;
}

/** `citizenEmail` of each case, in order, with one read of the identities of the denunciations among them. */
export async function citizenEmails(manager: EntityManager, cases: readonly EmailedCase[]): Promise<(string | null)[]> {
  const denunciations = cases.filter((k) => k.kind === CaseKind.Denunciation).map((k) => k.id);
  const identities =
    denunciations.length === 0
      ? []
      : await manager.find(CaseIdentityEntity, { where: { caseId: In(denunciations) }, select: { caseId: true, email: true } });
  const emailByCase = new Map(identities.map((i) => [i.caseId, i.email]));
  return cases.map((k) => (k.kind === CaseKind.Denunciation ? (emailByCase.get(k.id) ?? null) : k.citizenEmail));
}
