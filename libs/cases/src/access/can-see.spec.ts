import { Role } from '@hotline/contracts';
import { canSee } from './can-see';

describe('canSee', () => {
  const officer = { type: 'staff', userId: 'u1', role: Role.AgencyOfficer, agencyId: 'a1', agencyIds: ['a1'] } as const;
  const secretariat = { type: 'staff', userId: 'u2', role: Role.Secretariat, agencyId: null } as const;

  it('lets an agency officer see only the cases held by their own agencies', () => {
    expect(canSee(officer, { agencyId: 'a1' })).toBe(true);
    expect(canSee(officer, { agencyId: 'a2' })).toBe(false);
    expect(canSee(officer, { agencyId: null })).toBe(false);
  });

  it('lets the secretariat see every case, held or not', () => {
    expect(canSee(secretariat, { agencyId: 'a2' })).toBe(true);
    expect(canSee(secretariat, { agencyId: null })).toBe(true);
  });
});
