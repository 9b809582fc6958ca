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
  // A citizen proves control of their contact with a one-time code, then files a data-subject request.
  can('read', 'PrivacyNotice');
  can('create', 'PrivacyRequest');
}

/** What every signed-in staff member may do besides their role's rules: their own session, password and second factor. */
function staff(can: Can): void {
  can(['use', 'secondFactor'], 'Session');
  can(['list', 'read'], 'Case');
  can('read', 'Attachment');
  // Anyone on the staff who suspects a breach records it; the data protection officer (admin) handles the register.
  can('create', 'Breach');
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
    // Files a data-subject request for a caller (phone-only people: there is no SMS code yet).
    can('intake', 'PrivacyRequest');
    can(['read', 'create', 'export'], 'Reception');
  },
  [Role.AgencyOfficer]: (can) => agencyRules(can),
  [Role.AgencyHead]: (can) => {
    agencyRules(can);
    can('assign', 'Case');
  },
  [Role.Secretariat]: (can) => {
    can(
      [
        'intake',
        'route',
        'extend',
        'provideInfo',
        'close',
        'reject',
        'attach',
        'export',
        'note',
        'findSimilar',
        'merge',
        'assign',
        'returnAnswer',
      ],
      'Case',
    );
    can(['read', 'create', 'update', 'delete'], 'AnswerTemplate');
    can(['read', 'publish'], 'Publication');
    can('read', 'ApprovalRule');
    can(['read', 'create', 'update', 'import'], 'VoterMeeting');
    can(['read', 'create', 'export'], 'Reception');
    can('read', ['PaknLink', 'StatutoryReport']);
    can('read', 'CaseIdentity');
    can(['read', 'create', 'delete'], 'IdentityGrant');
    can('read', ['Report', 'OverdueBoard', 'DeadlineRule', 'Calendar', 'ReferenceAdmin']);
    can(['read', 'update'], 'RoutingModel');
    can(['read', 'create', 'update', 'delete'], ['CouncilSession', 'CouncilTarget']);
    can('intake', 'PrivacyRequest');
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
  // Approving is the head's: the state machine refuses an officer with `approval_not_allowed`.
  can(
    ['accept', 'start', 'return', 'answer', 'approve', 'sendBack', 'extend', 'requestInfo', 'provideInfo', 'attach', 'export', 'note'],
    'Case',
  );
  can('read', 'AnswerTemplate');
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
