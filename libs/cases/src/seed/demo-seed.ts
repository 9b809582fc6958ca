import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '@hotline/auth';
import {
  ANSWERED_STATUSES,
  applyMasks,
  CaseChannel,
  CaseEventType,
  CaseKind,
  CasePriority,
  CaseStatus,
  localYear,
  Role,
} from '@hotline/contracts';
import { cityData, newId } from '@hotline/database';
import { DeadlineEngineService, DeadlineReferenceService } from '@hotline/deadlines';
import { hashAccessKey, newAccessKey, nextTrackingCodeSql, trackingSequenceName } from '../intake/tracking-code';
import { publishedSql } from '../access/case-projection';
import { bboxOf, Boundary, boundaryContains } from '../place/boundary';
import { normalisePhone } from '../contact/phone';
import { detectPersonalData } from '../publication/personal-data-detector';
import { pickRoutingRule, RoutingRuleCandidate } from '../routing/pick-routing-rule';

/** Demo accounts; the README lists the same passwords. */
export const DEMO_USERS = [
  { email: 'admin@hotline.example.vn', password: 'Admin#2026', fullName: 'Quản trị hệ thống', role: Role.Admin, agencyCode: null },
  {
    email: 'secretariat@hotline.example.vn',
    password: 'Secretariat#2026',
    fullName: 'Trần Thị Thu (Văn phòng HĐND)',
    role: Role.Secretariat,
    agencyCode: null,
  },
  {
    email: 'operator@hotline.example.vn',
    password: 'Operator#2026',
    fullName: 'Lê Minh Hà (tổng đài viên)',
    role: Role.Operator,
    agencyCode: null,
  },
  {
    email: 'officer@hotline.example.vn',
    password: 'Officer#2026',
    fullName: 'Phạm Văn Đức (Sở Xây dựng)',
    role: Role.AgencyOfficer,
    agencyCode: 'SXD',
  },
  {
    email: 'officer.hoankiem@hotline.example.vn',
    password: 'Officer#2026',
    fullName: 'Ngô Thị Lan (UBND phường Hoàn Kiếm)',
    role: Role.AgencyOfficer,
    agencyCode: 'UBND-HOANKIEM',
  },
  {
    email: 'head@hotline.example.vn',
    password: 'Head#2026',
    fullName: 'Đỗ Quang Vinh (Chánh Văn phòng UBND thành phố)',
    role: Role.AgencyHead,
    agencyCode: 'UBND-HN',
  },
  {
    email: 'council@hotline.example.vn',
    password: 'Council#2026',
    fullName: 'Đại biểu Hoàng Văn Nam',
    role: Role.CouncilMember,
    agencyCode: null,
  },
] as const;

