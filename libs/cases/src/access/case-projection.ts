import { Actor, CaseKind, ErrorCode, Role } from '@hotline/contracts';
import { ForbiddenError } from '@hotline/platform';
import { maskEmail, maskEmailSql, maskName, maskNameSql, maskPhone, maskPhoneSql } from '../identity/masking';
import { isRestricted, RestrictableCase } from './processing-restriction';

/**
 * Who reads a case: a staff role, the citizen who holds the case's key, the public (anonymous readers, Open311
 * clients, the disclosure page), or a notice mailed to an agency's or the secretariat's address (read by whoever
 * reads that mailbox).
 */
export type Audience = Role | 'citizen' | 'public' | 'notice';

/**
 * How much of the citizen's contact (name, phone, email) an audience sees.
 * - `full`: in full everywhere, lists and exports included; these roles may also look cases up by phone.
 * - `handling`: in full in the detail of one case (the agency handling it must be able to reach the citizen),
 *   masked in every output that lists many cases (list, CSV export); no lookup by phone.
 * - `masked`: masked everywhere (`09xx xxx 678`, `a***@example.com`, `N. V. A.`).
 * - `none`: never.
 */
export type ContactAccess = 'full' | 'handling' | 'masked' | 'none';

/**
 * A denouncer's identity (Luật Tố cáo 2018 Art. 47), kept apart from the case:
 * - `keeper`: shown in the case detail, each view audited; never in a list or export;
 * - `grant`: only through GET /cases/:id/identity, with a live grant from a keeper, each view audited;
 * - `none`: never.
 */
export type IdentityAccess = 'keeper' | 'grant' | 'none';

export interface CaseProjectionRule {
  contact: ContactAccess;
  identity: IdentityAccess;
  /** The case's address and coordinates (the area, a named unit, is shown to every audience that sees the case). */
  location: boolean;
  /** The citizen's own words: they often name people and places. */
  description: boolean;
  /** Staff-only events' notes (internal notes, reasons for returns, extensions and reroutes). */
  internalNotes: boolean;
  /** Which officer of the agency the case is assigned to (an internal matter of the agency and the secretariat). */
  assignee: boolean;
}

/** The one table of what each audience sees of a case; every read path takes its fields from here. */
export const CASE_PROJECTION: Readonly<Record<Audience, CaseProjectionRule>> = {
  [Role.Operator]: { contact: 'full', identity: 'none', location: true, description: true, internalNotes: true, assignee: false },
  [Role.AgencyOfficer]: { contact: 'handling', identity: 'grant', location: true, description: true, internalNotes: true, assignee: true },
  [Role.AgencyHead]: { contact: 'handling', identity: 'grant', location: true, description: true, internalNotes: true, assignee: true },
  [Role.Secretariat]: { contact: 'full', identity: 'keeper', location: true, description: true, internalNotes: true, assignee: true },
  [Role.CouncilMember]: { contact: 'masked', identity: 'none', location: false, description: true, internalNotes: false, assignee: false },
  [Role.Admin]: { contact: 'full', identity: 'keeper', location: true, description: true, internalNotes: true, assignee: true },
  citizen: { contact: 'none', identity: 'none', location: false, description: false, internalNotes: false, assignee: false },
  public: { contact: 'none', identity: 'none', location: false, description: false, internalNotes: false, assignee: false },
  notice: { contact: 'none', identity: 'none', location: false, description: false, internalNotes: false, assignee: false },
};

export const audienceOf = (actor: Actor): Audience =>
  actor.type === 'staff' ? actor.role : actor.type === 'citizen' ? 'citizen' : 'notice';

export const projectionOf = (actor: Actor): CaseProjectionRule => CASE_PROJECTION[audienceOf(actor)];

const rolesWhere = (test: (rule: CaseProjectionRule) => boolean): Role[] =>
  Object.values(Role).filter((role) => test(CASE_PROJECTION[role]));

/** Who sees a denunciation's author without a grant: the secretariat that decides on grants, and admins. */
export const IDENTITY_KEEPERS: readonly Role[] = rolesWhere((r) => r.identity === 'keeper');

/** Who may filter or search cases by a phone number: only those who see phones in full in lists anyway. */
export const PHONE_LOOKUP_ROLES: readonly Role[] = rolesWhere((r) => r.contact === 'full');

export const mayLookUpByPhone = (actor: Actor): boolean => actor.type === 'staff' && PHONE_LOOKUP_ROLES.includes(actor.role);

