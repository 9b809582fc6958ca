import { CaseStatus } from '@hotline/contracts';
import { FMS_UPDATE_STATUS, open311Status } from './open311-status';

describe('Open311 status mapping', () => {
  it('is closed once the agency answered or the case ended, open otherwise', () => {
    const closed = Object.values(CaseStatus).filter((s) => open311Status(s) === 'closed');
    expect(closed.sort()).toEqual(['answered', 'closed', 'merged', 'rejected', 'withdrawn']);
    expect(open311Status(CaseStatus.Reopened)).toBe('open');
  });

  it('gives every status a FixMyStreet update status', () => {
    for (const status of Object.values(CaseStatus)) expect(FMS_UPDATE_STATUS[status]).toMatch(/^[A-Z_]+$/);
    expect(FMS_UPDATE_STATUS[CaseStatus.Merged]).toBe('DUPLICATE');
  });
});
