import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@hotline/audit';
import { Actor, CaseKind } from '@hotline/contracts';
import { AgencyEntity, AreaEntity, CategoryEntity, isUniqueViolation, newId, RoutingRuleEntity } from '@hotline/database';
import { ConflictError, InvalidInputError, NotFoundError } from '@hotline/platform';
import { ReferenceDataService } from '../reference-data.service';
import {
  AdminAgencyDto,
  AdminAreaDto,
  AdminCategoryDto,
  CreateAgencyDto,
  CreateAreaDto,
  CreateCategoryDto,
  CreateRoutingRuleDto,
  RoutingRuleDto,
  UpdateAgencyDto,
  UpdateAreaDto,
  UpdateCategoryDto,
  UpdateRoutingRuleDto,
} from './reference-admin.dto';

/** The three trees of reference data: one table each, a unique code, a parent of the same kind, an `active` flag. */
const TREES = {
  agency: { entity: AgencyEntity, table: 'agencies', label: 'agency' },
  area: { entity: AreaEntity, table: 'areas', label: 'area' },
  category: { entity: CategoryEntity, table: 'categories', label: 'category' },
} as const;
type TreeKind = keyof typeof TREES;
type TreeRow = AgencyEntity | AreaEntity | CategoryEntity;

interface RuleRow {
  id: string;
  kind: CaseKind | null;
  category_code: string | null;
  area_code: string | null;
  agency_code: string;
  priority: number;
  active: boolean;
  created_at: Date;
}

/**
 * The administrators' changes to agencies, areas, categories and routing rules. Codes are fixed once made (cases,
 * reports and the Open311 interface name them); a row is retired with `active: false`, never deleted. Every change is
 * an audit row in its transaction, and drops the reference-data cache of every process once committed.
 */