/** A phone filter from anyone else is refused, not ignored: a match would tell them who filed. */
export function checkPhoneLookup(actor: Actor): void {
  if (mayLookUpByPhone(actor)) return;
  throw new ForbiddenError(
    'Looking cases up by phone number is for operators, the secretariat and admins',
    [{ field: 'phone', message: 'phone is not a filter for this role' }],
    ErrorCode.PhoneLookupForbidden,
  );
}

/** One case's detail, or an output that lists many cases (list, exports): `handling` contact differs between them. */
export type ProjectionScope = 'case' | 'many';

/**
 * How a contact field is shown to this audience in this scope. A case whose processing the person restricted
 * (processing-restriction.ts) shows `handling` audiences the contact masked in its detail too.
 */
export function contactShown(rule: CaseProjectionRule, scope: ProjectionScope, restricted = false): 'full' | 'masked' | 'none' {
  if (rule.contact === 'handling') return scope === 'case' && !restricted ? 'full' : 'masked';
  return rule.contact;
}

export type ContactField = 'name' | 'phone' | 'email';

const MASKS: Record<ContactField, { ts: (value: string) => string; sql: (expression: string) => string }> = {
  name: { ts: maskName, sql: maskNameSql },
  phone: { ts: maskPhone, sql: maskPhoneSql },
  email: { ts: maskEmail, sql: maskEmailSql },
};

interface ContactSource extends RestrictableCase {
  kind: CaseKind;
  anonymous?: boolean;
  citizenName: string | null;
  citizenPhone: string | null;
  citizenEmail: string | null;
}

/**
 * One contact field of an ordinary case as this audience sees it (undefined when hidden). A denunciation's author is
 * never read from here: their identity is kept apart and shown only by the identity rule.
 */
export function contactValue(
  rule: CaseProjectionRule,
  scope: ProjectionScope,
  kase: ContactSource,
  field: ContactField,
): string | undefined {
  const value = { name: kase.citizenName, phone: kase.citizenPhone, email: kase.citizenEmail }[field];
  const shown = contactShown(rule, scope, isRestricted(kase));
  if (value === null || value === undefined || shown === 'none' || kase.kind === CaseKind.Denunciation || kase.anonymous) return undefined;
  return shown === 'full' ? value : MASKS[field].ts(value);
}

const CONTACT_COLUMN: Record<ContactField, string> = { name: 'citizen_name', phone: 'citizen_phone', email: 'citizen_email' };

/** The same rule as `contactValue`, as an SQL expression over the `cases` row aliased `alias` (for COPY exports). */
export function contactSql(rule: CaseProjectionRule, scope: ProjectionScope, alias: string, field: ContactField): string {
  const shown = contactShown(rule, scope);
  if (shown === 'none') return 'NULL::text';
  const column = `${alias}.${CONTACT_COLUMN[field]}`;
  const value = shown === 'full' ? column : MASKS[field].sql(column);
  return `CASE WHEN ${alias}.kind = '${CaseKind.Denunciation}' OR ${alias}.anonymous THEN NULL ELSE ${value} END`;
}

/**
 * The case's address as this audience sees it, in TS and in SQL. A denunciation's address can point at its author:
 * it is shown only in one case's detail, never in an output of many cases.
 */
export function addressValue(
  rule: CaseProjectionRule,
  scope: ProjectionScope,
  kase: { kind: CaseKind; address: string | null },
): string | undefined {
  if (!rule.location || kase.address === null || (scope === 'many' && kase.kind === CaseKind.Denunciation)) return undefined;
  return kase.address;
}
export function addressSql(rule: CaseProjectionRule, scope: ProjectionScope, alias: string): string {
  if (!rule.location) return 'NULL::text';
  return scope === 'many' ? `CASE WHEN ${alias}.kind = '${CaseKind.Denunciation}' THEN NULL ELSE ${alias}.address END` : `${alias}.address`;
}

/**
 * The publication rule (Open311 and the disclosure page): a case is published when its citizen chose so and it is
 * not a denunciation (whose author and subject are confidential whatever the flag says). What is published of it is
 * the `public` row of the table.
 */
export const publishedSql = (alias: string): string => `(${alias}.is_public AND ${alias}.kind <> '${CaseKind.Denunciation}')`;
export const isPublished = (kase: { isPublic: boolean; kind: CaseKind }): boolean => kase.isPublic && kase.kind !== CaseKind.Denunciation;

export const PUBLIC_PROJECTION: CaseProjectionRule = CASE_PROJECTION.public;