/** A small deterministic generator, so every fresh demo database looks the same. */
function random(seed: number): () => number {
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

interface SeedOptions {
  cases?: number;
  now?: Date;
  trackingPrefix?: string;
}

/** Fills an empty database with a realistic city. Does nothing when areas already exist. */
export async function seedDemo(dataSource: DataSource, options: SeedOptions = {}): Promise<{ seeded: boolean; cases: number }> {
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM areas`);
  if (n > 0) {
    await addDemoBoundaries(dataSource);
    return { seeded: false, cases: 0 };
  }
  const passwordHashes = await Promise.all(DEMO_USERS.map((u) => hashPassword(u.password)));
  const deadlines = new DeadlineEngineService(new DeadlineReferenceService(dataSource));
  const count = await dataSource.transaction(async (manager) => {
    const ids = await seedReference(manager);
    await seedUsers(manager, ids.agency, passwordHashes);
    const seeded = await seedCases(manager, ids, options, deadlines);
    await publishDemoAnswers(manager);
    return seeded;
  });
  return { seeded: true, cases: count };
}

/**
 * A demo database seeded before areas had boundaries gets the demo's approximate ones, once: only when the demo's
 * administrator account exists and no area has a boundary yet (a real city's imported boundaries are never touched).
 */
async function addDemoBoundaries(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `UPDATE areas a SET boundary = b.boundary, boundary_approximate = true
       FROM jsonb_each($1::jsonb) AS b(code, boundary)
      WHERE a.code = b.code
        AND EXISTS (SELECT 1 FROM users WHERE email = $2)
        AND NOT EXISTS (SELECT 1 FROM areas WHERE boundary IS NOT NULL)`,
    [JSON.stringify(cityData.APPROXIMATE_BOUNDARIES), DEMO_USERS[0].email],
  );
}

type Ids = Record<'area' | 'agency' | 'category', Map<string, string>> & {
  rules: RoutingRuleCandidate[];
  areaParent: Map<string, string | null>;
  categoryParent: Map<string, string | null>;
};

async function seedReference(manager: EntityManager): Promise<Ids> {
  const area = new Map(cityData.AREAS.map((a) => [a.code, newId()]));
  const agency = new Map(cityData.AGENCIES.map((a) => [a.code, newId()]));
  const category = new Map(cityData.CATEGORIES.map((c) => [c.code, newId()]));
  for (const a of cityData.AREAS) {
    const boundary = cityData.APPROXIMATE_BOUNDARIES[a.code] ?? null;
    await manager.query(
      `INSERT INTO areas (id, code, name, name_en, level, parent_id, boundary, boundary_approximate) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
      [area.get(a.code), a.code, a.name, a.nameEn, a.level, a.parentCode ? area.get(a.parentCode) : null, boundary, boundary !== null],
    );
  }
  for (const a of cityData.AGENCIES) {
    await manager.query(`INSERT INTO agencies (id, code, name, name_en, parent_id, email, head_email) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [
      agency.get(a.code),
      a.code,
      a.name,
      a.nameEn,
      a.parentCode ? agency.get(a.parentCode) : null,
      a.email,
      a.headEmail,
    ]);
  }
  for (const c of cityData.CATEGORIES) {
    await manager.query(`INSERT INTO categories (id, code, name, name_en, parent_id) VALUES ($1,$2,$3,$4,$5)`, [
      category.get(c.code),
      c.code,
      c.name,
      c.nameEn,
      c.parentCode ? category.get(c.parentCode) : null,
    ]);
  }
  const rules: RoutingRuleCandidate[] = cityData.ROUTING_RULES.map((r) => ({
    id: newId(),
    kind: (r.kind as CaseKind) ?? null,
    categoryId: r.categoryCode ? category.get(r.categoryCode)! : null,
    areaId: r.areaCode ? area.get(r.areaCode)! : null,
    agencyId: agency.get(r.agencyCode)!,
    priority: r.priority,
  }));
  for (const r of rules) {
    await manager.query(`INSERT INTO routing_rules (id, kind, category_id, area_id, agency_id, priority) VALUES ($1,$2,$3,$4,$5,$6)`, [
      r.id,
      r.kind,
      r.categoryId,
      r.areaId,
      r.agencyId,
      r.priority,
    ]);
  }
  return {
    area,
    agency,
    category,
    rules,
    areaParent: new Map(cityData.AREAS.map((a) => [area.get(a.code)!, a.parentCode ? area.get(a.parentCode)! : null])),
    categoryParent: new Map(cityData.CATEGORIES.map((c) => [category.get(c.code)!, c.parentCode ? category.get(c.parentCode)! : null])),
  };
}

async function seedUsers(manager: EntityManager, agency: Map<string, string>, hashes: string[]): Promise<void> {
  for (const [i, u] of DEMO_USERS.entries()) {
    await manager.query(`INSERT INTO users (id, email, password_hash, full_name, role, agency_id) VALUES ($1,$2,$3,$4,$5,$6)`, [
      newId(),
      u.email,
      hashes[i],
      u.fullName,
      u.role,
      u.agencyCode ? agency.get(u.agencyCode) : null,
    ]);
  }
}

const chainOf = (parents: Map<string, string | null>, id: string | null): string[] => {
  const chain: string[] = [];
  for (let cur = id; cur; cur = parents.get(cur) ?? null) chain.push(cur);
  return chain;
};

/** For seven cases in ten, a point inside the ward's boundary (a pin dropped on the map); none for the others. */
function pointIn(boundary: Boundary | undefined, rnd: () => number): [number, number] | null {
  if (!boundary || rnd() < 0.3) return null;
  const [minLng, minLat, maxLng, maxLat] = bboxOf(boundary);
  for (let i = 0; i < 100; i++) {
    const [lng, lat] = [minLng + rnd() * (maxLng - minLng), minLat + rnd() * (maxLat - minLat)];
    if (boundaryContains(boundary, lng, lat)) return [Number(lng.toFixed(6)), Number(lat.toFixed(6))];
  }
  return null;
}

/** The status a demo case has reached, drawn by age: old cases are mostly finished, recent ones still open. */
function finalStatus(ageDays: number, r: number, routed: boolean): CaseStatus {
  if (!routed) return r < 0.5 ? CaseStatus.Triage : r < 0.8 ? CaseStatus.Returned : CaseStatus.Rejected;
  if (ageDays < 2) return r < 0.6 ? CaseStatus.Routed : CaseStatus.Accepted;
  if (ageDays < 10)
    return r < 0.2
      ? CaseStatus.Routed
      : r < 0.45
        ? CaseStatus.Accepted
        : r < 0.75
          ? CaseStatus.InProgress
          : r < 0.85
            ? CaseStatus.AwaitingInfo
            : CaseStatus.Answered;
  if (ageDays < 40)
    return r < 0.1
      ? CaseStatus.Accepted
      : r < 0.3
        ? CaseStatus.InProgress
        : r < 0.6
          ? CaseStatus.Answered
          : r < 0.68
            ? CaseStatus.Reopened
            : CaseStatus.Closed;
  return r < 0.05 ? CaseStatus.InProgress : r < 0.15 ? CaseStatus.Answered : r < 0.2 ? CaseStatus.Withdrawn : CaseStatus.Closed;
}

/** The path of statuses from routing to `target`. */
const PATHS: Partial<Record<CaseStatus, CaseStatus[]>> = {
  [CaseStatus.Routed]: [],
  [CaseStatus.Accepted]: [CaseStatus.Accepted],
  [CaseStatus.InProgress]: [CaseStatus.Accepted, CaseStatus.InProgress],
  [CaseStatus.AwaitingInfo]: [CaseStatus.Accepted, CaseStatus.InProgress, CaseStatus.AwaitingInfo],
  [CaseStatus.Answered]: [CaseStatus.Accepted, CaseStatus.InProgress, CaseStatus.Answered],
  [CaseStatus.Reopened]: [CaseStatus.Accepted, CaseStatus.InProgress, CaseStatus.Answered, CaseStatus.Reopened],
  [CaseStatus.Closed]: [CaseStatus.Accepted, CaseStatus.InProgress, CaseStatus.Answered, CaseStatus.Closed],
  [CaseStatus.Withdrawn]: [CaseStatus.Accepted, CaseStatus.Withdrawn],
};

async function seedCases(manager: EntityManager, ids: Ids, options: SeedOptions, deadlines: DeadlineEngineService): Promise<number> {
  const rnd = random(20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const now = options.now ?? new Date();
  const total = options.cases ?? 360;
  const wards = cityData.AREAS.filter((a) => a.level !== 'city');
  // Points come from a generator of their own, so the rest of the demo is the same as before cases had them.
  const placeRnd = random(20261202);
  const channels = [
    CaseChannel.Web,
    CaseChannel.Web,
    CaseChannel.Web,
    CaseChannel.Hotline,
    CaseChannel.Hotline,
    CaseChannel.Email,
    CaseChannel.WalkIn,
    CaseChannel.VoterMeeting,
  ];
  const receivedTimes = Array.from({ length: total }, () => {
    const t = new Date(now.getTime() - Math.pow(rnd(), 1.3) * 180 * DAY);
    t.setUTCHours(1 + Math.floor(rnd() * 11), Math.floor(rnd() * 60), Math.floor(rnd() * 60), 0); // 08:00–18:59 in Hà Nội
    return t.getTime() > now.getTime() ? new Date(now.getTime() - HOUR) : t;
  }).sort((a, b) => a.getTime() - b.getTime());
  const prefix = options.trackingPrefix ?? 'HN';

  for (const receivedAt of receivedTimes) {
    const template = pick(cityData.CASE_TEMPLATES);
    const ward = pick(wards);
    const areaId = ids.area.get(ward.code)!;
    const categoryId = ids.category.get(template.categoryCode)!;
    const rule = pickRoutingRule(ids.rules, {
      kind: template.kind as CaseKind,
      categoryChain: chainOf(ids.categoryParent, categoryId),
      areaChain: chainOf(ids.areaParent, areaId),
    });
    const ageDays = (now.getTime() - receivedAt.getTime()) / DAY;
    const status = finalStatus(ageDays, rnd(), rule !== null);
    const anonymous = template.kind !== CaseKind.Denunciation && rnd() < 0.08;
    const name = `${pick(cityData.FAMILY_NAMES)} ${pick(cityData.MIDDLE_NAMES)} ${pick(cityData.GIVEN_NAMES)}`;
    const phone = normalisePhone(
      `09${Math.floor(rnd() * 1e8)
        .toString()
        .padStart(8, '0')}`,
    );
    const hasEmail = rnd() < 0.4;
    const id = newId();
    const priority = rnd() < 0.1 ? CasePriority.Urgent : CasePriority.Normal;
    const year = localYear(receivedAt);
    await manager.query(`CREATE SEQUENCE IF NOT EXISTS ${trackingSequenceName(year)}`);
    const events: {
      type: string;
      from: CaseStatus | null;
      to: CaseStatus;
      at: Date;
      agencyId: string | null;
      note: string | null;
      visible: boolean;
    }[] = [
      { type: CaseEventType.Received, from: null, to: CaseStatus.Received, at: receivedAt, agencyId: null, note: null, visible: true },
    ];
    let at = new Date(receivedAt.getTime() + (0.2 + rnd() * 6) * HOUR);
    let agencyId: string | null = null;
    let answer: string | null = null;
    const stamps: Partial<Record<'routed' | 'accepted' | 'answered' | 'closed', Date>> = {};
    const satisfied = status === CaseStatus.Closed ? rnd() < 0.82 : status === CaseStatus.Reopened ? false : null;
    if (rule) {
      agencyId = rule.agencyId;
      stamps.routed = at;
      events.push({
        type: CaseEventType.Routed,
        from: CaseStatus.Received,
        to: CaseStatus.Routed,
        at,
        agencyId,
        note: null,
        visible: true,
      });
      let from = CaseStatus.Routed;
      for (const step of PATHS[status] ?? []) {
        at = new Date(Math.min(at.getTime() + (0.3 + rnd() * (step === CaseStatus.Answered ? 12 : 2)) * DAY, now.getTime() - 60_000));
        if (step === CaseStatus.Accepted) stamps.accepted = at;
        if (step === CaseStatus.Answered) {
          stamps.answered = at;
          answer = template.answer;
        }
        if (step === CaseStatus.Closed) stamps.closed = at;
        const note =
          step === CaseStatus.Answered
            ? template.answer
            : step === CaseStatus.AwaitingInfo
              ? 'Đề nghị công dân cung cấp thêm ảnh chụp hiện trạng và địa chỉ cụ thể.'
              : null;
        events.push({
          type: step === CaseStatus.Answered ? CaseEventType.Answered : CaseEventType.StatusChanged,
          from,
          to: step,
          at,
          agencyId,
          note,
          visible: true,
        });
        from = step;
      }
    } else {
      events.push({
        type: CaseEventType.SentToTriage,
        from: CaseStatus.Received,
        to: CaseStatus.Triage,
        at,
        agencyId: null,
        note: null,
        visible: true,
      });
      if (status === CaseStatus.Returned) {
        const returner = ids.agency.get(pick(['SXD', 'SNNMT', 'UBND-HOANKIEM']))!;
        at = new Date(at.getTime() + 2 * HOUR);
        events.push({
          type: CaseEventType.Routed,
          from: CaseStatus.Triage,
          to: CaseStatus.Routed,
          at,
          agencyId: returner,
          note: null,
          visible: true,
        });
        at = new Date(at.getTime() + DAY);
        events.push({
          type: CaseEventType.StatusChanged,
          from: CaseStatus.Routed,
          to: CaseStatus.Returned,
          at,
          agencyId: null,
          note: 'Nội dung không thuộc thẩm quyền giải quyết của đơn vị.',
          visible: false,
        });
      }
      if (status === CaseStatus.Rejected) {
        at = new Date(at.getTime() + DAY);
        stamps.closed = at;
        events.push({
          type: CaseEventType.StatusChanged,
          from: CaseStatus.Triage,
          to: CaseStatus.Rejected,
          at,
          agencyId: null,
          note: 'Nội dung trùng với hồ sơ đã được giải quyết.',
          visible: true,
        });
      }
    }
    const contact = anonymous ? null : { name, phone, email: hasEmail ? `citizen${Math.floor(rnd() * 1e6)}@example.com` : null };
    // A denunciation's author is kept apart from the case row, as intake does.
    const contactOnCase = template.kind === CaseKind.Denunciation ? null : contact;
    const channel = pick(channels);
    const point = pointIn(cityData.APPROXIMATE_BOUNDARIES[ward.code], placeRnd);
    await manager.query(
      `INSERT INTO cases (id, tracking_code, access_key_hash, kind, channel, status, priority, title, description, category_id, area_id,
         address, citizen_name, citizen_phone, citizen_email, anonymous, is_public, agency_id, answer, received_at, routed_at, accepted_at,
         answered_at, closed_at, reopen_count, return_count, satisfied, lat, lng)
       VALUES ($1, ${nextTrackingCodeSql('$2', '$3')}, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
         $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30)`,
      [
        id,
        `${prefix}-${year}-`,
        trackingSequenceName(year),
        hashAccessKey(newAccessKey(id)),
        template.kind,
        channel,
        status,
        priority,
        template.title,
        template.description,
        categoryId,
        areaId,
        `${1 + Math.floor(rnd() * 200)} ${pick(cityData.STREETS)}`,
        contactOnCase?.name ?? null,
        contactOnCase?.phone ?? null,
        contactOnCase?.email ?? null,
        anonymous,
        rnd() < 0.6 && template.kind !== CaseKind.Denunciation,
        status === CaseStatus.Returned || status === CaseStatus.Triage || status === CaseStatus.Rejected ? null : agencyId,
        answer,
        receivedAt,
        stamps.routed ?? null,
        stamps.accepted ?? null,
        stamps.answered ?? null,
        stamps.closed ?? null,
        status === CaseStatus.Reopened ? 1 : 0,
        status === CaseStatus.Returned ? 1 : 0,
        satisfied,
        point?.[1] ?? null,
        point?.[0] ?? null,
      ],
    );
    if (template.kind === CaseKind.Denunciation && contact) {
      await manager.query(`INSERT INTO case_identities (case_id, name, phone, email, created_at) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        contact.name,
        contact.phone,
        contact.email,
        receivedAt,
      ]);
    }
    for (const e of events) {
      // The clocks are replayed through the real engine, so demo cases carry the due dates a live case would.
      await deadlines.onStatus(manager, { id, kind: template.kind as CaseKind, channel, priority }, e.from, e.to, e.at);
      await manager.query(
        `INSERT INTO case_events (case_id, type, from_status, to_status, actor_type, agency_id, note, visible_to_citizen, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          e.type,
          e.from,
          e.to,
          e.to === CaseStatus.Received || e.type !== CaseEventType.StatusChanged ? 'system' : 'staff',
          e.agencyId,
          e.note,
          e.visible,
          e.at,
        ],
      );
    }
  }
  return total;
}

/**
 * The demo's public answered cases as the secretariat published them: the redaction review's proposal kept whole
 * (docs/answers.md), so the public page has answers to show.
 */
async function publishDemoAnswers(manager: EntityManager): Promise<void> {
  const [secretariat] = await manager.query(`SELECT id FROM users WHERE role = $1 ORDER BY email LIMIT 1`, [Role.Secretariat]);
  const rows: { id: string; title: string; answer: string; citizen_name: string | null; answered_at: Date }[] = await manager.query(
    `SELECT c.id, c.title, c.answer, c.citizen_name, c.answered_at FROM cases c
      WHERE ${publishedSql('c')} AND c.answer IS NOT NULL AND c.status = ANY($1)`,
    [ANSWERED_STATUSES],
  );
  for (const row of rows) {
    const names = row.citizen_name ? [row.citizen_name] : [];
    const title = detectPersonalData(row.title, names);
    const answer = detectPersonalData(row.answer, names);
    await manager.query(
      `INSERT INTO case_publications
         (case_id, title, answer, masks, published_attachment_ids, withheld_attachment_ids, published_by_user_id, published_at)
       VALUES ($1, $2, $3, $4, '{}', '{}', $5, $6)`,
      [
        row.id,
        applyMasks(row.title, title),
        applyMasks(row.answer, answer),
        JSON.stringify([...title.map((m) => ({ ...m, field: 'title' })), ...answer.map((m) => ({ ...m, field: 'answer' }))]),
        secretariat.id,
        row.answered_at,
      ],
    );
  }
}
