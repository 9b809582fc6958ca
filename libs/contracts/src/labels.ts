import { CaseChannel, CaseEventType, CaseKind, CasePriority, CaseStatus } from './case.enums';
import { IdentityDocumentType, ReceptionOutcome, ReceptionRefusalGround } from './reception';

export interface Label {
  vi: string;
  en: string;
}

export const KIND_LABELS: Record<CaseKind, Label> = {
  [CaseKind.Feedback]: { vi: 'Phản ánh', en: 'Feedback' },
  [CaseKind.Petition]: { vi: 'Kiến nghị', en: 'Petition' },
  [CaseKind.Complaint]: { vi: 'Khiếu nại', en: 'Complaint' },
  [CaseKind.Denunciation]: { vi: 'Tố cáo', en: 'Denunciation' },
  [CaseKind.Question]: { vi: 'Hỏi đáp', en: 'Question' },
};

export const STATUS_LABELS: Record<CaseStatus, Label> = {
  [CaseStatus.Received]: { vi: 'Đã tiếp nhận', en: 'Received' },
  [CaseStatus.Triage]: { vi: 'Đang phân loại', en: 'Being triaged' },
  [CaseStatus.Routed]: { vi: 'Đã chuyển cơ quan xử lý', en: 'Sent to the agency' },
  [CaseStatus.Accepted]: { vi: 'Cơ quan đã tiếp nhận', en: 'Accepted by the agency' },
  [CaseStatus.Returned]: { vi: 'Đang phân loại lại', en: 'Being rerouted' },
  [CaseStatus.InProgress]: { vi: 'Đang xử lý', en: 'In progress' },
  [CaseStatus.AwaitingInfo]: { vi: 'Chờ bổ sung thông tin', en: 'Awaiting information' },
  [CaseStatus.AwaitingApproval]: { vi: 'Đang xử lý (chờ lãnh đạo duyệt trả lời)', en: 'In progress (answer awaiting approval)' },
  [CaseStatus.Answered]: { vi: 'Đã trả lời', en: 'Answered' },
  [CaseStatus.Reopened]: { vi: 'Đang xử lý lại', en: 'Reopened' },
  [CaseStatus.Closed]: { vi: 'Đã kết thúc', en: 'Closed' },
  [CaseStatus.Merged]: { vi: 'Đã gộp với hồ sơ khác', en: 'Merged' },
  [CaseStatus.Rejected]: { vi: 'Không thụ lý', en: 'Rejected' },
  [CaseStatus.Withdrawn]: { vi: 'Đã rút', en: 'Withdrawn' },
};

export const CHANNEL_LABELS: Record<CaseChannel, Label> = {
  [CaseChannel.Web]: { vi: 'Cổng thông tin', en: 'Web' },
  [CaseChannel.Hotline]: { vi: 'Đường dây nóng', en: 'Hotline' },
  [CaseChannel.Email]: { vi: 'Thư điện tử', en: 'Email' },
  [CaseChannel.VoterMeeting]: { vi: 'Tiếp xúc cử tri', en: 'Voter meeting' },
  [CaseChannel.WalkIn]: { vi: 'Tiếp công dân', en: 'Walk-in' },
  [CaseChannel.Api]: { vi: 'Hệ thống khác (API)', en: 'Other systems (API)' },
};

export const PRIORITY_LABELS: Record<CasePriority, Label> = {
  [CasePriority.Normal]: { vi: 'Thường', en: 'Normal' },
  [CasePriority.Urgent]: { vi: 'Khẩn', en: 'Urgent' },
};

