/** Mail texts, Vietnamese first and English second, filled from the notification's params. */
export enum MailTemplate {
  CaseReceipt = 'case-receipt',
  AgencyNewCase = 'agency-new-case',
  CaseAnswered = 'case-answered',
  CaseReturned = 'case-returned',
  /** To the agency head: an officer's draft answer waits for approval (docs/answers.md). */
  AnswerAwaitingApproval = 'answer-awaiting-approval',
  DeadlineReminder = 'deadline-reminder',
  DeadlineDueToday = 'deadline-due-today',
  DeadlineOverdue = 'deadline-overdue',
  DeadlineVeryLate = 'deadline-very-late',
  RiskDigest = 'risk-digest',
  /** To a person proving control of their phone or email for a data-subject request (docs/personal-data.md). */
  PrivacyCode = 'privacy-code',
  /** The one-time code that opens a citizen's "my cases" list (docs/channels.md). */
  MyCasesCode = 'my-cases-code',
  /** The one-time code that confirms a contact following or co-signing a public case. */
  SupporterCode = 'supporter-code',
  /** To a follower of a public case: its answer is published (with the unsubscribe link). */
  FollowedCaseAnswered = 'followed-case-answered',
}

export interface MailParams {
  trackingCode: string;
  title: string;
  /** Set when the mail is rendered (citizenTrackUrl): the link opens the case, its token is never stored. */
  trackUrl?: string;
  /** Set when a citizen's notice is rendered: the case's PIN (tracking-pin.ts), never stored in the params. */
  pin?: string;
  staffUrl?: string;
  agencyName?: string;
  answer?: string;
  reason?: string;
  kindLabel?: string;
  dueText?: string;
  clockLabel?: string;
  clockLabelEn?: string;
  /** The risk digest: one line per case likely to be late, and how many. */
  list?: string;
  count?: number;
  /** The privacy code: the id of its `privacy_codes` row (the code is derived from it when sent, never stored). */
  privacyCodeId?: string;
  /** Set when the privacy code's notice is rendered (privacy-code.ts). */
  code?: string;
  ttlMinutes?: number;
  /** A follower's notice: the follower's id (its unsubscribe link is computed from it when sent, unfollow-link.ts). */
  followerId?: string;
  /** Set when a follower's notice is rendered. */
  unfollowUrl?: string;
  /** The public page of the case (no token): what a follower opens. */
  trackPage?: string;
}

interface Text {
  subject: (p: MailParams) => string;
  body: (p: MailParams) => string;
}

/** Who a notice names when no agency holds the case (received, in triage, returned): the secretariat's to move. */
const agencyVi = (p: MailParams): string => p.agencyName ?? 'Văn phòng HĐND (chưa chuyển cơ quan)';
const agencyEn = (p: MailParams): string => p.agencyName ?? 'the council office (not yet routed to an agency)';

