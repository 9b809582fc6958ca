import { CaseChannel } from './case.enums';

/**
 * The purposes a person consents to when filing a case (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15; see docs/personal-data.md).
 * `handling` is required: without it the case cannot be processed. The others are optional and start unticked.
 */
export enum ConsentPurpose {
  Handling = 'handling',
  Publication = 'publication',
  Contact = 'contact',
}

/** How consent was taken: each intake channel has one, recorded with the case. */
export enum ConsentMethod {
  /** The web form's unticked boxes, ticked by the citizen. */
  WebCheckbox = 'web_checkbox',
  /** The operator read the short notice on the phone and ticked what the caller said. */
  ReadAloud = 'read_aloud',
  /** A walk-in citizen (tiếp công dân): the receiving officer read the notice and ticked what the citizen said. */
  InPerson = 'in_person',
  /** Recorded in the voter meeting's minutes (biên bản tiếp xúc cử tri). */
  MeetingMinutes = 'meeting_minutes',
  /** An email petition: handling rests on the sender's own act of sending it; nothing optional is assumed. */
  ImpliedBySending = 'implied_by_sending',
  /** An Open311 client that showed the notice in its own form. */
  ClientForm = 'client_form',
}

export const CONSENT_METHOD_OF_CHANNEL: Readonly<Record<CaseChannel, ConsentMethod>> = {
  [CaseChannel.Web]: ConsentMethod.WebCheckbox,
  [CaseChannel.Hotline]: ConsentMethod.ReadAloud,
  [CaseChannel.WalkIn]: ConsentMethod.InPerson,
  [CaseChannel.VoterMeeting]: ConsentMethod.MeetingMinutes,
  [CaseChannel.Email]: ConsentMethod.ImpliedBySending,
  [CaseChannel.Api]: ConsentMethod.ClientForm,
};

/** What a data subject asks for (Luật 91/2025/QH15, rights of the data subject). */
export enum PrivacyRequestKind {
  Access = 'access',
  Correction = 'correction',
  ConsentWithdrawal = 'consent_withdrawal',
  Erasure = 'erasure',
  Restriction = 'restriction',
}

export enum PrivacyRequestStatus {
  Received = 'received',
  Acknowledged = 'acknowledged',
  Completed = 'completed',
  Refused = 'refused',
}

/** The channel a one-time code goes to (a phone code goes by SMS). */
export enum ContactKind {
  Email = 'email',
  Phone = 'phone',
}

export enum BreachEntryType {
  Recorded = 'recorded',
  AuthorityNotified = 'authority_notified',
  SubjectsNotified = 'subjects_notified',
  Note = 'note',
  OverdueAlert = 'overdue_alert',
}

/** The data categories a breach may touch (the record of processing's categories), with their names in both languages. */
export const BREACH_DATA_CATEGORY_LABELS = {
  contact: { vi: 'Họ tên, điện thoại, thư điện tử người gửi', en: 'Citizens’ names, phones, emails' },
  identity: { vi: 'Danh tính người tố cáo', en: 'Denouncers’ identities' },
  location: { vi: 'Địa chỉ, toạ độ vụ việc', en: 'Addresses and coordinates' },
  description: { vi: 'Nội dung phản ánh, tố cáo', en: 'The cases’ texts' },
  internalNotes: { vi: 'Ghi chú nội bộ của cán bộ', en: 'Staff internal notes' },
  attachments: { vi: 'Tệp đính kèm', en: 'Attachments' },
  accounts: { vi: 'Tài khoản cán bộ', en: 'Staff accounts' },
} as const;
export type BreachDataCategory = keyof typeof BREACH_DATA_CATEGORY_LABELS;
export const BREACH_DATA_CATEGORIES = Object.keys(BREACH_DATA_CATEGORY_LABELS) as BreachDataCategory[];
