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
exports.ReferenceDataService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const database_1 = require("@hotline/database");
const TTL_MS = 30_000;
/**
 * Areas, categories, agencies and routing rules change rarely and are read on every intake and routing:
 * they are cached per process for a short time, and reloaded at once when a code is not found.
 */
let ReferenceDataService = class ReferenceDataService {
    dataSource;
    snapshot;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    async get(fresh = false) {
        if (fresh || !this.snapshot || Date.now() - this.snapshot.at > TTL_MS) {
            const data = this.load();
            this.snapshot = { at: Date.now(), data };
            data.catch(() => (this.snapshot = undefined));
        }
        return this.snapshot.data;
    }
    invalidate() {
        this.snapshot = undefined;
    }
    async categoryByCode(code) {
        return (await this.get()).categoryByCode.get(code) ?? (await this.get(true)).categoryByCode.get(code);
    }
    async areaByCode(code) {
        return (await this.get()).areaByCode.get(code) ?? (await this.get(true)).areaByCode.get(code);
    }
    async agencyByCode(code) {
        return (await this.get()).agencyByCode.get(code) ?? (await this.get(true)).agencyByCode.get(code);
    }
    /** The node, then its ancestors up to the root. */
    static chain(byId, id) {
        const chain = [];
        for (let node = id ? byId.get(id) : undefined; node && chain.length < 32; node = node.parentId ? byId.get(node.parentId) : undefined) {
            chain.push(node.id);
        }
        return chain;
    }
    async load() {
        const [categories, areas, agencies, rules] = await Promise.all([
            this.dataSource.getRepository(database_1.CategoryEntity).find({ order: { code: 'ASC' } }),
            this.dataSource.getRepository(database_1.AreaEntity).find({ order: { code: 'ASC' } }),
            this.dataSource.getRepository(database_1.AgencyEntity).find({ order: { code: 'ASC' } }),
            this.dataSource.getRepository(database_1.RoutingRuleEntity).find({ where: { active: true } }),
        ]);
        const index = (rows) => [new Map(rows.map((r) => [r.id, r])), new Map(rows.map((r) => [r.code, r]))];
        const [categoryById, categoryByCode] = index(categories);
        const [areaById, areaByCode] = index(areas);
        const [agencyById, agencyByCode] = index(agencies);
        return { categories, areas, agencies, rules, categoryById, categoryByCode, areaById, areaByCode, agencyById, agencyByCode };
    }
};
exports.ReferenceDataService = ReferenceDataService;
exports.ReferenceDataService = ReferenceDataService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], ReferenceDataService);
//# sourceMappingURL=reference-data.service.js.map