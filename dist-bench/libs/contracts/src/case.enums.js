"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CaseEventType = exports.CaseAction = exports.TRIAGE_STATUSES = exports.TERMINAL_STATUSES = exports.CasePriority = exports.CaseStatus = exports.CaseChannel = exports.CaseKind = void 0;
var CaseKind;
(function (CaseKind) {
    CaseKind["Feedback"] = "feedback";
    CaseKind["Petition"] = "petition";
    CaseKind["Complaint"] = "complaint";
    CaseKind["Denunciation"] = "denunciation";
    CaseKind["Question"] = "question";
})(CaseKind || (exports.CaseKind = CaseKind = {}));
var CaseChannel;
(function (CaseChannel) {
    CaseChannel["Web"] = "web";
    CaseChannel["Hotline"] = "hotline";
    CaseChannel["Email"] = "email";
    CaseChannel["VoterMeeting"] = "voter_meeting";
    CaseChannel["WalkIn"] = "walk_in";
    CaseChannel["Api"] = "api";
})(CaseChannel || (exports.CaseChannel = CaseChannel = {}));
var CaseStatus;
(function (CaseStatus) {
    CaseStatus["Received"] = "received";
    CaseStatus["Triage"] = "triage";
    CaseStatus["Routed"] = "routed";
    CaseStatus["Accepted"] = "accepted";
    CaseStatus["Returned"] = "returned";
    CaseStatus["InProgress"] = "in_progress";
    CaseStatus["AwaitingInfo"] = "awaiting_info";
    CaseStatus["Answered"] = "answered";
    CaseStatus["Reopened"] = "reopened";
    CaseStatus["Closed"] = "closed";
    CaseStatus["Merged"] = "merged";
    CaseStatus["Rejected"] = "rejected";
    CaseStatus["Withdrawn"] = "withdrawn";
})(CaseStatus || (exports.CaseStatus = CaseStatus = {}));
var CasePriority;
(function (CasePriority) {
    CasePriority["Normal"] = "normal";
    CasePriority["Urgent"] = "urgent";
})(CasePriority || (exports.CasePriority = CasePriority = {}));
/** Statuses in which the case is finished: no clock runs and no agency owes anything. */
exports.TERMINAL_STATUSES = [
    CaseStatus.Closed,
    CaseStatus.Merged,
    CaseStatus.Rejected,
    CaseStatus.Withdrawn,
];
/** The secretariat's triage list: cases no rule could place and cases an agency sent back. */
exports.TRIAGE_STATUSES = [CaseStatus.Triage, CaseStatus.Returned];
var CaseAction;
(function (CaseAction) {
    CaseAction["Route"] = "route";
    CaseAction["Accept"] = "accept";
    CaseAction["Return"] = "return";
    CaseAction["Start"] = "start";
    CaseAction["RequestInfo"] = "request_info";
    CaseAction["ProvideInfo"] = "provide_info";
    CaseAction["Answer"] = "answer";
    CaseAction["Close"] = "close";
    CaseAction["Reopen"] = "reopen";
    CaseAction["Merge"] = "merge";
    CaseAction["Reject"] = "reject";
    CaseAction["Withdraw"] = "withdraw";
})(CaseAction || (exports.CaseAction = CaseAction = {}));
var CaseEventType;
(function (CaseEventType) {
    CaseEventType["Received"] = "received";
    CaseEventType["Routed"] = "routed";
    CaseEventType["SentToTriage"] = "sent_to_triage";
    CaseEventType["StatusChanged"] = "status_changed";
    CaseEventType["Answered"] = "answered";
    CaseEventType["DeadlineExtended"] = "deadline_extended";
})(CaseEventType || (exports.CaseEventType = CaseEventType = {}));
//# sourceMappingURL=case.enums.js.map