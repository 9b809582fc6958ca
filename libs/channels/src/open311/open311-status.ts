import { CaseStatus, isSettledStatus } from '@hotline/contracts';

/**
 * GeoReport v2 knows two statuses. A case is `closed` once the agency has answered it or it has ended otherwise
 * (the settled statuses of libs/contracts); a reopened case is `open` again.
 */
export const open311Status = (status: CaseStatus): 'open' | 'closed' => (isSettledStatus(status) ? 'closed' : 'open');

/** FixMyStreet's servicerequestupdates statuses, finer than open/closed. */
export const FMS_UPDATE_STATUS: Record<CaseStatus, string> = {
  [CaseStatus.Received]: 'OPEN',
  [CaseStatus.Triage]: 'OPEN',
  [CaseStatus.Routed]: 'OPEN',
  [CaseStatus.Returned]: 'OPEN',
  [CaseStatus.Reopened]: 'OPEN',
  [CaseStatus.Accepted]: 'IN_PROGRESS',
  [CaseStatus.InProgress]: 'IN_PROGRESS',
  [CaseStatus.AwaitingInfo]: 'INVESTIGATING',
  [CaseStatus.AwaitingApproval]: 'IN_PROGRESS',
  [CaseStatus.Answered]: 'CLOSED',
  [CaseStatus.Closed]: 'CLOSED',
  [CaseStatus.Merged]: 'DUPLICATE',
  [CaseStatus.Rejected]: 'NOT_COUNCILS_RESPONSIBILITY',
  [CaseStatus.Withdrawn]: 'CLOSED',
};
