/**
 * What a route does (action) to what (subject). Every route declares one pair with `@Policy(action, subject)`; who may
 * do it is decided in one table (libs/auth/src/policy/abilities.ts).
 */
export type PolicySubject =
  | 'Case'
  | 'CaseIdentity'
  | 'IdentityGrant'
  | 'Attachment'
  | 'Reference'
  /** Reference data as administered: every row with its id (inactive ones too), agency emails, routing rules. */
  | 'ReferenceAdmin'
  | 'Disclosure'
  | 'Report'
  | 'OverdueBoard'
  | 'DeadlineRule'
  | 'Calendar'
  /** The learned models: their accuracy, the auto-routing threshold. */
  | 'RoutingModel'
  | 'CouncilSession'
  | 'CouncilTarget'
  | 'User'
  | 'Session'
  | 'AuditLog'
  | 'DeadLetter'
  | 'Retention'
  | 'Health'
  | 'Metrics'
  | 'VoterMeeting'
  /** The walk-in reception register (sổ tiếp công dân). */
  | 'Reception'
  /** The national PAKN link's state (what was pushed and pulled). */
  | 'PaknLink'
  /** The statutory periodic reports (TT 02/2021/TT-TTCP forms). */
  | 'StatutoryReport'
  | 'Open311'
  | 'Open311Client'
  /** Personal data law (docs/personal-data.md): notices, data-subject requests, the record of processing, breaches. */
  | 'PrivacyNotice'
  | 'PrivacyRequest'
  | 'ProcessingRecord'
  | 'Breach'
  /** Which agencies' answers, per kind, need the agency head's approval (docs/answers.md). */
  | 'ApprovalRule'
  | 'AnswerTemplate'
  /** A case's publication: its redacted text and the attachments staff confirmed for the public page. */
  | 'Publication'
  | 'all';

export type PolicyAction =
  | 'manage'
  | 'read'
  | 'list'
  | 'create'
  | 'update'
  | 'delete'
  | 'export'
  | 'run'
  // Cases
  | 'intake'
  | 'track'
  | 'attach'
  | 'route'
  | 'accept'
  | 'start'
  | 'return'
  | 'answer'
  | 'extend'
  | 'requestInfo'
  | 'provideInfo'
  | 'close'
  | 'reject'
  | 'note'
  | 'findSimilar'
  | 'merge'
  /** Give a case to one officer of its agency, or take it back. */
  | 'assign'
  | 'import'
  | 'approve'
  | 'sendBack'
  | 'returnAnswer'
  | 'publish'
  // Sessions
  | 'login'
  | 'use'
  | 'secondFactor';
