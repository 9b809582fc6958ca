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
exports.IntakeService = void 0;
exports.normalisePhone = normalisePhone;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const contracts_1 = require("@hotline/contracts");
const database_1 = require("@hotline/database");
const platform_1 = require("@hotline/platform");
const reference_data_service_1 = require("../reference/reference-data.service");
const tracking_code_1 = require("./tracking-code");
const config_1 = require("@hotline/config");
const UNDEFINED_TABLE = '42P01';
/**
 * Writes the case, its first event and the routing job's outbox row in ONE statement: the statement is atomic,
 * so either all three exist or none does, and it costs a single round trip.
 */
const INSERT_CASE_SQL = `
WITH c AS (
  INSERT INTO cases (id, tracking_code, access_key_hash, kind, channel, status, priority, title, description,
    category_id, area_id, address, lat, lng, citizen_name, citizen_phone, citizen_email, anonymous, is_public,
    created_by_user_id, idempotency_key, received_at)
  VALUES ($1, $2 || lpad(nextval($3::regclass)::text, 6, '0'), $4, $5, $6, '${contracts_1.CaseStatus.Received}', $7, $8, $9,
    $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
  ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
  RETURNING id, tracking_code, received_at
), e AS (
  INSERT INTO case_events (case_id, type, to_status, actor_type, actor_user_id, visible_to_citizen, data, created_at)
  SELECT id, '${contracts_1.CaseEventType.Received}', '${contracts_1.CaseStatus.Received}', $23, $20, true, jsonb_build_object('channel', $6::text), received_at FROM c
), o AS (
  INSERT INTO outbox (queue, job_name, job_id, payload)
  SELECT '${contracts_1.QUEUE_OF_JOB[contracts_1.JobName.RouteCase]}', '${contracts_1.JobName.RouteCase}', '${contracts_1.JobName.RouteCase}.' || id, jsonb_build_object('caseId', id) FROM c
  RETURNING 1
)
SELECT c.id, c.tracking_code, c.received_at, (SELECT count(pg_notify('${platform_1.OUTBOX_CHANNEL}', '')) FROM o) AS notified FROM c`;
let IntakeService = class IntakeService {
    dataSource;
    reference;
    config;
    clock;
    knownSequences = new Set();
    constructor(dataSource, reference, config, clock) {
        this.dataSource = dataSource;
        this.reference = reference;
        this.config = config;
        this.clock = clock;
    }
    async submit(dto, options) {
        const [categoryId, areaId] = await this.resolveReferences(dto);
        this.checkContact(dto);
        const receivedAt = options.receivedAt ?? this.clock.now();
        const year = (0, tracking_code_1.localYear)(receivedAt);
        const sequence = (0, tracking_code_1.trackingSequenceName)(year);
        const id = (0, database_1.newId)();
        const accessKey = (0, tracking_code_1.newAccessKey)(id, options.idempotencyKey);
        const anonymous = dto.anonymous ?? false;
        const citizen = anonymous ? undefined : dto.citizen;
        const actorUserId = options.actor.type === 'staff' ? options.actor.userId : null;
        const params = [
            id,
            `${this.config.cases.trackingPrefix}-${year}-`,
            sequence,
            (0, tracking_code_1.hashAccessKey)(accessKey),
            dto.kind,
            options.channel,
            options.priority ?? contracts_1.CasePriority.Normal,
            dto.title.trim(),
            dto.description.trim(),
            categoryId,
            areaId,
            dto.address?.trim() || null,
            dto.location?.lat ?? null,
            dto.location?.lng ?? null,
            citizen?.name.trim() ?? null,
            citizen?.phone ? normalisePhone(citizen.phone) : null,
            citizen?.email?.trim().toLowerCase() ?? null,
            anonymous,
            dto.public ?? false,
            actorUserId,
            options.idempotencyKey ?? null,
            receivedAt,
            options.actor.type,
        ];
        const rows = await this.insert(sequence, params);
        if (rows.length === 0)
            return { receipt: await this.replay(options.idempotencyKey), created: false };
        const row = rows[0];
        return {
            receipt: { id: row.id, trackingCode: row.tracking_code, accessKey, status: contracts_1.CaseStatus.Received, receivedAt: row.received_at },
            created: true,
        };
    }
    async insert(sequence, params) {
        if (!this.knownSequences.has(sequence)) {
            await this.dataSource.query(`CREATE SEQUENCE IF NOT EXISTS ${sequence}`).catch((err) => {
                // Two instances creating the same year's sequence at once: the loser's unique violation is harmless.
                if (err.code !== '23505' && err.code !== '42P07')
                    throw err;
            });
            this.knownSequences.add(sequence);
        }
        try {
            return await this.dataSource.query(INSERT_CASE_SQL, params);
        }
        catch (err) {
            if (err.code !== UNDEFINED_TABLE)
                throw err;
            this.knownSequences.delete(sequence);
            return this.insert(sequence, params);
        }
    }
    /** A retried submission with the same idempotency key answers with the case the first attempt created. */
    async replay(idempotencyKey) {
        const [row] = await this.dataSource.query(`SELECT id, tracking_code, status, received_at FROM cases WHERE idempotency_key = $1`, [idempotencyKey]);
        return {
            id: row.id,
            trackingCode: row.tracking_code,
            accessKey: (0, tracking_code_1.newAccessKey)(row.id, idempotencyKey),
            status: row.status,
            receivedAt: row.received_at,
        };
    }
    async resolveReferences(dto) {
        let categoryId = null;
        let areaId = null;
        if (dto.categoryCode !== undefined) {
            const category = await this.reference.categoryByCode(dto.categoryCode);
            if (!category || !category.active)
                throw new platform_1.InvalidInputError('categoryCode', `Unknown category "${dto.categoryCode}"`);
            categoryId = category.id;
        }
        if (dto.areaCode !== undefined) {
            const area = await this.reference.areaByCode(dto.areaCode);
            if (!area || !area.active)
                throw new platform_1.InvalidInputError('areaCode', `Unknown area "${dto.areaCode}"`);
            areaId = area.id;
        }
        return [categoryId, areaId];
    }
    checkContact(dto) {
        if (dto.anonymous) {
            if (dto.citizen)
                throw new platform_1.InvalidInputError('citizen', 'An anonymous case carries no contact: leave citizen out or set anonymous to false');
            if (dto.kind === contracts_1.CaseKind.Denunciation) {
                // Luật Tố cáo 2018 Art. 25(1): a denunciation without the denouncer's name and address is not handled as one.
                throw new platform_1.InvalidInputError('anonymous', 'A denunciation must name its author (Luật Tố cáo 2018, Art. 25); the identity stays confidential');
            }
            return;
        }
        if (!dto.citizen)
            throw new platform_1.InvalidInputError('citizen', 'citizen is required unless anonymous is true');
        if (!dto.citizen.phone && !dto.citizen.email) {
            throw new platform_1.InvalidInputError('citizen.phone', 'Give a phone number or an email address so the agency can reach you');
        }
    }
};
exports.IntakeService = IntakeService;
exports.IntakeService = IntakeService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        reference_data_service_1.ReferenceDataService,
        config_1.AppConfig,
        config_1.Clock])
], IntakeService);
/** Stores phones as 0XXXXXXXXX so the operator's lookup finds a caller however the number was typed. */
function normalisePhone(phone) {
    const digits = phone.replace(/[ .-]/g, '');
    if (digits.startsWith('+84'))
        return `0${digits.slice(3)}`;
    if (digits.startsWith('0084'))
        return `0${digits.slice(4)}`;
    return digits;
}
//# sourceMappingURL=intake.service.js.map