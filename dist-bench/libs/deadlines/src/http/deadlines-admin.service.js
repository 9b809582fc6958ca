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
exports.DeadlinesAdminService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const database_1 = require("@hotline/database");
const platform_1 = require("@hotline/platform");
const vietnam_holidays_1 = require("../calendar/vietnam-holidays");
const deadline_reference_service_1 = require("../engine/deadline-reference.service");
const DATE = /^\d{4}-\d{2}-\d{2}$/;
let DeadlinesAdminService = class DeadlinesAdminService {
    dataSource;
    reference;
    constructor(dataSource, reference) {
        this.dataSource = dataSource;
        this.reference = reference;
    }
    rules(includeRetired) {
        return this.dataSource.getRepository(database_1.DeadlineRuleEntity).find({
            where: includeRetired ? {} : { active: true },
            order: { clock: 'ASC', kind: 'ASC', version: 'DESC' },
        });
    }
    /** Saves a new version and retires the previous one, in one transaction; running clocks keep their version. */
    async saveRule(dto, actor) {
        if ((dto.urgentLength === undefined) !== (dto.urgentUnit === undefined)) {
            throw new platform_1.InvalidInputError('urgentUnit', 'urgentLength and urgentUnit go together');
        }
        if ((dto.extensionMaxCount ?? 0) > 0 && !dto.extensionLength) {
            throw new platform_1.InvalidInputError('extensionLength', 'An extension count needs an extension length');
        }
        if (dto.unit === 'calendar_days' && dto.stopsOn?.length) {
            throw new platform_1.InvalidInputError('stopsOn', 'A calendar-day clock cannot stop (clock stops are counted in office time)');
        }
        const saved = await this.dataSource.transaction(async (manager) => {
            const kind = dto.kind ?? null;
            const [{ max }] = await manager.query(`SELECT coalesce(max(version), 0) AS max FROM deadline_rules WHERE coalesce(kind, '') = coalesce($1, '') AND clock = $2`, [kind, dto.clock]);
            await manager.query(`UPDATE deadline_rules SET active = false WHERE coalesce(kind, '') = coalesce($1, '') AND clock = $2 AND active`, [kind, dto.clock]);
            return manager.save(manager.create(database_1.DeadlineRuleEntity, {
                id: (0, database_1.newId)(),
                kind,
                clock: dto.clock,
                version: Number(max) + 1,
                startsOn: dto.startsOn,
                metOn: dto.metOn,
                length: dto.length,
                unit: dto.unit,
                urgentLength: dto.urgentLength ?? null,
                urgentUnit: dto.urgentUnit ?? null,
                extensionLength: dto.extensionLength ?? null,
                extensionMaxCount: dto.extensionMaxCount ?? 0,
                stopsOn: dto.stopsOn ?? [],
                source: dto.source,
                active: true,
                createdBy: actor.type === 'staff' ? actor.userId : null,
            }));
        });
        this.reference.invalidate();
        return saved;
    }
    /** The year's entered days; for a year with none, the statutory holidays the engine computes (marked unverified). */
    async calendar(year) {
        const days = await this.dataSource
            .getRepository(database_1.CalendarDayEntity)
            .createQueryBuilder('d')
            .where(`d.date >= :from AND d.date < :to`, { from: `${year}-01-01`, to: `${year + 1}-01-01` })
            .orderBy('d.date')
            .getMany();
        if (days.length > 0 || !vietnam_holidays_1.LUNAR_TABLE_YEARS.includes(year))
            return { year, source: 'entered', days };
        const computed = (0, vietnam_holidays_1.scheduleForYear)(year, {});
        return {
            year,
            source: 'computed',
            days: computed.nonWorkingWeekdays.map((d) => ({ date: d.date, working: false, kind: d.kind, name: d.name, source: 'Bộ luật Lao động 2019, Điều 111–112 (tính toán)', verified: false })),
        };
    }
    async putDay(date, dto) {
        this.checkDate(date);
        if (dto.working !== (dto.kind === 'make_up_working_day')) {
            throw new platform_1.InvalidInputError('kind', 'A make-up working day is working; holidays, compensation and swapped days are not');
        }
        const day = await this.dataSource.getRepository(database_1.CalendarDayEntity).save({ date, ...dto, source: dto.source ?? null, verified: dto.verified ?? false });
        this.reference.invalidate();
        return day;
    }
    async deleteDay(date) {
        this.checkDate(date);
        const result = await this.dataSource.getRepository(database_1.CalendarDayEntity).delete({ date });
        if (!result.affected)
            throw new platform_1.NotFoundError(`No calendar entry on ${date}`);
        this.reference.invalidate();
    }
    checkDate(date) {
        if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
            throw new platform_1.InvalidInputError('date', 'date must be YYYY-MM-DD');
    }
};
exports.DeadlinesAdminService = DeadlinesAdminService;
exports.DeadlinesAdminService = DeadlinesAdminService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        deadline_reference_service_1.DeadlineReferenceService])
], DeadlinesAdminService);
//# sourceMappingURL=deadlines-admin.service.js.map