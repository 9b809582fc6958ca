import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Actor, agencyScope, CaseAction, CaseKind, ErrorCode, isTerminalStatus, roleMay } from '@hotline/contracts';
import { CaseDeadlineEntity, CaseEntity, CaseEventEntity, CasePublicationEntity, NotificationEntity, UserEntity } from '@hotline/database';
import { clockToExtend, DeadlineReferenceService, mayExtend, WorkingCalendar } from '@hotline/deadlines';
import { Clock } from '@hotline/config';
import { AuditService } from '@hotline/audit';
import { ForbiddenError, UnknownReferenceError } from '@hotline/platform';
import { addressValue, checkPhoneLookup, contactShown, contactValue, projectionOf } from '../access/case-projection';
import { containsPattern, titleContainsIdsSql } from '../duplicates/search-text';
import { CaseIdentityService } from '../identity/case-identity.service';
import { normalisePhone } from '../contact/phone';
import { toNamedRef } from '../reference/named-ref';
import { ReferenceDataService, ReferenceSnapshot } from '../reference/reference-data.service';
import { mayPublish } from '../publication/publication.service';
import { availableActions } from '../state-machine/case-state-machine';
import { CaseWorkflowService, mayAssign } from '../workflow/case-workflow.service';
import {
  AssigneeRefDto,
  CaseDetailDto,
  CaseListDto,
  CaseListQueryDto,
  CaseNoticeDto,
  CaseSummaryDto,
  CitizenContactDto,
} from './dto/case-list.dto';

/** How many pages past the current one the list counts exactly; beyond that `total` is a lower bound. */
const PAGES_COUNTED_AHEAD = 10;

/** What a list item shows of a case (the detail passes the whole entity). */
type CaseSummaryRow = Pick<
  CaseEntity,
  | 'id'
  | 'trackingCode'
  | 'kind'
  | 'channel'
  | 'status'
  | 'priority'
  | 'title'
  | 'receivedAt'
  | 'categoryId'
  | 'areaId'
  | 'agencyId'
  | 'dueAt'
  | 'coSigners'
>;

/** A row of the list statement: a page item and the bounded count of all matching cases. */
interface CaseListRow {
  total: number;
  id: string;
  tracking_code: string;
  kind: CaseEntity['kind'];
  channel: CaseEntity['channel'];
  status: CaseEntity['status'];
  priority: CaseEntity['priority'];
  title: string;
  received_at: Date;
  category_id: string | null;
  area_id: string | null;
  agency_id: string | null;
  due_at: Date | null;
  co_signers: number;
  citizen_phone: string | null;
  anonymous: boolean;
  assignee_user_id: string | null;
  assignee_name: string | null;
  risk: number | null;
}

const summaryRowOf = (r: CaseListRow): CaseSummaryRow => ({
  id: r.id,
  trackingCode: r.tracking_code,
  kind: r.kind,
  channel: r.channel,
  status: r.status,
  priority: r.priority,
  title: r.title,
  receivedAt: r.received_at,
  categoryId: r.category_id,
  areaId: r.area_id,
  agencyId: r.agency_id,
  dueAt: r.due_at,
  coSigners: r.co_signers,
});

/** One key of the list's order: an expression over the case (alias c), its direction and where cases without it go. */
interface OrderKey {
  sql: string;
  direction: 'ASC' | 'DESC';
  nulls?: 'NULLS FIRST' | 'NULLS LAST';
}

/**
 * The list's order (newest first unless `sort` says otherwise), ending in the id so a page boundary is exact. Each
 * order has an index that walks it (migrations 1765100000000, 1765300000002): received_at, due_at (all cases, or one
 * agency's), case_status_rank(status). Agencies sort by name in Vietnamese order: their position in the name-sorted
 * list, after the list's filters (an agency inbox is one agency, so the order is then the reception's).
 */
