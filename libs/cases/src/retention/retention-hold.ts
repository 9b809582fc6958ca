import { CaseStatus } from '@hotline/contracts';

/** The statuses after which a case is over: its retention period runs from `closed_at`. */
export const CLOSED_STATUSES: readonly CaseStatus[] = [CaseStatus.Closed, CaseStatus.Rejected, CaseStatus.Merged];

/** Cases closed before this instant have kept their personal data for the whole retention period. */
export function retentionCutoff(now: Date, retentionYears: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - retentionYears);
  return cutoff;
}

/** When a closed case's retention period ends. */
export function retentionEndsAt(closedAt: Date, retentionYears: number): Date {
  const end = new Date(closedAt);
  end.setUTCFullYear(end.getUTCFullYear() + retentionYears);
  return end;
}

/**
 * Why the platform must still keep a case's personal data (a legal hold), or null when it may be erased:
 * - `open_case`: the case is still being handled (the law on complaints, denunciations and citizen reception
 *   obliges the council to handle and answer it);
 * - `retention_period`: the case is closed but its retention period (RETENTION_YEARS after closing) is not over.
 * The daily retention job erases exactly the cases this returns null for; a data subject's erasure uses the same rule.
 */
export type LegalHold = { reason: 'open_case' } | { reason: 'retention_period'; until: Date };

export function legalHoldOf(
  kase: { status: CaseStatus | string; closedAt: Date | null },
  now: Date,
  retentionYears: number,
): LegalHold | null {
  if (!CLOSED_STATUSES.includes(kase.status as CaseStatus) || kase.closedAt === null) return { reason: 'open_case' };
  const until = retentionEndsAt(kase.closedAt, retentionYears);
  return until > now ? { reason: 'retention_period', until } : null;
}
