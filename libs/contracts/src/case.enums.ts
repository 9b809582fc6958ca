export enum CaseKind {
  Feedback = 'feedback',
  Petition = 'petition',
  Complaint = 'complaint',
  Denunciation = 'denunciation',
  Question = 'question',
}

export enum CaseChannel {
  Web = 'web',
  Hotline = 'hotline',
  Email = 'email',
  VoterMeeting = 'voter_meeting',
  WalkIn = 'walk_in',
  Api = 'api',
}

/** The channels an operator keys a case in from (hotline intake); the web and Open311 bring their own. */
export const OPERATOR_CHANNELS = [CaseChannel.Hotline, CaseChannel.WalkIn, CaseChannel.Email, CaseChannel.VoterMeeting] as const;

export enum CaseStatus {
  Received = 'received',
  Triage = 'triage',
  Routed = 'routed',
  Accepted = 'accepted',
  Returned = 'returned',
  InProgress = 'in_progress',
  AwaitingInfo = 'awaiting_info',
  /** An officer's answer waits for the agency head's approval (docs/answers.md); the citizen has not been answered. */
  AwaitingApproval = 'awaiting_approval',
  Answered = 'answered',
  Reopened = 'reopened',
  Closed = 'closed',
  Merged = 'merged',
  Rejected = 'rejected',
  Withdrawn = 'withdrawn',
}

export enum CasePriority {
  Normal = 'normal',
  Urgent = 'urgent',
}

export enum CaseAction {
  Route = 'route',
  Accept = 'accept',
  Return = 'return',
  Start = 'start',
  RequestInfo = 'request_info',
  ProvideInfo = 'provide_info',
  Answer = 'answer',
  /** The agency head approves the answer waiting for approval (as written or edited): it goes to the citizen. */
  Approve = 'approve',
  /** The agency head sends the answer back to the officer with a comment. */
  SendBack = 'send_back',
  /** The secretariat returns an answer not yet published that does not address the case (docs/answers.md). */
  ReturnAnswer = 'return_answer',
  Close = 'close',
  Reopen = 'reopen',
  Merge = 'merge',
  Reject = 'reject',
  Withdraw = 'withdraw',
}

export enum CaseEventType {
  Received = 'received',
  Routed = 'routed',
  SentToTriage = 'sent_to_triage',
  StatusChanged = 'status_changed',
  Answered = 'answered',
  DeadlineExtended = 'deadline_extended',
  /** Staff's internal note: never shown to the citizen, changes nothing. */
  InternalNote = 'internal_note',
  /** A message from outside on the case's thread (an email reply carrying the tracking code); staff only. */
  MessageReceived = 'message_received',
  /** On a duplicate: it was merged into another case (status merged). */
  MergedInto = 'merged_into',
  /** On the surviving case: a duplicate was merged into it; its reporter is told of this case's answer. */
  DuplicateMerged = 'duplicate_merged',
  /** The deadline scan escalated an overdue clock to the agency head and the secretariat. */
  DeadlineOverdue = 'deadline_overdue',
  /** The deadline scan listed a clock overdue by more than the very-late threshold for the standing committee. */
  DeadlineVeryLate = 'deadline_very_late',
  /** The case was given to one officer of its agency (data: assigneeId, previousAssigneeId). */
  Assigned = 'assigned',
  /** The case's officer was taken off it (data: previousAssigneeId). */
  Unassigned = 'unassigned',
  /** An officer's answer, kept as a draft for the agency head's approval (staff only). */
  AnswerDrafted = 'answer_drafted',
  /** The agency head sent the draft answer back to the officer, with a comment (staff only). */
  AnswerSentBack = 'answer_sent_back',
  /** The secretariat returned an answer that does not address the case to the agency (staff only). */
  AnswerReturned = 'answer_returned',
  /** Staff published the case's redacted title and answer (and the attachments they confirmed) on the public page. */
  Published = 'published',
}