@Injectable()
export class ReferenceAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly audit: AuditService,
  ) {}

  // ---- lists (every row, inactive ones too) ----

  async agencies(): Promise<AdminAgencyDto[]> {
    const rows = await this.dataSource.getRepository(AgencyEntity).find({ order: { code: 'ASC' } });
    const codes = new Map(rows.map((r) => [r.id, r.code]));
    return rows.map((r) => toAgency(r, codes));
  }

  async areas(): Promise<AdminAreaDto[]> {
    const rows = await this.dataSource.getRepository(AreaEntity).find({ order: { code: 'ASC' } });
    const codes = new Map(rows.map((r) => [r.id, r.code]));
    return rows.map((r) => toArea(r, codes));
  }

  async categories(): Promise<AdminCategoryDto[]> {
    const rows = await this.dataSource.getRepository(CategoryEntity).find({ order: { code: 'ASC' } });
    const codes = new Map(rows.map((r) => [r.id, r.code]));
    return rows.map((r) => toCategory(r, codes));
  }

  async rules(): Promise<RoutingRuleDto[]> {
    const rows: RuleRow[] = await this.dataSource.query(
      `${RULE_SELECT} ORDER BY r.active DESC, g.code, c.code NULLS FIRST, a.code NULLS FIRST, r.kind NULLS FIRST, r.id`,
    );
    return rows.map(toRule);
  }

  // ---- agencies, areas, categories ----

  createAgency(input: CreateAgencyDto, actor: Actor, ip: string | null): Promise<AdminAgencyDto> {
    return this.createTree('agency', input, { email: input.email, headEmail: input.headEmail ?? null }, actor, ip).then(async (row) =>
      toAgency(row as AgencyEntity, await this.codesOf('agency')),
    );
  }

  updateAgency(id: string, input: UpdateAgencyDto, actor: Actor, ip: string | null): Promise<AdminAgencyDto> {
    const { email, headEmail } = input;
    return this.updateTree('agency', id, input, { email, headEmail }, actor, ip).then(async (row) =>
      toAgency(row as AgencyEntity, await this.codesOf('agency')),
    );
  }

  createArea(input: CreateAreaDto, actor: Actor, ip: string | null): Promise<AdminAreaDto> {
    return this.createTree('area', input, { level: input.level }, actor, ip).then(async (row) =>
      toArea(row as AreaEntity, await this.codesOf('area')),
    );
  }

  updateArea(id: string, input: UpdateAreaDto, actor: Actor, ip: string | null): Promise<AdminAreaDto> {
    return this.updateTree('area', id, input, { level: input.level }, actor, ip).then(async (row) =>
      toArea(row as AreaEntity, await this.codesOf('area')),
    );
  }

  createCategory(input: CreateCategoryDto, actor: Actor, ip: string | null): Promise<AdminCategoryDto> {
    return this.createTree('category', input, {}, actor, ip).then(async (row) =>
      toCategory(row as CategoryEntity, await this.codesOf('category')),
    );
  }

  updateCategory(id: string, input: UpdateCategoryDto, actor: Actor, ip: string | null): Promise<AdminCategoryDto> {
    return this.updateTree('category', id, input, {}, actor, ip).then(async (row) =>
      toCategory(row as CategoryEntity, await this.codesOf('category')),
    );
  }

  private async createTree(
    kind: TreeKind,
    input: { code: string; name: string; nameEn: string; parentCode?: string | null },
    extra: Record<string, unknown>,
    actor: Actor,
    ip: string | null,
  ): Promise<TreeRow> {
    const { entity, label } = TREES[kind];
    const row = await this.dataSource.transaction(async (manager) => {
      const parentId = input.parentCode ? await this.parentId(manager, kind, input.parentCode, null) : null;
      const created = {
        id: newId(),
        code: input.code,
        name: input.name,
        nameEn: input.nameEn,
        parentId,
        active: true,
        ...extra,
      } as TreeRow;
      try {
        await manager.insert(entity, created);
      } catch (err) {
        if (isUniqueViolation(err))
          throw new ConflictError(`An ${label} with the code ${input.code} exists`, [{ field: 'code', message: 'Already in use' }]);
        throw err;
      }
      await this.record(manager, kind, created.id, 'created', null, created, actor, ip);
      return created;
    });
    await this.reference.changed();
    return row;
  }

  private async updateTree(
    kind: TreeKind,
    id: string,
    input: { name?: string; nameEn?: string; parentCode?: string | null; active?: boolean },
    extra: Record<string, unknown>,
    actor: Actor,
    ip: string | null,
  ): Promise<TreeRow> {
    const { entity, label } = TREES[kind];
    const row = await this.dataSource.transaction(async (manager) => {
      const before = (await manager
        .getRepository(entity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :id', { id })
        .getOne()) as TreeRow | null;
      if (!before) throw new NotFoundError(`No ${label} has the id ${id}`);
      const change: Record<string, unknown> = {};
      if (input.name !== undefined) change.name = input.name;
      if (input.nameEn !== undefined) change.nameEn = input.nameEn;
      if (input.parentCode !== undefined)
        change.parentId = input.parentCode === null ? null : await this.parentId(manager, kind, input.parentCode, id);
      for (const [key, value] of Object.entries(extra)) if (value !== undefined) change[key] = value;
      if (input.active !== undefined) change.active = input.active;
      if (input.active === false && before.active) await this.refuseRetiringInUse(manager, kind, id);
      const after = { ...before, ...change } as TreeRow;
      if (Object.keys(change).length > 0) {
        await manager.update(entity, { id }, change);
        await this.record(manager, kind, id, 'updated', before, after, actor, ip);
      }
      return after;
    });
    await this.reference.changed();
    return row;
  }

  /** The id of the parent named by code; not the row itself nor one of its descendants (no cycles). */
  private async parentId(manager: EntityManager, kind: TreeKind, parentCode: string, selfId: string | null): Promise<string> {
    const { table, label } = TREES[kind];
    const [parent] = (await manager.query(`SELECT id FROM ${table} WHERE code = $1`, [parentCode])) as { id: string }[];
    if (!parent) throw new InvalidInputError('parentCode', `No ${label} has the code ${parentCode}`);
    if (selfId) {
      // Walk up from the new parent: meeting the row itself means the row would become its own ancestor.
      const [loop] = (await manager.query(
        `WITH RECURSIVE up(id, parent_id, depth) AS (
           SELECT id, parent_id, 0 FROM ${table} WHERE id = $1
           UNION ALL SELECT t.id, t.parent_id, up.depth + 1 FROM ${table} t JOIN up ON t.id = up.parent_id WHERE up.depth < 64)
         SELECT 1 AS hit FROM up WHERE id = $2 LIMIT 1`,
        [parent.id, selfId],
      )) as unknown[];
      if (loop) throw new InvalidInputError('parentCode', `An ${label} cannot be placed under itself or under one of its own sub-units`);
    }
    return parent.id;
  }

  /** An agency that active routing rules send cases to cannot be retired: the rules would route to nobody. */
  private async refuseRetiringInUse(manager: EntityManager, kind: TreeKind, id: string): Promise<void> {
    if (kind !== 'agency') return;
    const [{ count }] = (await manager.query(`SELECT count(*)::int AS count FROM routing_rules WHERE agency_id = $1 AND active`, [id])) as {
      count: number;
    }[];
    if (count > 0) {
      throw new ConflictError(`${count} active routing rule(s) send cases to this agency; change or retire them first`, [
        { field: 'active', message: `${count} active routing rule(s) send cases here` },
      ]);
    }
  }

  private async codesOf(kind: TreeKind): Promise<Map<string, string>> {
    const rows = (await this.dataSource.query(`SELECT id, code FROM ${TREES[kind].table}`)) as { id: string; code: string }[];
    return new Map(rows.map((r) => [r.id, r.code]));
  }

  // ---- routing rules ----

  async createRule(input: CreateRoutingRuleDto, actor: Actor, ip: string | null): Promise<RoutingRuleDto> {
    const id = newId();
    await this.dataSource.transaction(async (manager) => {
      const rule: Omit<RoutingRuleEntity, 'createdAt'> = {
        id,
        kind: input.kind ?? null,
        categoryId: input.categoryCode ? await this.activeId(manager, 'category', 'categoryCode', input.categoryCode) : null,
        areaId: input.areaCode ? await this.activeId(manager, 'area', 'areaCode', input.areaCode) : null,
        agencyId: await this.activeId(manager, 'agency', 'agencyCode', input.agencyCode),
        priority: input.priority ?? 0,
        active: true,
      };
      await this.insertOrUpdateRule(() => manager.insert(RoutingRuleEntity, rule));
      await this.record(manager, 'rule', id, 'created', null, rule, actor, ip);
    });
    await this.reference.changed();
    return this.rule(id);
  }

  async updateRule(id: string, input: UpdateRoutingRuleDto, actor: Actor, ip: string | null): Promise<RoutingRuleDto> {
    await this.dataSource.transaction(async (manager) => {
      const before = await manager
        .getRepository(RoutingRuleEntity)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.id = :id', { id })
        .getOne();
      if (!before) throw new NotFoundError(`No routing rule has the id ${id}`);
      const change: Partial<RoutingRuleEntity> = {};
      if (input.kind !== undefined) change.kind = input.kind;
      if (input.categoryCode !== undefined)
        change.categoryId =
          input.categoryCode === null ? null : await this.activeId(manager, 'category', 'categoryCode', input.categoryCode);
      if (input.areaCode !== undefined)
        change.areaId = input.areaCode === null ? null : await this.activeId(manager, 'area', 'areaCode', input.areaCode);
      if (input.agencyCode !== undefined) change.agencyId = await this.activeId(manager, 'agency', 'agencyCode', input.agencyCode);
      if (input.priority !== undefined) change.priority = input.priority;
      if (input.active !== undefined) change.active = input.active;
      if (change.active === true && !before.active && change.agencyId === undefined) {
        // Bringing a rule back: its agency must still be in service.
        const [agency] = (await manager.query(`SELECT active FROM agencies WHERE id = $1`, [before.agencyId])) as { active: boolean }[];
        if (!agency?.active) throw new InvalidInputError('agencyCode', 'The rule’s agency is retired; choose another');
      }
      if (Object.keys(change).length === 0) return;
      await this.insertOrUpdateRule(() => manager.update(RoutingRuleEntity, { id }, change));
      await this.record(manager, 'rule', id, 'updated', before, { ...before, ...change }, actor, ip);
    });
    await this.reference.changed();
    return this.rule(id);
  }

  private async rule(id: string): Promise<RoutingRuleDto> {
    const [row] = (await this.dataSource.query(`${RULE_SELECT} WHERE r.id = $1`, [id])) as RuleRow[];
    return toRule(row);
  }

  /** The one active rule per (kind, category, area) is the database's unique index; a second is a conflict. */
  private async insertOrUpdateRule(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const message = 'Another active rule has the same kind, category and area';
      throw new ConflictError(message, [
        { field: 'kind', message },
        { field: 'categoryCode', message },
        { field: 'areaCode', message },
      ]);
    }
  }

  /** The id of an active agency, area or category named by code, or a 400 on the field that named it. */
  private async activeId(manager: EntityManager, kind: TreeKind, field: string, code: string): Promise<string> {
    const { table, label } = TREES[kind];
    const [row] = (await manager.query(`SELECT id, active FROM ${table} WHERE code = $1`, [code])) as { id: string; active: boolean }[];
    if (!row) throw new InvalidInputError(field, `No ${label} has the code ${code}`);
    if (!row.active) throw new InvalidInputError(field, `The ${label} ${code} is retired`);
    return row.id;
  }

  private record(
    manager: EntityManager,
    kind: TreeKind | 'rule',
    id: string,
    op: 'created' | 'updated',
    before: object | null,
    after: object,
    actor: Actor,
    ip: string | null,
  ): Promise<void> {
    const type = kind === 'rule' ? 'routing_rule' : kind;
    return this.audit.record(
      { action: AuditAction.ReferenceChanged, actor, target: { type, id }, ip, data: { kind: type, op, before, after } },
      manager,
    );
  }
}