function listOrder(
  query: Pick<CaseListQueryDto, 'sort' | 'order'>,
  agenciesByName: string[],
): { keys: OrderKey[]; params: Record<string, unknown> } {
  const sort = query.sort ?? 'received';
  const direction = (query.order ?? (sort === 'received' || sort === 'risk' || sort === 'coSigners' ? 'desc' : 'asc')).toUpperCase() as
    'ASC' | 'DESC';
  // A backward walk of an ASC NULLS LAST index yields DESC NULLS FIRST: cases without a due date stay where the index has them.
  const nulls = direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST';
  const id: OrderKey = { sql: 'c.id', direction };
  switch (sort) {
    case 'dueAt':
      return { keys: [{ sql: 'c.due_at', direction, nulls }, id], params: {} };
    case 'status':
      return { keys: [{ sql: 'public.case_status_rank(c.status)', direction }, id], params: {} };
    case 'coSigners':
      // A priority signal: most co-signed first by default; ties newest first.
      return {
        keys: [
          { sql: 'c.co_signers', direction },
          { sql: 'c.received_at', direction: 'DESC' },
          { sql: 'c.id', direction: 'DESC' },
        ],
        params: {},
      };
    case 'risk':
      // The worker's forecast (case_risk, libs/learning); an open case not scored yet sorts with the settled ones, last.
      return {
        keys: [{ sql: '(SELECT r.probability FROM case_risk r WHERE r.case_id = c.id)', direction, nulls: 'NULLS LAST' }, id],
        params: {},
      };
    case 'agency':
      return {
        keys: [
          { sql: 'array_position(:agencyOrder::uuid[], c.agency_id)', direction, nulls },
          { sql: 'c.received_at', direction: 'DESC' },
          { sql: 'c.id', direction: 'DESC' },
        ],
        params: { agencyOrder: agenciesByName },
      };
    default:
      return { keys: [{ sql: 'c.received_at', direction }, id], params: {} };
  }
}

const inOrder = (
  qb: SelectQueryBuilder<CaseEntity>,
  order: { keys: OrderKey[]; params: Record<string, unknown> },
): SelectQueryBuilder<CaseEntity> => {
  const ordered = qb.clone().setParameters(order.params);
  order.keys.forEach((k, i) => (i === 0 ? ordered.orderBy(k.sql, k.direction, k.nulls) : ordered.addOrderBy(k.sql, k.direction, k.nulls)));
  return ordered;
};

/** The matching cases in list order, at most `limit` + 1 of them: what the bounded count counts. */
const matchingUpTo = (ordered: SelectQueryBuilder<CaseEntity>, limit: number): [string, unknown[]] =>
  ordered
    .clone()
    .select('1')
    .limit(limit + 1)
    .getQueryAndParameters();

/** Children of a tree node, itself included: filtering by a category includes its sub-categories. */
export function subtree<T extends { id: string; parentId: string | null }>(rows: T[], rootId: string): string[] {
  const ids = new Set([rootId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows) {
      if (r.parentId && ids.has(r.parentId) && !ids.has(r.id)) {
        ids.add(r.id);
        grew = true;
      }
    }
  }
  return [...ids];
}

/** The case's officer as the projection shows it (the agencies, the secretariat and admins see who holds a case). */
const assigneeRef = (rule: { assignee: boolean }, id: string | null, name: string | null): AssigneeRefDto | undefined =>
  rule.assignee && id ? { id, name: name ?? '' } : undefined;

