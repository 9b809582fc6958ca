import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
import { PolicyAction, PolicySubject, Role } from '@hotline/contracts';

export type AppAbility = MongoAbility<[PolicyAction, PolicySubject]>;

type Can = AbilityBuilder<AppAbility>['can'];

/** What anybody may do, signed in or not: file a case, follow one's own case with its code and key, read public data. */
function everyone(can: Can): void {
  can('create', 'Case');
  can('track', 'Case');
  can(['read'], ['Reference', 'Disclosure', 'Health']);
  // Open311 clients: the API key of a registered client is checked by the Open311 service (the spec's own errors).
  can(['read', 'create'], 'Open311');
  can('login', 'Session');
}

/** What every signed-in staff member may do besides their role's rules: their own session, password and second factor. */
function staff(can: Can): void {
  can(['use', 'secondFactor'], 'Session');
  can(['list', 'read'], 'Case');
  can('read', 'Attachment');
}

/**
 * Who may do what: the one table of the platform's authorization. Routes declare (action, subject) with @Policy; which
 * cases an agency user reaches is `agencyScope` (their agency, and its sub-units when configured) applied by the
 * services, and the case's state decides which transition is open (the state machine).
 */
const RULES: Record<Role, (can: Can) => void> = {
  [Role.Operator]: (can) => {
    can(['intake', 'provideInfo', 'attach', 'export', 'note', 'findSimilar'], 'Case');
    can(['read', 'create', 'update', 'import'], 'VoterMeeting');
    can(['read', 'create', 'export'], 'Reception');
  },
  [Role.AgencyOfficer]: (can) => agencyRules(can),
  [Role.AgencyHead]: (can) => agencyRules(can),
  [Role.Secretariat]: (can) => {
    can(['intake', 'route', 'extend', 'provideInfo', 'close', 'reject', 'attach', 'export', 'note', 'findSimilar', 'merge'], 'Case');
    can(['read', 'create', 'update', 'import'], 'VoterMeeting');
    can(['read', 'create', 'export'], 'Reception');
    can('read', ['PaknLink', 'StatutoryReport']);
    can('read', 'CaseIdentity');
    can(['read', 'create', 'delete'], 'IdentityGrant');
    can('read', ['Report', 'OverdueBoard', 'DeadlineRule', 'Calendar', 'ReferenceAdmin']);
    can(['read', 'create', 'update', 'delete'], ['CouncilSession', 'CouncilTarget']);
  },
  [Role.CouncilMember]: (can) => {
    can('export', 'Case');
    can('read', ['Report', 'OverdueBoard', 'CouncilSession', 'CouncilTarget', 'VoterMeeting', 'StatutoryReport']);
  },
  [Role.Admin]: (can) => {
    can('manage', 'all');
  },
};

function agencyRules(can: Can): void {
  can(['accept', 'start', 'return', 'answer', 'extend', 'requestInfo', 'provideInfo', 'attach', 'export', 'note'], 'Case');
  // Only with a live grant from the secretariat, checked by the identity service.
  can('read', 'CaseIdentity');
  can('read', ['Report', 'OverdueBoard']);
}

const cache = new Map<Role | 'anonymous', AppAbility>();

/** The ability of a role, or of the anonymous public (`null`). Built once per role. */
export function abilityFor(role: Role | null): AppAbility {
  const key = role ?? 'anonymous';
  let ability = cache.get(key);
  if (!ability) {
    const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
    everyone(can);
    if (role) {
      staff(can);
      RULES[role](can);
    }
    ability = build();
    cache.set(key, ability);
  }
  return ability;
}
