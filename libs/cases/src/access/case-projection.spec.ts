import { CaseKind, Role } from '@hotline/contracts';
import {
  CASE_PROJECTION,
  contactShown,
  contactSql,
  contactValue,
  IDENTITY_KEEPERS,
  isPublished,
  PHONE_LOOKUP_ROLES,
} from './case-projection';

const kase = {
  kind: CaseKind.Feedback,
  anonymous: false,
  citizenName: 'Nguyễn Văn An',
  citizenPhone: '0912345678',
  citizenEmail: 'an@example.com',
};

describe('case projection', () => {
  it('derives the identity keepers and the phone lookup roles from the table', () => {
    expect(IDENTITY_KEEPERS).toEqual([Role.Secretariat, Role.Admin]);
    expect(PHONE_LOOKUP_ROLES).toEqual([Role.Operator, Role.Secretariat, Role.Admin]);
  });

  it('shows an agency the contact in one case’s detail and masks it where many cases are listed', () => {
    const officer = CASE_PROJECTION[Role.AgencyOfficer];
    expect(contactValue(officer, 'case', kase, 'phone')).toBe('0912345678');
    expect(contactValue(officer, 'many', kase, 'phone')).toBe('09xx xxx 678');
    expect(contactShown(CASE_PROJECTION[Role.CouncilMember], 'case')).toBe('masked');
    expect(contactValue(CASE_PROJECTION[Role.CouncilMember], 'case', kase, 'name')).toBe('N. V. A.');
  });

  it('never reads a denouncer or an anonymous citizen from the case’s contact columns', () => {
    const secretariat = CASE_PROJECTION[Role.Secretariat];
    expect(contactValue(secretariat, 'case', { ...kase, kind: CaseKind.Denunciation }, 'name')).toBeUndefined();
    expect(contactValue(secretariat, 'case', { ...kase, anonymous: true }, 'phone')).toBeUndefined();
    expect(contactSql(secretariat, 'many', 'c', 'phone')).toBe(
      `CASE WHEN c.kind = 'denunciation' OR c.anonymous THEN NULL ELSE c.citizen_phone END`,
    );
    expect(contactSql(CASE_PROJECTION.public, 'many', 'c', 'phone')).toBe('NULL::text');
  });

  it('publishes public cases except denunciations, and shows the public no contact, place, description, notes or assignee', () => {
    expect(isPublished({ isPublic: true, kind: CaseKind.Feedback })).toBe(true);
    expect(isPublished({ isPublic: true, kind: CaseKind.Denunciation })).toBe(false);
    expect(isPublished({ isPublic: false, kind: CaseKind.Feedback })).toBe(false);
    expect(CASE_PROJECTION.public).toEqual({
      contact: 'none',
      identity: 'none',
      location: false,
      description: false,
      internalNotes: false,
      assignee: false,
    });
  });

  it('shows who in the agency holds a case to the agencies, the secretariat and admins only', () => {
    const seeing = Object.entries(CASE_PROJECTION)
      .filter(([, rule]) => rule.assignee)
      .map(([audience]) => audience);
    expect(seeing).toEqual(['agency_officer', 'agency_head', 'secretariat', 'admin']);
  });
});
