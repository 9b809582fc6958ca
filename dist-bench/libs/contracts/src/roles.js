"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CITIZEN_ACTOR = exports.SYSTEM_ACTOR = exports.Role = void 0;
var Role;
(function (Role) {
    Role["Operator"] = "operator";
    Role["AgencyOfficer"] = "agency_officer";
    Role["Secretariat"] = "secretariat";
    Role["CouncilMember"] = "council_member";
    Role["Admin"] = "admin";
})(Role || (exports.Role = Role = {}));
exports.SYSTEM_ACTOR = { type: 'system' };
exports.CITIZEN_ACTOR = { type: 'citizen' };
//# sourceMappingURL=roles.js.map