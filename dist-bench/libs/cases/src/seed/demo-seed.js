"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEMO_USERS = void 0;
exports.seedDemo = seedDemo;
const auth_1 = require("@hotline/auth");
const contracts_1 = require("@hotline/contracts");
const database_1 = require("@hotline/database");
const deadlines_1 = require("@hotline/deadlines");
const tracking_code_1 = require("../intake/tracking-code");
const intake_service_1 = require("../intake/intake.service");
const pick_routing_rule_1 = require("../routing/pick-routing-rule");
/** Demo accounts; the README lists the same passwords. */
exports.DEMO_USERS = [
    { email: 'admin@hotline.example.vn', password: 'Admin#2026', fullName: 'Quản trị hệ thống', role: contracts_1.Role.Admin, agencyCode: null },
    { email: 'secretariat@hotline.example.vn', password: 'Secretariat#2026', fullName: 'Trần Thị Thu (Văn phòng HĐND)', role: contracts_1.Role.Secretariat, agencyCode: null },
    { email: 'operator@hotline.example.vn', password: 'Operator#2026', fullName: 'Lê Minh Hà (tổng đài viên)', role: contracts_1.Role.Operator, agencyCode: null },
    { email: 'officer@hotline.example.vn', password: 'Officer#2026', fullName: 'Phạm Văn Đức (Sở Xây dựng)', role: contracts_1.Role.AgencyOfficer, agencyCode: 'SXD' },
    { email: 'officer.hoankiem@hotline.example.vn', password: 'Officer#2026', fullName: 'Ngô Thị Lan (UBND phường Hoàn Kiếm)', role: contracts_1.Role.AgencyOfficer, agencyCode: 'UBND-HOANKIEM' },
    { email: 'council@hotline.example.vn', password: 'Council#2026', fullName: 'Đại biểu Hoàng Văn Nam', role: contracts_1.Role.CouncilMember, agencyCode: null },
];
/** A small deterministic generator, so every fresh demo database looks the same. */
function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Fills an empty database with a realistic city. Does nothing when areas already exist. */
async function seedDemo(dataSource, options = {}) {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM areas`);
    if (n > 0)
        return { seeded: false, cases: 0 };
    const passwordHashes = await Promise.all(exports.DEMO_USERS.map((u) => (0, auth_1.hashPassword)(u.password)));
    const deadlines = new deadlines_1.DeadlineEngineService(new deadlines_1.DeadlineReferenceService(dataSource));
    const count = await dataSource.transaction(async (manager) => {
        const ids = await seedReference(manager);
        await seedUsers(manager, ids.agency, passwordHashes);
        return seedCases(manager, ids, options, deadlines);
    });
    return { seeded: true, cases: count };
}
async function seedReference(manager) {
    const area = new Map(database_1.cityData.AREAS.map((a) => [a.code, (0, database_1.newId)()]));
    const agency = new Map(database_1.cityData.AGENCIES.map((a) => [a.code, (0, database_1.newId)()]));
    const category = new Map(database_1.cityData.CATEGORIES.map((c) => [c.code, (0, database_1.newId)()]));
    for (const a of database_1.cityData.AREAS) {
        await manager.query(`INSERT INTO areas (id, code, name, name_en, level, parent_id) VALUES ($1,$2,$3,$4,$5,$6)`, [
            area.get(a.code), a.code, a.name, a.nameEn, a.level, a.parentCode ? area.get(a.parentCode) : null,
        ]);
    }
    for (const a of database_1.cityData.AGENCIES) {
        await manager.query(`INSERT INTO agencies (id, code, name, name_en, parent_id, email, head_email) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [
            agency.get(a.code), a.code, a.name, a.nameEn, a.parentCode ? agency.get(a.parentCode) : null, a.email, a.headEmail,
        ]);
    }
    for (const c of database_1.cityData.CATEGORIES) {
        await manager.query(`INSERT INTO categories (id, code, name, name_en, parent_id) VALUES ($1,$2,$3,$4,$5)`, [
            category.get(c.code), c.code, c.name, c.nameEn, c.parentCode ? category.get(c.parentCode) : null,
        ]);
    }
    const rules = database_1.cityData.ROUTING_RULES.map((r) => ({
        id: (0, database_1.newId)(),
        kind: r.kind ?? null,
        categoryId: r.categoryCode ? category.get(r.categoryCode) : null,
        areaId: r.areaCode ? area.get(r.areaCode) : null,
        agencyId: agency.get(r.agencyCode),
        priority: r.priority,
    }));
    for (const r of rules) {
        await manager.query(`INSERT INTO routing_rules (id, kind, category_id, area_id, agency_id, priority) VALUES ($1,$2,$3,$4,$5,$6)`, [
            r.id, r.kind, r.categoryId, r.areaId, r.agencyId, r.priority,
        ]);
    }
    return {
        area,
        agency,
        category,
        rules,
        areaParent: new Map(database_1.cityData.AREAS.map((a) => [area.get(a.code), a.parentCode ? area.get(a.parentCode) : null])),
        categoryParent: new Map(database_1.cityData.CATEGORIES.map((c) => [category.get(c.code), c.parentCode ? category.get(c.parentCode) : null])),
    };
}
async function seedUsers(manager, agency, hashes) {
    for (const [i, u] of exports.DEMO_USERS.entries()) {
        await manager.query(`INSERT INTO users (id, email, password_hash, full_name, role, agency_id) VALUES ($1,$2,$3,$4,$5,$6)`, [
            (0, database_1.newId)(), u.email, hashes[i], u.fullName, u.role, u.agencyCode ? agency.get(u.agencyCode) : null,
        ]);
    }
}
const chainOf = (parents, id) => {
    const chain = [];
    for (let cur = id; cur; cur = parents.get(cur) ?? null)
        chain.push(cur);
    return chain;
};
/** The status a demo case has reached, drawn by age: old cases are mostly finished, recent ones still open. */
function finalStatus(ageDays, r, routed) {
    if (!routed)
        return r < 0.5 ? contracts_1.CaseStatus.Triage : r < 0.8 ? contracts_1.CaseStatus.Returned : contracts_1.CaseStatus.Rejected;
    if (ageDays < 2)
        return r < 0.6 ? contracts_1.CaseStatus.Routed : contracts_1.CaseStatus.Accepted;
    if (ageDays < 10)
        return r < 0.2 ? contracts_1.CaseStatus.Routed : r < 0.45 ? contracts_1.CaseStatus.Accepted : r < 0.75 ? contracts_1.CaseStatus.InProgress : r < 0.85 ? contracts_1.CaseStatus.AwaitingInfo : contracts_1.CaseStatus.Answered;
    if (ageDays < 40)
        return r < 0.1 ? contracts_1.CaseStatus.Accepted : r < 0.3 ? contracts_1.CaseStatus.InProgress : r < 0.6 ? contracts_1.CaseStatus.Answered : r < 0.68 ? contracts_1.CaseStatus.Reopened : contracts_1.CaseStatus.Closed;
    return r < 0.05 ? contracts_1.CaseStatus.InProgress : r < 0.15 ? contracts_1.CaseStatus.Answered : r < 0.2 ? contracts_1.CaseStatus.Withdrawn : contracts_1.CaseStatus.Closed;
}
/** The path of statuses from routing to `target`. */
const PATHS = {
    [contracts_1.CaseStatus.Routed]: [],
    [contracts_1.CaseStatus.Accepted]: [contracts_1.CaseStatus.Accepted],
    [contracts_1.CaseStatus.InProgress]: [contracts_1.CaseStatus.Accepted, contracts_1.CaseStatus.InProgress],
    [contracts_1.CaseStatus.AwaitingInfo]: [contracts_1.CaseStatus.Accepted, contracts_1.CaseStatus.InProgress, contracts_1.CaseStatus.AwaitingInfo],
    [contracts_1.CaseStatus.Answered]: [contracts_1.CaseStatus.Accepted, contracts_1.CaseStatus.InProgress, contracts_1.CaseStatus.Answered],
    [contracts_1.CaseStatus.Reopened]: [contracts_1.CaseStatus.Accepted, contracts_1.CaseStatus.InProgress, contracts_1.CaseStatus.Answered, contracts_1.CaseStatus.Reopened],
    [contracts_1.CaseStatus.Closed]: [contracts_1.CaseStatus.Accepted, contracts_1.CaseStatus.InProgress, contracts_1.CaseStatus.Answered, contracts_1.CaseStatus.Closed],
    [contracts_1.CaseStatus.Withdrawn]: [contracts_1.CaseStatus.Accepted, contracts_1.CaseStatus.Withdrawn],
};
async function seedCases(manager, ids, options, deadlines) {
    const rnd = random(20261123);
    const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
    const now = options.now ?? new Date();
    const total = options.cases ?? 360;
    const wards = database_1.cityData.AREAS.filter((a) => a.level !== 'city');
    const channels = [contracts_1.CaseChannel.Web, contracts_1.CaseChannel.Web, contracts_1.CaseChannel.Web, contracts_1.CaseChannel.Hotline, contracts_1.CaseChannel.Hotline, contracts_1.CaseChannel.Email, contracts_1.CaseChannel.WalkIn, contracts_1.CaseChannel.VoterMeeting];
    const receivedTimes = Array.from({ length: total }, () => {
        const t = new Date(now.getTime() - Math.pow(rnd(), 1.3) * 180 * DAY);
        t.setUTCHours(1 + Math.floor(rnd() * 11), Math.floor(rnd() * 60), Math.floor(rnd() * 60), 0); // 08:00–18:59 in Hà Nội
        return t.getTime() > now.getTime() ? new Date(now.getTime() - HOUR) : t;
    }).sort((a, b) => a.getTime() - b.getTime());
    const prefix = options.trackingPrefix ?? 'HN';
    for (const receivedAt of receivedTimes) {
        const template = pick(database_1.cityData.CASE_TEMPLATES);
        const ward = pick(wards);
        const areaId = ids.area.get(ward.code);
        const categoryId = ids.category.get(template.categoryCode);
        const rule = (0, pick_routing_rule_1.pickRoutingRule)(ids.rules, {
            kind: template.kind,
            categoryChain: chainOf(ids.categoryParent, categoryId),
            areaChain: chainOf(ids.areaParent, areaId),
        });
        const ageDays = (now.getTime() - receivedAt.getTime()) / DAY;
        const status = finalStatus(ageDays, rnd(), rule !== null);
        const anonymous = template.kind !== contracts_1.CaseKind.Denunciation && rnd() < 0.08;
        const name = `${pick(database_1.cityData.FAMILY_NAMES)} ${pick(database_1.cityData.MIDDLE_NAMES)} ${pick(database_1.cityData.GIVEN_NAMES)}`;
        const phone = (0, intake_service_1.normalisePhone)(`09${Math.floor(rnd() * 1e8).toString().padStart(8, '0')}`);
        const hasEmail = rnd() < 0.4;
        const id = (0, database_1.newId)();
        const priority = rnd() < 0.1 ? contracts_1.CasePriority.Urgent : contracts_1.CasePriority.Normal;
        const year = (0, tracking_code_1.localYear)(receivedAt);
        await manager.query(`CREATE SEQUENCE IF NOT EXISTS ${(0, tracking_code_1.trackingSequenceName)(year)}`);
        const events = [
            { type: contracts_1.CaseEventType.Received, from: null, to: contracts_1.CaseStatus.Received, at: receivedAt, agencyId: null, note: null, visible: true },
        ];
        let at = new Date(receivedAt.getTime() + (0.2 + rnd() * 6) * HOUR);
        let agencyId = null;
        let answer = null;
        const stamps = {};
        const satisfied = status === contracts_1.CaseStatus.Closed ? rnd() < 0.82 : status === contracts_1.CaseStatus.Reopened ? false : null;
        if (rule) {
            agencyId = rule.agencyId;
            stamps.routed = at;
            events.push({ type: contracts_1.CaseEventType.Routed, from: contracts_1.CaseStatus.Received, to: contracts_1.CaseStatus.Routed, at, agencyId, note: null, visible: true });
            let from = contracts_1.CaseStatus.Routed;
            for (const step of PATHS[status] ?? []) {
                at = new Date(Math.min(at.getTime() + (0.3 + rnd() * (step === contracts_1.CaseStatus.Answered ? 12 : 2)) * DAY, now.getTime() - 60_000));
                if (step === contracts_1.CaseStatus.Accepted)
                    stamps.accepted = at;
                if (step === contracts_1.CaseStatus.Answered)
                    (stamps.answered = at), (answer = template.answer);
                if (step === contracts_1.CaseStatus.Closed)
                    stamps.closed = at;
                const note = step === contracts_1.CaseStatus.Answered ? template.answer : step === contracts_1.CaseStatus.AwaitingInfo ? 'Đề nghị công dân cung cấp thêm ảnh chụp hiện trạng và địa chỉ cụ thể.' : null;
                events.push({ type: step === contracts_1.CaseStatus.Answered ? contracts_1.CaseEventType.Answered : contracts_1.CaseEventType.StatusChanged, from, to: step, at, agencyId, note, visible: true });
                from = step;
            }
        }
        else {
            events.push({ type: contracts_1.CaseEventType.SentToTriage, from: contracts_1.CaseStatus.Received, to: contracts_1.CaseStatus.Triage, at, agencyId: null, note: null, visible: true });
            if (status === contracts_1.CaseStatus.Returned) {
                const returner = ids.agency.get(pick(['SXD', 'SNNMT', 'UBND-HOANKIEM']));
                at = new Date(at.getTime() + 2 * HOUR);
                events.push({ type: contracts_1.CaseEventType.Routed, from: contracts_1.CaseStatus.Triage, to: contracts_1.CaseStatus.Routed, at, agencyId: returner, note: null, visible: true });
                at = new Date(at.getTime() + DAY);
                events.push({ type: contracts_1.CaseEventType.StatusChanged, from: contracts_1.CaseStatus.Routed, to: contracts_1.CaseStatus.Returned, at, agencyId: null, note: 'Nội dung không thuộc thẩm quyền giải quyết của đơn vị.', visible: false });
            }
            if (status === contracts_1.CaseStatus.Rejected) {
                at = new Date(at.getTime() + DAY);
                stamps.closed = at;
                events.push({ type: contracts_1.CaseEventType.StatusChanged, from: contracts_1.CaseStatus.Triage, to: contracts_1.CaseStatus.Rejected, at, agencyId: null, note: 'Nội dung trùng với hồ sơ đã được giải quyết.', visible: true });
            }
        }
        await manager.query(`INSERT INTO cases (id, tracking_code, access_key_hash, kind, channel, status, priority, title, description, category_id, area_id,
         address, citizen_name, citizen_phone, citizen_email, anonymous, is_public, agency_id, answer, received_at, routed_at, accepted_at,
         answered_at, closed_at, reopen_count, return_count, satisfied)
       VALUES ($1, $2 || lpad(nextval($3::regclass)::text, 6, '0'), $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
         $20, $21, $22, $23, $24, $25, $26, $27, $28)`, [
            id, `${prefix}-${year}-`, (0, tracking_code_1.trackingSequenceName)(year), (0, tracking_code_1.hashAccessKey)((0, tracking_code_1.newAccessKey)(id)), template.kind, pick(channels), status,
            priority, template.title, template.description, categoryId, areaId,
            `${1 + Math.floor(rnd() * 200)} ${pick(database_1.cityData.STREETS)}`, anonymous ? null : name, anonymous ? null : phone,
            anonymous || !hasEmail ? null : `citizen${Math.floor(rnd() * 1e6)}@example.com`, anonymous, rnd() < 0.6,
            status === contracts_1.CaseStatus.Returned || status === contracts_1.CaseStatus.Triage || status === contracts_1.CaseStatus.Rejected ? null : agencyId,
            answer, receivedAt, stamps.routed ?? null, stamps.accepted ?? null, stamps.answered ?? null, stamps.closed ?? null,
            status === contracts_1.CaseStatus.Reopened ? 1 : 0, status === contracts_1.CaseStatus.Returned ? 1 : 0, satisfied,
        ]);
        for (const e of events) {
            // The clocks are replayed through the real engine, so demo cases carry the due dates a live case would.
            await deadlines.onStatus(manager, { id, kind: template.kind, priority }, e.from, e.to, e.at);
            await manager.query(`INSERT INTO case_events (case_id, type, from_status, to_status, actor_type, agency_id, note, visible_to_citizen, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [id, e.type, e.from, e.to, e.to === contracts_1.CaseStatus.Received || e.type !== contracts_1.CaseEventType.StatusChanged ? 'system' : 'staff', e.agencyId, e.note, e.visible, e.at]);
        }
    }
    return total;
}
//# sourceMappingURL=demo-seed.js.map