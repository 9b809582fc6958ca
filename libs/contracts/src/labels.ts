import { CaseKind, CaseStatus } from './case.enums';

export const KIND_LABELS: Record<CaseKind, { vi: string; en: string }> = {
  [CaseKind.Feedback]: { vi: 'Phản ánh', en: 'Feedback' },
  [CaseKind.Petition]: { vi: 'Kiến nghị', en: 'Petition' },
  [CaseKind.Complaint]: { vi: 'Khiếu nại', en: 'Complaint' },
  [CaseKind.Denunciation]: { vi: 'Tố cáo', en: 'Denunciation' },
  [CaseKind.Question]: { vi: 'Hỏi đáp', en: 'Question' },
};

export const STATUS_LABELS: Record<CaseStatus, { vi: string; en: string }> = {
  [CaseStatus.Received]: { vi: 'Đã tiếp nhận', en: 'Received' },
  [CaseStatus.Triage]: { vi: 'Đang phân loại', en: 'Being triaged' },
  [CaseStatus.Routed]: { vi: 'Đã chuyển cơ quan xử lý', en: 'Sent to the agency' },
  [CaseStatus.Accepted]: { vi: 'Cơ quan đã tiếp nhận', en: 'Accepted by the agency' },
  [CaseStatus.Returned]: { vi: 'Đang phân loại lại', en: 'Being rerouted' },
  [CaseStatus.InProgress]: { vi: 'Đang xử lý', en: 'In progress' },
  [CaseStatus.AwaitingInfo]: { vi: 'Chờ bổ sung thông tin', en: 'Awaiting information' },
  [CaseStatus.Answered]: { vi: 'Đã trả lời', en: 'Answered' },
  [CaseStatus.Reopened]: { vi: 'Đang xử lý lại', en: 'Reopened' },
  [CaseStatus.Closed]: { vi: 'Đã kết thúc', en: 'Closed' },
  [CaseStatus.Merged]: { vi: 'Đã gộp với hồ sơ khác', en: 'Merged' },
  [CaseStatus.Rejected]: { vi: 'Không thụ lý', en: 'Rejected' },
  [CaseStatus.Withdrawn]: { vi: 'Đã rút', en: 'Withdrawn' },
};
