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
  /** A data-subject request filed, acknowledged, completed or refused (target: the request; docs/personal-data.md). */
  PrivacyRequestFiled = 'privacy.request_filed',
  PrivacyRequestAcknowledged = 'privacy.request_acknowledged',
  PrivacyRequestCompleted = 'privacy.request_completed',
  PrivacyRequestRefused = 'privacy.request_refused',
  /** A data subject's access export read (JSON or PDF). */
  PrivacyExportRead = 'privacy.export_read',
  PrivacyNoticePublished = 'privacy.notice_published',
  BreachRecorded = 'privacy.breach_recorded',
  BreachUpdated = 'privacy.breach_entry',
  /** A denunciation's content (description, address) read by staff: sensitive data under Luật 91/2025/QH15. */
  SensitiveContentViewed = 'identity.content_viewed',
  Exported = 'data.exported',
  /** An agency, area, category or routing rule created or changed by an administrator (data: kind, before, after). */
  ReferenceChanged = 'reference.changed',
  /** Staff published a case's redacted text (data: masks by kind, attachments published and withheld). */
  CasePublished = 'case.published',
  /** An answer template created, changed or deleted by the secretariat (data: before, after). */
  AnswerTemplateChanged = 'answer_template.changed',
  /** An agency's answers of a kind put under the head's approval, or released from it (data: agency, kind, required). */
  ApprovalRuleChanged = 'answer_approval.changed',
}

export const AUDIT_ACTIONS = Object.values(AuditAction);
