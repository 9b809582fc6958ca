"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TRANSITIONS = void 0;
exports.planTransition = planTransition;
exports.availableActions = availableActions;
const contracts_1 = require("@hotline/contracts");
const platform_1 = require("@hotline/platform");
const OPEN_BEFORE_ANSWER = [
    contracts_1.CaseStatus.Received,
    contracts_1.CaseStatus.Triage,
    contracts_1.CaseStatus.Routed,
    contracts_1.CaseStatus.Accepted,
    contracts_1.CaseStatus.Returned,
    contracts_1.CaseStatus.InProgress,
    contracts_1.CaseStatus.AwaitingInfo,
    contracts_1.CaseStatus.Reopened,
];
const AGENCY_WORKING = [contracts_1.CaseStatus.Accepted, contracts_1.CaseStatus.InProgress, contracts_1.CaseStatus.Reopened];
/**
 * The lifecycle of DESIGN.md §2, in one table. `route` to an agency gives `routed`; the system's routing with no
 * matching rule uses `triage`. Admins may do what the secretariat does.
 */
exports.TRANSITIONS = {
    triage: { from: [contracts_1.CaseStatus.Received], to: contracts_1.CaseStatus.Triage, by: ['system'] },
    [contracts_1.CaseAction.Route]: {
        from: [contracts_1.CaseStatus.Received, contracts_1.CaseStatus.Triage, contracts_1.CaseStatus.Returned, contracts_1.CaseStatus.Routed],
        to: contracts_1.CaseStatus.Routed,
        by: ['system', contracts_1.Role.Secretariat, contracts_1.Role.Admin],
    },
    [contracts_1.CaseAction.Accept]: { from: [contracts_1.CaseStatus.Routed], to: contracts_1.CaseStatus.Accepted, by: [contracts_1.Role.AgencyOfficer, contracts_1.Role.Admin] },
    [contracts_1.CaseAction.Return]: {
        from: [contracts_1.CaseStatus.Routed, contracts_1.CaseStatus.Accepted],
        to: contracts_1.CaseStatus.Returned,
        by: [contracts_1.Role.AgencyOfficer, contracts_1.Role.Admin],
    },
    [contracts_1.CaseAction.Start]: { from: [contracts_1.CaseStatus.Accepted, contracts_1.CaseStatus.Reopened], to: contracts_1.CaseStatus.InProgress, by: [contracts_1.Role.AgencyOfficer, contracts_1.Role.Admin] },
    [contracts_1.CaseAction.RequestInfo]: { from: AGENCY_WORKING, to: contracts_1.CaseStatus.AwaitingInfo, by: [contracts_1.Role.AgencyOfficer, contracts_1.Role.Admin] },
    [contracts_1.CaseAction.ProvideInfo]: {
        from: [contracts_1.CaseStatus.AwaitingInfo],
        to: contracts_1.CaseStatus.InProgress,
        by: ['citizen', contracts_1.Role.Operator, contracts_1.Role.AgencyOfficer, contracts_1.Role.Secretariat, contracts_1.Role.Admin],
    },
    [contracts_1.CaseAction.Answer]: { from: AGENCY_WORKING, to: contracts_1.CaseStatus.Answered, by: [contracts_1.Role.AgencyOfficer, contracts_1.Role.Admin] },
    [contracts_1.CaseAction.Close]: { from: [contracts_1.CaseStatus.Answered], to: contracts_1.CaseStatus.Closed, by: ['citizen', 'system', contracts_1.Role.Secretariat, contracts_1.Role.Admin] },
    [contracts_1.CaseAction.Reopen]: { from: [contracts_1.CaseStatus.Answered], to: contracts_1.CaseStatus.Reopened, by: ['citizen', contracts_1.Role.Secretariat, contracts_1.Role.Admin] },
    [contracts_1.CaseAction.Merge]: { from: OPEN_BEFORE_ANSWER, to: contracts_1.CaseStatus.Merged, by: [contracts_1.Role.Secretariat, contracts_1.Role.Admin] },
    [contracts_1.CaseAction.Reject]: {
        from: [contracts_1.CaseStatus.Received, contracts_1.CaseStatus.Triage, contracts_1.CaseStatus.Returned],
        to: contracts_1.CaseStatus.Rejected,
        by: [contracts_1.Role.Secretariat, contracts_1.Role.Admin],
    },
    [contracts_1.CaseAction.Withdraw]: {
        from: [...OPEN_BEFORE_ANSWER, contracts_1.CaseStatus.Answered],
        to: contracts_1.CaseStatus.Withdrawn,
        by: ['citizen', contracts_1.Role.Operator, contracts_1.Role.Secretariat, contracts_1.Role.Admin],
    },
};
const performerOf = (actor) => (actor.type === 'staff' ? actor.role : actor.type);
/** Checks that `actor` may do `action` on a case in `current` status and returns the status it leads to. */
function planTransition(action, current, actor) {
    const rule = exports.TRANSITIONS[action];
    if (!rule.by.includes(performerOf(actor))) {
        throw new platform_1.ForbiddenError(`A ${performerOf(actor)} may not ${action} a case`);
    }
    if (!rule.from.includes(current)) {
        throw new platform_1.InvalidTransitionError(`Cannot ${action} a case that is ${current}`);
    }
    return rule.to;
}
/** Actions a given performer may take from a status: drives the buttons staff see. */
function availableActions(current, actor) {
    return Object.values(contracts_1.CaseAction).filter((action) => {
        const rule = exports.TRANSITIONS[action];
        return rule.from.includes(current) && rule.by.includes(performerOf(actor));
    });
}
//# sourceMappingURL=case-state-machine.js.map