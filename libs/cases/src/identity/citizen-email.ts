import { EntityManager, In } from 'typeorm';
import { CaseKind } from '@hotline/contracts';
import { CaseEntity, CaseIdentityEntity } from '@hotline/database';
import type { CitizenContact } from '@hotline/notifications';
import { isRestricted } from '../access/processing-restriction';

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

type ContactedCase = Pick<
  CaseEntity,
  'id' | 'kind' | 'citizenEmail' | 'citizenPhone' | 'citizenPreferredChannel' | 'processingRestrictedAt'
>;

/**
 * What each case's citizen gave to be reached by (for a denunciation, its author's, from the identity kept apart),
 * in order, with one read of the identities: NotificationChannels.forCitizen picks the channel from it. A case whose
 * processing the person restricted has no contact here, so no notice of any channel reaches them (processing-restriction.ts).
 */
export async function citizenContacts(manager: EntityManager, cases: readonly ContactedCase[]): Promise<CitizenContact[]> {
  const denunciations = cases.filter((k) => k.kind === CaseKind.Denunciation).map((k) => k.id);
  const identities =
    denunciations.length === 0
      ? []
      : await manager.find(CaseIdentityEntity, {
          where: { caseId: In(denunciations) },
          select: { caseId: true, email: true, phone: true },
        });
  const byCase = new Map(identities.map((i) => [i.caseId, i]));
  return cases.map((k) => {
    if (isRestricted(k)) return { email: null, phone: null, preferred: k.citizenPreferredChannel };
    const identity = k.kind === CaseKind.Denunciation ? byCase.get(k.id) : undefined;
    return k.kind === CaseKind.Denunciation
      ? { email: identity?.email ?? null, phone: identity?.phone ?? null, preferred: k.citizenPreferredChannel }
      : { email: k.citizenEmail, phone: k.citizenPhone, preferred: k.citizenPreferredChannel };
  });
}
