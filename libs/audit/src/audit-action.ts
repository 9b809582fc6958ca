/** What the audit log records. Dotted names group by area, so an admin can filter `auth.*` by prefix. */
export enum AuditAction {
  Login = 'auth.login',
  LoginFailed = 'auth.login_failed',
  LockedOut = 'auth.locked_out',
  CaseStatusChanged = 'case.status_changed',
  ProtectedIdentityViewed = 'identity.viewed',
  IdentityAccessGranted = 'identity.access_granted',
  IdentityAccessRevoked = 'identity.access_revoked',
  PersonalDataAnonymised = 'privacy.anonymised',
  Exported = 'data.exported',
}

export const AUDIT_ACTIONS = Object.values(AuditAction);