/** The timeline's name of an event that changes no status (a status change shows the status it led to). */
export const EVENT_LABELS: Record<CaseEventType, Label> = {
  [CaseEventType.Received]: { vi: 'Tiếp nhận', en: 'Received' },
  [CaseEventType.Routed]: { vi: 'Chuyển cơ quan xử lý', en: 'Routed' },
  [CaseEventType.SentToTriage]: { vi: 'Chuyển phân loại', en: 'Sent to triage' },
  [CaseEventType.StatusChanged]: { vi: 'Đổi trạng thái', en: 'Status changed' },
  [CaseEventType.Answered]: { vi: 'Trả lời', en: 'Answered' },
  [CaseEventType.DeadlineExtended]: { vi: 'Gia hạn', en: 'Deadline extended' },
  [CaseEventType.InternalNote]: { vi: 'Ghi chú nội bộ', en: 'Internal note' },
  [CaseEventType.MessageReceived]: { vi: 'Thư phản hồi nhận được', en: 'Message received' },
  [CaseEventType.MergedInto]: { vi: 'Gộp vào hồ sơ khác', en: 'Merged into another case' },
  [CaseEventType.DuplicateMerged]: { vi: 'Hồ sơ trùng được gộp vào hồ sơ này', en: 'A duplicate was merged into this case' },
  [CaseEventType.DeadlineOverdue]: {
    vi: 'Quá hạn: đã báo lãnh đạo cơ quan và Văn phòng HĐND',
    en: 'Overdue: escalated to the agency head and the secretariat',
  },
  [CaseEventType.DeadlineVeryLate]: {
    vi: 'Rất chậm: đưa vào danh sách báo cáo Thường trực HĐND',
    en: 'Very late: listed for the standing committee',
  },
  [CaseEventType.Assigned]: { vi: 'Giao cán bộ xử lý', en: 'Assigned to an officer' },
  [CaseEventType.Unassigned]: { vi: 'Bỏ giao cán bộ xử lý', en: 'Officer unassigned' },
  [CaseEventType.AnswerDrafted]: { vi: 'Dự thảo trả lời trình lãnh đạo duyệt', en: 'Draft answer submitted for approval' },
  [CaseEventType.AnswerSentBack]: { vi: 'Lãnh đạo trả lại dự thảo trả lời', en: 'Draft answer sent back by the agency head' },
  [CaseEventType.AnswerReturned]: {
    vi: 'Văn phòng HĐND trả lại văn bản trả lời chưa đúng nội dung',
    en: 'Answer returned by the secretariat: it does not address the case',
  },
  [CaseEventType.Published]: { vi: 'Công khai (đã che thông tin cá nhân)', en: 'Published (personal data masked)' },
};

/** What reports and lists call the cases that have no value of a dimension yet: not routed, not categorised, no area. */
export const UNSET_LABELS = {
  agency: { vi: 'Chưa giao', en: 'Not assigned' },
  category: { vi: 'Chưa phân loại', en: 'Uncategorised' },
  area: { vi: 'Chưa xác định địa bàn', en: 'No area' },
} as const satisfies Record<string, Label>;
export const RECEPTION_OUTCOME_LABELS: Record<ReceptionOutcome, Label> = {
  [ReceptionOutcome.CaseCreated]: { vi: 'Tiếp nhận, vào sổ và xử lý đơn', en: 'Case created' },
  [ReceptionOutcome.GuidanceGiven]: { vi: 'Giải thích, hướng dẫn', en: 'Guidance given' },
  [ReceptionOutcome.Refused]: { vi: 'Từ chối tiếp', en: 'Reception refused' },
};

/** Luật Tiếp công dân 2013, Art. 9 (see docs/reception.md for what is verified). */
export const REFUSAL_GROUND_LABELS: Record<ReceptionRefusalGround, Label> = {
  [ReceptionRefusalGround.Incapacitated]: {
    vi: 'Người say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức, điều khiển hành vi (Điều 9 khoản 1)',
    en: 'Intoxicated, or unable to understand or control their acts (Art. 9(1))',
  },
  [ReceptionRefusalGround.Threatening]: {
    vi: 'Người có hành vi đe dọa, xúc phạm cơ quan, người tiếp công dân hoặc vi phạm nội quy nơi tiếp công dân (Điều 9 khoản 2)',
    en: 'Threatening or insulting the office or its officers, or breaking the reception rules (Art. 9(2))',
  },
  [ReceptionRefusalGround.AlreadySettled]: {
    vi: 'Vụ việc đã giải quyết đúng pháp luật, đã được kiểm tra, rà soát, thông báo và hướng dẫn nhưng vẫn cố tình khiếu nại, tố cáo kéo dài (Điều 9 khoản 3)',
    en: 'A matter settled lawfully, reviewed and explained, raised again and again (Art. 9(3))',
  },
  [ReceptionRefusalGround.OtherLegal]: {
    vi: 'Trường hợp khác theo quy định của pháp luật (Điều 9 khoản 4)',
    en: 'Other cases provided for by law (Art. 9(4))',
  },
};

export const IDENTITY_DOCUMENT_LABELS: Record<IdentityDocumentType, Label> = {
  [IdentityDocumentType.CitizenId]: { vi: 'Căn cước / Căn cước công dân', en: 'Citizen identity card' },
  [IdentityDocumentType.IdCard]: { vi: 'Chứng minh nhân dân', en: 'Identity card (old)' },
  [IdentityDocumentType.Passport]: { vi: 'Hộ chiếu', en: 'Passport' },
  [IdentityDocumentType.Other]: { vi: 'Giấy tờ tùy thân khác', en: 'Other identity paper' },
};