const RULE_SELECT = `
  SELECT r.id, r.kind, c.code AS category_code, a.code AS area_code, g.code AS agency_code, r.priority, r.active, r.created_at
  FROM routing_rules r
  LEFT JOIN categories c ON c.id = r.category_id
  LEFT JOIN areas a ON a.id = r.area_id
  JOIN agencies g ON g.id = r.agency_id`;

const toRule = (r: RuleRow): RoutingRuleDto => ({
  id: r.id,
  kind: r.kind,
  categoryCode: r.category_code,
  areaCode: r.area_code,
  agencyCode: r.agency_code,
  priority: Number(r.priority),
  active: r.active,
  createdAt: r.created_at,
});

const parentCode = (codes: Map<string, string>, parentId: string | null) => (parentId ? (codes.get(parentId) ?? null) : null);

const toAgency = (r: AgencyEntity, codes: Map<string, string>): AdminAgencyDto => ({
  id: r.id,
  code: r.code,
  name: r.name,
  nameEn: r.nameEn,
  parentCode: parentCode(codes, r.parentId),
  email: r.email,
  headEmail: r.headEmail,
  active: r.active,
});

const toArea = (r: AreaEntity, codes: Map<string, string>): AdminAreaDto => ({
  id: r.id,
  code: r.code,
  name: r.name,
  nameEn: r.nameEn,
  level: r.level,
  parentCode: parentCode(codes, r.parentId),
  active: r.active,
  boundary: r.boundary ? (r.boundaryApproximate ? 'approximate' : 'imported') : 'none',
});

const toCategory = (r: CategoryEntity, codes: Map<string, string>): AdminCategoryDto => ({
  id: r.id,
  code: r.code,
  name: r.name,
  nameEn: r.nameEn,
  parentCode: parentCode(codes, r.parentId),
  active: r.active,
});
