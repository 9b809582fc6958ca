/** What the audit log records. Dotted names group by area, so an admin can filter `auth.*` by prefix. */
export enum AuditAction {
  Login = 'auth.login',
  LoginFailed = 'auth.login_failed',
  LockedOut = 'auth.locked_out',
  Logout = 'auth.logout',
  SessionRevoked = 'auth.session_revoked',
  PasswordChanged = 'auth.password_changed',
  PasswordReset = 'auth.password_reset',
  SecondFactorEnabled = 'auth.totp_enabled',
  SecondFactorReset = 'auth.totp_reset',
  UserCreated = 'user.created',
  UserUpdated = 'user.updated',
  CaseStatusChanged = 'case.status_changed',
  /** A case given to an officer of its agency, or taken back (data: assigneeId, previousAssigneeId). */
  CaseAssigned = 'case.assigned',
  ProtectedIdentityViewed = 'identity.viewed',
  IdentityAccessGranted = 'identity.access_granted',
  IdentityAccessRevoked = 'identity.access_revoked',
  PersonalDataAnonymised = 'privacy.anonymised',
  Exported = 'data.exported',
  /** An agency, area, category or routing rule created or changed by an administrator (data: kind, before, after). */
  ReferenceChanged = 'reference.changed',
}

export const AUDIT_ACTIONS = Object.values(AuditAction);
