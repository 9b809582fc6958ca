"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATUS_LABELS = exports.KIND_LABELS = void 0;
const case_enums_1 = require("./case.enums");
exports.KIND_LABELS = {
    [case_enums_1.CaseKind.Feedback]: { vi: 'Phản ánh', en: 'Feedback' },
    [case_enums_1.CaseKind.Petition]: { vi: 'Kiến nghị', en: 'Petition' },
    [case_enums_1.CaseKind.Complaint]: { vi: 'Khiếu nại', en: 'Complaint' },
    [case_enums_1.CaseKind.Denunciation]: { vi: 'Tố cáo', en: 'Denunciation' },
    [case_enums_1.CaseKind.Question]: { vi: 'Hỏi đáp', en: 'Question' },
};
exports.STATUS_LABELS = {
    [case_enums_1.CaseStatus.Received]: { vi: 'Đã tiếp nhận', en: 'Received' },
    [case_enums_1.CaseStatus.Triage]: { vi: 'Đang phân loại', en: 'Being triaged' },
    [case_enums_1.CaseStatus.Routed]: { vi: 'Đã chuyển cơ quan xử lý', en: 'Sent to the agency' },
    [case_enums_1.CaseStatus.Accepted]: { vi: 'Cơ quan đã tiếp nhận', en: 'Accepted by the agency' },
    [case_enums_1.CaseStatus.Returned]: { vi: 'Đang phân loại lại', en: 'Being rerouted' },
    [case_enums_1.CaseStatus.InProgress]: { vi: 'Đang xử lý', en: 'In progress' },
    [case_enums_1.CaseStatus.AwaitingInfo]: { vi: 'Chờ bổ sung thông tin', en: 'Awaiting information' },
    [case_enums_1.CaseStatus.Answered]: { vi: 'Đã trả lời', en: 'Answered' },
    [case_enums_1.CaseStatus.Reopened]: { vi: 'Đang xử lý lại', en: 'Reopened' },
    [case_enums_1.CaseStatus.Closed]: { vi: 'Đã kết thúc', en: 'Closed' },
    [case_enums_1.CaseStatus.Merged]: { vi: 'Đã gộp với hồ sơ khác', en: 'Merged' },
    [case_enums_1.CaseStatus.Rejected]: { vi: 'Không thụ lý', en: 'Rejected' },
    [case_enums_1.CaseStatus.Withdrawn]: { vi: 'Đã rút', en: 'Withdrawn' },
};
//# sourceMappingURL=labels.js.map