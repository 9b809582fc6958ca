"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.OverdueBoardService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const config_1 = require("@hotline/config");
const contracts_1 = require("@hotline/contracts");
const deadline_reference_service_1 = require("../engine/deadline-reference.service");
/** The secretariat's overdue board: running clocks past their due date, grouped by the agency holding the case. */
let OverdueBoardService = class OverdueBoardService {
    dataSource;
    reference;
    clock;
    constructor(dataSource, reference, clock) {
        this.dataSource = dataSource;
        this.reference = reference;
        this.clock = clock;
    }
    async board(actor) {
        const now = this.clock.now();
        const ownAgency = actor.type === 'staff' && actor.role === contracts_1.Role.AgencyOfficer ? actor.agencyId : null;
        const rows = await this.dataSource.query(`SELECT c.id, c.tracking_code, c.title, c.kind, c.status, d.clock, d.due_at, d.very_late_at, a.code AS agency_code, a.name AS agency_name
         FROM case_deadlines d
         JOIN cases c ON c.id = d.case_id
         LEFT JOIN agencies a ON a.id = c.agency_id
        WHERE d.status = 'running' AND d.due_at < $1 AND ($2::uuid IS NULL OR c.agency_id = $2)
        ORDER BY d.due_at`, [now, ownAgency]);
        const { calendar } = await this.reference.get();
        const groups = new Map();
        for (const r of rows) {
            const key = r.agency_code ?? '';
            const group = groups.get(key) ?? { agency: r.agency_code ? { code: r.agency_code, name: r.agency_name } : null, overdue: 0, veryLate: 0, cases: [] };
            const veryLate = r.very_late_at <= now;
            group.overdue += 1;
            if (veryLate)
                group.veryLate += 1;
            group.cases.push({
                id: r.id,
                trackingCode: r.tracking_code,
                title: r.title,
                kind: r.kind,
                status: r.status,
                clock: r.clock,
                dueAt: r.due_at,
                workingDaysOverdue: -calendar.workingDaysBetween(now, r.due_at),
                veryLate,
            });
            groups.set(key, group);
        }
        return [...groups.values()].sort((a, b) => b.overdue - a.overdue);
    }
};
exports.OverdueBoardService = OverdueBoardService;
exports.OverdueBoardService = OverdueBoardService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        deadline_reference_service_1.DeadlineReferenceService,
        config_1.Clock])
], OverdueBoardService);
//# sourceMappingURL=overdue-board.service.js.map