export const CATALOGUE: Record<MailTemplate, { vi: Text; en: Text }> = {
  [MailTemplate.CaseReceipt]: {
    vi: {
      subject: (p) => `[${p.trackingCode}] Đã tiếp nhận phản ánh, kiến nghị của bạn`,
      body: (p) =>
        `Đường dây nóng HĐND đã tiếp nhận hồ sơ "${p.title}".\nMã hồ sơ: ${p.trackingCode}\n` +
        (p.pin ? `Mã PIN (tra cứu cùng mã hồ sơ, khi gọi đường dây nóng): ${p.pin}\n` : '') +
        `Theo dõi tiến độ: ${p.trackUrl}\nLiên kết này mở hồ sơ của bạn: xin đừng chia sẻ.`,
    },
    en: {
      subject: (p) => `[${p.trackingCode}] Your submission was received`,
      body: (p) =>
        `The council hotline received "${p.title}".\n` +
        `Tracking code: ${p.trackingCode}\n${p.pin ? `PIN (with the tracking code, or on the phone): ${p.pin}\n` : ''}` +
        `Follow it at: ${p.trackUrl}\nThis link opens your case: please do not share it.`,
    },
  },
  [MailTemplate.AgencyNewCase]: {
    vi: {
      subject: (p) => `[${p.trackingCode}] Hồ sơ mới chuyển đến ${agencyVi(p)}`,
      body: (p) =>
        `Đường dây nóng HĐND chuyển đến ${agencyVi(p)} hồ sơ ${p.trackingCode} (${p.kindLabel}): "${p.title}".\n` +
        `Đề nghị tiếp nhận hoặc trả lại trong thời hạn quy định: ${p.staffUrl}`,
    },
    en: {
      subject: (p) => `[${p.trackingCode}] New case for ${agencyEn(p)}`,
      body: (p) => `Case ${p.trackingCode} (${p.kindLabel}) "${p.title}" was routed to ${agencyEn(p)}.\nAccept or return it: ${p.staffUrl}`,
    },
  },
  [MailTemplate.CaseAnswered]: {
    vi: {
      subject: (p) => `[${p.trackingCode}] Đã có trả lời cho hồ sơ của bạn`,
      body: (p) =>
        `${agencyVi(p)} đã trả lời hồ sơ "${p.title}":\n\n${p.answer}\n\n` + `Xem và đánh giá mức độ hài lòng tại: ${p.trackUrl}`,
    },
    en: {
      subject: (p) => `[${p.trackingCode}] Your case has been answered`,
      body: (p) => `${agencyEn(p)} answered "${p.title}":\n\n${p.answer}\n\nRead and rate the answer at: ${p.trackUrl}`,
    },
  },
  [MailTemplate.CaseReturned]: {
    vi: {
      subject: (p) => `[${p.trackingCode}] ${agencyVi(p)} trả lại hồ sơ, cần phân loại lại`,
      body: (p) => `${agencyVi(p)} trả lại hồ sơ ${p.trackingCode} "${p.title}".\nLý do: ${p.reason}\nPhân loại lại: ${p.staffUrl}`,
    },
    en: {
      subject: (p) => `[${p.trackingCode}] ${agencyEn(p)} returned the case`,
      body: (p) => `${agencyEn(p)} returned case ${p.trackingCode} "${p.title}".\nReason: ${p.reason}\nReroute it: ${p.staffUrl}`,
    },
  },
  [MailTemplate.AnswerAwaitingApproval]: {
    vi: {
      subject: (p) => `[${p.trackingCode}] Dự thảo trả lời chờ lãnh đạo duyệt`,
      body: (p) =>
        `Cán bộ ${agencyVi(p)} đã trình dự thảo trả lời hồ sơ ${p.trackingCode} "${p.title}". ` +
        `Trả lời chỉ được gửi người dân sau khi lãnh đạo duyệt.\nDuyệt, sửa hoặc trả lại: ${p.staffUrl}`,
    },
    en: {
      subject: (p) => `[${p.trackingCode}] Draft answer awaiting your approval`,
      body: (p) =>
        `An officer of ${agencyEn(p)} drafted the answer to case ${p.trackingCode} "${p.title}". ` +
        `It reaches the citizen only once approved.\nApprove, edit or send it back: ${p.staffUrl}`,
    },
  },
  [MailTemplate.DeadlineReminder]: {
    vi: {
      subject: (p) => `[${p.trackingCode}] Nhắc hạn: còn 2 ngày làm việc (${p.clockLabel})`,
      body: (p) =>
        `Hồ sơ ${p.trackingCode} "${p.title}" do ${agencyVi(p)} xử lý sẽ đến hạn ${p.clockLabel} lúc ${p.dueText}.\n` +
        `Xem hồ sơ: ${p.staffUrl}`,
    },
    en: {
      subject: (p) => `[${p.trackingCode}] Reminder: due in 2 working days (${p.clockLabelEn})`,
      body: (p) =>
        `Case ${p.trackingCode} "${p.title}" handled by ${agencyEn(p)} is due (${p.clockLabelEn}) at ${p.dueText}.\nOpen it: ${p.staffUrl}`,
    },
  },
  [MailTemplate.DeadlineDueToday]: {
    vi: {
      subject: (p) => `[${p.trackingCode}] Đến hạn hôm nay (${p.clockLabel})`,
      body: (p) =>
        `Hồ sơ ${p.trackingCode} "${p.title}" do ${agencyVi(p)} xử lý đến hạn ${p.clockLabel} hôm nay lúc ${p.dueText}.\n` +
        `Xem hồ sơ: ${p.staffUrl}`,
    },
    en: {
      subject: (p) => `[${p.trackingCode}] Due today (${p.clockLabelEn})`,
      body: (p) =>
        `Case ${p.trackingCode} "${p.title}" handled by ${agencyEn(p)} is due (${p.clockLabelEn}) today at ${p.dueText}.\n` +
        `Open it: ${p.staffUrl}`,
    },
  },
  [MailTemplate.DeadlineOverdue]: {
    vi: {
      subject: (p) => `[${p.trackingCode}] QUÁ HẠN: ${p.clockLabel}`,
      body: (p) =>
        `Hồ sơ ${p.trackingCode} "${p.title}" do ${agencyVi(p)} xử lý đã quá hạn ${p.clockLabel} (hạn ${p.dueText}).\n` +
        `Đề nghị thủ trưởng cơ quan chỉ đạo xử lý ngay. Xem hồ sơ: ${p.staffUrl}`,
    },
    en: {
      subject: (p) => `[${p.trackingCode}] OVERDUE: ${p.clockLabelEn}`,
      body: (p) =>
        `Case ${p.trackingCode} "${p.title}" handled by ${agencyEn(p)} is overdue (${p.clockLabelEn}, due ${p.dueText}).\n` +
        `Open it: ${p.staffUrl}`,
    },
  },
  [MailTemplate.DeadlineVeryLate]: {
    vi: {
      subject: (p) => `[${p.trackingCode}] Chậm trên 5 ngày làm việc: ${p.clockLabel}`,
      body: (p) =>
        `Hồ sơ ${p.trackingCode} "${p.title}" do ${agencyVi(p)} xử lý đã chậm quá 5 ngày làm việc (hạn ${p.dueText}).\n` +
        `Hồ sơ được đưa vào danh sách báo cáo Thường trực HĐND. Xem hồ sơ: ${p.staffUrl}`,
    },
    en: {
      subject: (p) => `[${p.trackingCode}] More than 5 working days late: ${p.clockLabelEn}`,
      body: (p) =>
        `Case ${p.trackingCode} "${p.title}" handled by ${agencyEn(p)} is more than 5 working days late (due ${p.dueText}); ` +
        `it is listed for the council's standing committee.\n` +
        `Open it: ${p.staffUrl}`,
    },
  },
  [MailTemplate.RiskDigest]: {
    vi: {
      subject: (p) => `Hồ sơ có nguy cơ trễ hạn ngày ${p.title}: ${p.count}`,
      body: (p) =>
        `${p.count} hồ sơ đang mở có khả năng trễ hạn trả lời (dự báo từ lịch sử xử lý), nguy cơ cao nhất trước:\n${p.list}\n` +
        `Còn thời gian để đôn đốc cơ quan xử lý.`,
    },
    en: {
      subject: (p) => `Cases at risk of missing their due date on ${p.title}: ${p.count}`,
      body: (p) => `${p.count} open cases are likely to miss their answer deadline (forecast from past handling), riskiest first.`,
    },
  },
  [MailTemplate.PrivacyCode]: {
    vi: {
      subject: () => 'Mã xác nhận yêu cầu về dữ liệu cá nhân',
      body: (p) =>
        `Mã xác nhận của bạn là: ${p.code}\nMã dùng một lần, hết hạn sau ${p.ttlMinutes} phút.\nNếu bạn không yêu cầu, hãy bỏ qua.`,
    },
    en: {
      subject: () => 'Verification code for your personal data request',
      body: (p) => `Your verification code is: ${p.code}\nIt can be used once and expires in ${p.ttlMinutes} minutes.`,
    },
  },
  [MailTemplate.MyCasesCode]: {
    vi: {
      subject: () => 'Mã xác nhận xem hồ sơ của bạn',
      body: (p) =>
        `Mã xác nhận để xem các hồ sơ của bạn là: ${p.code}\nMã dùng một lần, hết hạn sau ${p.ttlMinutes} phút.\n` +
        `Nếu bạn không yêu cầu, hãy bỏ qua thư này.`,
    },
    en: {
      subject: () => 'Code to see your cases',
      body: (p) => `Your code to see your cases is: ${p.code}\nIt can be used once and expires in ${p.ttlMinutes} minutes.`,
    },
  },
  [MailTemplate.SupporterCode]: {
    vi: {
      subject: (p) => `[${p.trackingCode}] Mã xác nhận theo dõi, đồng tình hồ sơ`,
      body: (p) =>
        `Mã xác nhận để theo dõi hoặc đồng tình với hồ sơ ${p.trackingCode} là: ${p.code}\n` +
        `Mã dùng một lần, hết hạn sau ${p.ttlMinutes} phút. Nếu bạn không yêu cầu, hãy bỏ qua thư này.`,
    },
    en: {
      subject: (p) => `[${p.trackingCode}] Code to follow or co-sign a case`,
      body: (p) =>
        `Your code to follow or co-sign case ${p.trackingCode} is: ${p.code}\nIt can be used once and expires in ${p.ttlMinutes} minutes.`,
    },
  },
  [MailTemplate.FollowedCaseAnswered]: {
    vi: {
      subject: (p) => `[${p.trackingCode}] Hồ sơ bạn theo dõi đã có trả lời`,
      body: (p) =>
        `Hồ sơ "${p.title}" (${p.trackingCode}) mà bạn theo dõi đã có trả lời công khai.\nXem: ${p.trackPage}\n` +
        `Không muốn nhận tin về hồ sơ này nữa: ${p.unfollowUrl}`,
    },
    en: {
      subject: (p) => `[${p.trackingCode}] A case you follow has been answered`,
      body: (p) => `The case you follow has a published answer: ${p.trackPage}\nStop these messages: ${p.unfollowUrl}`,
    },
  },
};

/** One bilingual message: Vietnamese subject, both languages in the body. */
export function renderMail(template: MailTemplate, params: MailParams): { subject: string; text: string } {
  const { vi, en } = CATALOGUE[template];
  return { subject: vi.subject(params), text: `${vi.body(params)}\n\n—\n${en.subject(params)}\n${en.body(params)}\n` };
}