@Injectable()
export class CaseQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly workflow: CaseWorkflowService,
    private readonly deadlines: DeadlineReferenceService,
    private readonly clock: Clock,
    private readonly identities: CaseIdentityService,
    private readonly audit: AuditService,
  ) {}

  async list(query: CaseListQueryDto, actor: Actor): Promise<CaseListDto> {
    const [snapshot, { calendar }] = await Promise.all([this.reference.get(), this.deadlines.get()]);
    const now = this.clock.now();
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const qb = await this.filtered(query, actor, now);
    const offset = (page - 1) * pageSize;
    const countLimit = offset + pageSize * (1 + PAGES_COUNTED_AHEAD);
    const order = listOrder(query, this.agenciesByName(snapshot));
    const rows = await this.pageWithCount(inOrder(qb, order), order.keys, offset, pageSize, countLimit);
    // Past the last page no row carries the count: count apart (a first page without rows means nothing matched).
    const n = rows.length ? rows[0].total : offset === 0 ? 0 : await this.countUpTo(inOrder(qb, order), countLimit);
    const counted = n > countLimit ? { total: countLimit, totalExact: false } : { total: n, totalExact: true };
    const rule = projectionOf(actor);
    const items = rows.map((r) => {
      const contact = { kind: r.kind, anonymous: r.anonymous, citizenName: null, citizenPhone: r.citizen_phone, citizenEmail: null };
      return {
        ...this.summary(summaryRowOf(r), snapshot, calendar, now),
        assignee: assigneeRef(rule, r.assignee_user_id, r.assignee_name),
        citizenPhone: contactValue(rule, 'many', contact, 'phone'),
        risk: r.risk ?? undefined,
      };
    });
    return { items, ...counted, page, pageSize };
  }

  /**
   * One page, in the list's order, and the count, in one statement. The count stops at `countLimit` + 1: an exact count of a
   * broad filter over millions of cases reads every matching row on every page, while the pager only needs to know
   * whether more pages follow (small results, the common case for real filters, stay exact). Both walk the matching
   * ids in list order, so both take the same index (with the list's indexes, an index-only scan that stops at its
   * limit; an unordered count may pick a table scan that finds the recent cases last), and only the page's rows are
   * read from the table, with just the columns a list item shows.
   */
  private async pageWithCount(
    ordered: SelectQueryBuilder<CaseEntity>,
    keys: OrderKey[],
    offset: number,
    pageSize: number,
    countLimit: number,
  ): Promise<CaseListRow[]> {
    // Clones of one builder: the two texts number the same parameters alike.
    // Each key but the id is selected as sort_i (in parentheses, an expression TypeORM passes as it is), so the outer
    // statement orders the page's rows as the inner one chose them.
    const column = (k: OrderKey, i: number) => (k.sql === 'c.id' ? 'p.id' : `p.sort_${i}`);
    const page = ordered.clone().select('c.id', 'id');
    keys.forEach((k, i) => k.sql !== 'c.id' && page.addSelect(`(${k.sql})`, `sort_${i}`));
    const [pageIds, params] = page.offset(offset).limit(pageSize).getQueryAndParameters();
    const [matching] = matchingUpTo(ordered, countLimit);
    return this.dataSource.query(
      `SELECT (SELECT count(*) FROM (${matching}) matching)::int AS total, c.id, c.tracking_code, c.kind, c.channel, c.status, c.priority,
              c.title, c.received_at, c.category_id, c.area_id, c.agency_id, c.due_at, c.co_signers, c.citizen_phone, c.anonymous,
              c.assignee_user_id, assignee.full_name AS assignee_name, risk.probability AS risk
         FROM (${pageIds}) p JOIN cases c ON c.id = p.id LEFT JOIN users assignee ON assignee.id = c.assignee_user_id
         LEFT JOIN case_risk risk ON risk.case_id = c.id
        ORDER BY ${keys.map((k, i) => `${column(k, i)} ${k.direction}${k.nulls ? ` ${k.nulls}` : ''}`).join(', ')}`,
      params,
    );
  }

  /** The matching cases, counted up to `limit` + 1 (the same walk as the page's count). */
  private async countUpTo(ordered: SelectQueryBuilder<CaseEntity>, limit: number): Promise<number> {
    const [sql, params] = matchingUpTo(ordered, limit);
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM (${sql}) matching`, params);
    return n;
  }

  /**
   * The list's order as an ORDER BY over alias `c`, for statements built apart (the CSV export): its parameters are
   * named (`:agencyOrder`) for the caller to bind.
   */
  async orderBySql(query: Pick<CaseListQueryDto, 'sort' | 'order'>): Promise<{ sql: string; params: Record<string, unknown> }> {
    const order = listOrder(query, this.agenciesByName(await this.reference.get()));
    return { sql: order.keys.map((k) => `${k.sql} ${k.direction}${k.nulls ? ` ${k.nulls}` : ''}`).join(', '), params: order.params };
  }

  /** Agency ids in the order of their Vietnamese names. */
  private agenciesByName(snapshot: ReferenceSnapshot): string[] {
    return [...snapshot.agencyById.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')).map((a) => a.id);
  }

  /** The staff list's query (alias `c`) with the list's filters and the actor's scope, unordered and unpaged: exports reuse it. */
  async filtered(query: CaseListQueryDto, actor: Actor, now: Date): Promise<SelectQueryBuilder<CaseEntity>> {
    const [snapshot, { calendar }] = await Promise.all([this.reference.get(), this.deadlines.get()]);
    const qb = this.dataSource.getRepository(CaseEntity).createQueryBuilder('c');
    const ownAgencies = agencyScope(actor);
    // One agency as an equality, so the (agency_id, received_at, id) index gives its cases already in list order.
    if (ownAgencies?.length === 1) qb.andWhere('c.agency_id = :own', { own: ownAgencies[0] });
    else if (ownAgencies) qb.andWhere('c.agency_id = ANY(:own::uuid[])', { own: ownAgencies });
    if (query.status?.length) qb.andWhere('c.status IN (:...status)', { status: query.status });
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.channel) qb.andWhere('c.channel = :channel', { channel: query.channel });
    if (query.agency) {
      const agency = await this.reference.agencyByCode(query.agency);
      if (!agency) throw new UnknownReferenceError('agency', 'agency', query.agency);
      qb.andWhere('c.agency_id = :agencyId', { agencyId: agency.id });
    }
    if (query.category) {
      const category = await this.reference.categoryByCode(query.category);
      if (!category) throw new UnknownReferenceError('category', 'category', query.category);
      qb.andWhere('c.category_id IN (:...categoryIds)', { categoryIds: subtree(snapshot.categories, category.id) });
    }
    if (query.area) {
      const area = await this.reference.areaByCode(query.area);
      if (!area) throw new UnknownReferenceError('area', 'area', query.area);
      qb.andWhere('c.area_id IN (:...areaIds)', { areaIds: subtree(snapshot.areas, area.id) });
    }
    if (query.phone) {
      checkPhoneLookup(actor);
      qb.andWhere('c.citizen_phone = :phone', { phone: normalisePhone(query.phone) });
    }
    if (query.q) {
      const q = query.q.trim();
      // One semi-join over both ways in, so each is served by its own index (the code's unique index, the title's
      // trigram index in case_search) instead of filtering every row of the sort order.
      qb.andWhere(`c.id IN (SELECT id FROM cases WHERE tracking_code = :code UNION ${titleContainsIdsSql('like')})`, {
        code: q.toUpperCase(),
        like: containsPattern(q),
      });
    }
    if (query.ids?.length) qb.andWhere('c.id IN (:...ids)', { ids: query.ids });
    if (query.assignee) {
      if (!projectionOf(actor).assignee || actor.type !== 'staff') {
        throw new ForbiddenError(
          'Filtering by assignee is for the agencies, the secretariat and admins',
          [{ field: 'assignee', message: 'assignee is not a filter for this role' }],
          ErrorCode.Forbidden,
        );
      }
      if (query.assignee === 'none') qb.andWhere('c.assignee_user_id IS NULL');
      else qb.andWhere('c.assignee_user_id = :assignee', { assignee: query.assignee === 'me' ? actor.userId : query.assignee });
    }
    if (query.overdue === true) qb.andWhere('c.due_at < :now', { now });
    if (query.overdue === false) qb.andWhere('(c.due_at IS NULL OR c.due_at >= :now)', { now });
    if (query.dueWithin) {
      const limit = calendar.addWorkingDays(now, Number(query.dueWithin.slice(0, -1)) || 0);
      qb.andWhere('c.due_at >= :now AND c.due_at <= :limit', { now, limit });
    }
    if (query.from) qb.andWhere('c.received_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('c.received_at < :to', { to: query.to });
    return qb;
  }

  async detail(caseId: string, actor: Actor): Promise<CaseDetailDto> {
    const kase = await this.workflow.findVisible(this.dataSource.manager, caseId, actor);
    const clocks = await this.dataSource
      .getRepository(CaseDeadlineEntity)
      .find({ where: { caseId: kase.id }, order: { startedAt: 'ASC' } });
    const [snapshot, { calendar, rulesById }] = await Promise.all([
      this.reference.get(),
      this.deadlines.getWithRules(clocks.map((d) => d.ruleId)),
    ]);
    const now = this.clock.now();
    const events = await this.dataSource
      .getRepository(CaseEventEntity)
      .createQueryBuilder('e')
      .leftJoin(UserEntity, 'u', 'u.id = e.actor_user_id')
      .select(['e.id AS id', 'e.created_at AS at', 'e.type AS type', 'e.from_status AS from_status', 'e.to_status AS to_status'])
      .addSelect([
        'e.actor_type AS actor_type',
        'u.full_name AS actor_name',
        'e.agency_id AS agency_id',
        'e.note AS note',
        'e.visible_to_citizen AS visible',
      ])
      .where('e.case_id = :id', { id: kase.id })
      .orderBy('e.id', 'ASC')
      .getRawMany();
    const rule = projectionOf(actor);
    const citizen = await this.contact(kase, actor);
    // A denunciation's content is sensitive data: every staff read of it is audited, like its author's identity.
    if (kase.kind === CaseKind.Denunciation && rule.description && actor.type === 'staff') {
      await this.audit.sensitiveContentViewed({ actor, caseId: kase.id, reason: `case detail shown to ${actor.role}` });
    }
    const links: { id: string; tracking_code: string; merged_into: boolean }[] = await this.dataSource.query(
      `SELECT id, tracking_code, false AS merged_into FROM cases WHERE merged_into_id = $1
       UNION ALL SELECT id, tracking_code, true FROM cases WHERE id = $2 ORDER BY tracking_code`,
      [kase.id, kase.mergedIntoId],
    );
    const into = links.find((l) => l.merged_into);
    const assignee = kase.assigneeUserId ? await this.dataSource.manager.findOneBy(UserEntity, { id: kase.assigneeUserId }) : null;
    const publication = await this.dataSource.getRepository(CasePublicationEntity).findOneBy({ caseId: kase.id });
    const transitions = availableActions(kase.status, actor).filter((a) => !(a === CaseAction.ReturnAnswer && publication));
    const notices = rule.internalNotes ? await this.notices(kase.id) : undefined;
    return {
      ...this.summary(kase, snapshot, calendar, now),
      assignee: assigneeRef(rule, kase.assigneeUserId, assignee?.fullName ?? null),
      description: rule.description ? kase.description : undefined,
      address: addressValue(rule, 'case', kase),
      location: rule.location && kase.lat !== null && kase.lng !== null ? { lat: kase.lat, lng: kase.lng } : undefined,
      anonymous: kase.anonymous,
      public: kase.isPublic,
      accusedAgency: toNamedRef(kase.accusedAgencyId ? snapshot.agencyById.get(kase.accusedAgencyId) : undefined),
      citizen,
      answer: kase.answer ?? undefined,
      answerDraft: rule.internalNotes ? (kase.answerDraft ?? undefined) : undefined,
      answeredAt: kase.answeredAt ?? undefined,
      publishedAt: publication?.publishedAt,
      reopenCount: kase.reopenCount,
      returnCount: kase.returnCount,
      availableActions: [
        ...transitions,
        ...(this.extendable(kase, clocks, rulesById, actor) ? ['extend'] : []),
        ...(mayAssign(actor, kase) ? ['assign'] : []),
        ...(mayPublish(actor, kase) ? ['publish'] : []),
      ],
      mergedInto: into ? { id: into.id, trackingCode: into.tracking_code } : undefined,
      mergedCases: links.filter((l) => !l.merged_into).map((l) => ({ id: l.id, trackingCode: l.tracking_code })),
      events: events.map((e) => ({
        id: String(e.id),
        at: e.at,
        type: e.type,
        fromStatus: e.from_status ?? undefined,
        toStatus: e.to_status ?? undefined,
        actorType: e.actor_type,
        actorName: e.actor_name ?? undefined,
        agency: e.agency_id ? snapshot.agencyById.get(e.agency_id)?.name : undefined,
        note: (e.visible || rule.internalNotes ? e.note : null) ?? undefined,
        visibleToCitizen: e.visible,
      })),
      deadlines: clocks.map((d) => {
        const rule = rulesById.get(d.ruleId)!;
        return {
          clock: d.clock,
          status: d.status,
          startedAt: d.startedAt,
          dueAt: d.dueAt,
          workingDaysLeft: calendar.workingDaysBetween(now, d.dueAt),
          overdue: d.status === 'running' && d.dueAt < now,
          extensions: d.extensions,
          extensionsAllowed: rule.extensionMaxCount,
          unit: d.urgent && rule.urgentUnit ? rule.urgentUnit : rule.unit,
          source: rule.source,
        };
      }),
      notices,
    };
  }

  /** The case's notices, without recipients: their state, so staff see one that could not be delivered. */
  private async notices(caseId: string): Promise<CaseNoticeDto[]> {
    const rows = await this.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { caseId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((n) => ({
      channel: n.channel,
      template: n.template,
      status: n.status,
      attempts: n.attempts,
      lastError: n.lastError ?? undefined,
      createdAt: n.createdAt,
      sentAt: n.sentAt ?? undefined,
      deliveredAt: n.deliveredAt ?? undefined,
    }));
  }

  /** Whether `extend` (no clock named) would succeed for this actor now: the clock it picks still has an extension left. */
  private extendable(
    kase: CaseEntity,
    clocks: CaseDeadlineEntity[],
    rulesById: Map<string, { extensionLength: number | null; extensionMaxCount: number }>,
    actor: Actor,
  ): boolean {
    if (actor.type !== 'staff' || !roleMay('extend', actor.role) || isTerminalStatus(kase.status)) return false;
    const clock = clockToExtend(clocks);
    return !!clock && mayExtend(clock, rulesById.get(clock.ruleId)!);
  }

  /**
   * The citizen's contact as the projection shows it to this actor in one case's detail. A denouncer's identity is
   * kept apart (Luật Tố cáo 2018 Art. 47): shown here to its keepers only (each view audited); a granted officer reads
   * it through GET /cases/:id/identity.
   */
  private async contact(kase: CaseEntity, actor: Actor): Promise<CitizenContactDto | undefined> {
    if (kase.anonymous) return undefined;
    const rule = projectionOf(actor);
    if (kase.kind === CaseKind.Denunciation) {
      if (actor.type !== 'staff' || rule.identity !== 'keeper') return { withheld: true };
      const identity = await this.identities.forCaseDetail(kase.id, actor);
      return {
        name: identity?.name ?? undefined,
        phone: identity?.phone ?? undefined,
        email: identity?.email ?? undefined,
        withheld: false,
      };
    }
    const shown = contactShown(rule, 'case');
    if (shown === 'none') return { withheld: true };
    return {
      name: contactValue(rule, 'case', kase, 'name'),
      phone: contactValue(rule, 'case', kase, 'phone'),
      email: contactValue(rule, 'case', kase, 'email'),
      withheld: false,
      ...(shown === 'masked' ? { masked: true } : {}),
    };
  }

  private summary(c: CaseSummaryRow, snapshot: ReferenceSnapshot, calendar: WorkingCalendar, now: Date): CaseSummaryDto {
    return {
      dueAt: c.dueAt ?? undefined,
      workingDaysLeft: c.dueAt ? calendar.workingDaysBetween(now, c.dueAt) : undefined,
      overdue: c.dueAt !== null && c.dueAt < now,
      id: c.id,
      trackingCode: c.trackingCode,
      kind: c.kind,
      channel: c.channel,
      status: c.status,
      priority: c.priority,
      title: c.title,
      receivedAt: c.receivedAt,
      category: toNamedRef(c.categoryId ? snapshot.categoryById.get(c.categoryId) : undefined),
      area: toNamedRef(c.areaId ? snapshot.areaById.get(c.areaId) : undefined),
      agency: toNamedRef(c.agencyId ? snapshot.agencyById.get(c.agencyId) : undefined),
      coSigners: c.coSigners,
    };
  }
}
