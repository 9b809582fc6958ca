import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgencyEntity, AreaEntity, CategoryEntity, RoutingRuleEntity } from '@hotline/database';
import { RefreshingValue } from '@hotline/platform';
import type { RoutingRuleCandidate } from '../routing/pick-routing-rule';

interface TreeNode {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  parentId: string | null;
  active: boolean;
}

export interface ReferenceSnapshot {
  categories: CategoryEntity[];
  areas: AreaEntity[];
  agencies: AgencyEntity[];
  rules: RoutingRuleCandidate[];
  categoryById: Map<string, CategoryEntity>;
  categoryByCode: Map<string, CategoryEntity>;
  areaById: Map<string, AreaEntity>;
  areaByCode: Map<string, AreaEntity>;
  agencyById: Map<string, AgencyEntity>;
  agencyByCode: Map<string, AgencyEntity>;
}

const TTL_MS = 30_000;

/**
 * Areas, categories, agencies and routing rules change rarely and are read on every intake and routing:
 * they are cached per process for a short time, and reloaded at once when a code is not found.
 */
@Injectable()
export class ReferenceDataService {
  private readonly snapshot = new RefreshingValue(() => this.load(), TTL_MS);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get(fresh = false): Promise<ReferenceSnapshot> {
    return this.snapshot.get(fresh);
  }

  invalidate(): void {
    this.snapshot.invalidate();
  }

  async categoryByCode(code: string): Promise<CategoryEntity | undefined> {
    return (await this.get()).categoryByCode.get(code) ?? (await this.get(true)).categoryByCode.get(code);
  }

  async areaByCode(code: string): Promise<AreaEntity | undefined> {
    return (await this.get()).areaByCode.get(code) ?? (await this.get(true)).areaByCode.get(code);
  }

  async agencyByCode(code: string): Promise<AgencyEntity | undefined> {
    return (await this.get()).agencyByCode.get(code) ?? (await this.get(true)).agencyByCode.get(code);
  }

  /** The node, then its ancestors up to the root. */
  static chain<T extends TreeNode>(byId: Map<string, T>, id: string | null): string[] {
    const chain: string[] = [];
    for (let node = id ? byId.get(id) : undefined; node && chain.length < 32; node = node.parentId ? byId.get(node.parentId) : undefined) {
      chain.push(node.id);
    }
    return chain;
  }

  private async load(): Promise<ReferenceSnapshot> {
    const [categories, areas, agencies, rules] = await Promise.all([
      this.dataSource.getRepository(CategoryEntity).find({ order: { code: 'ASC' } }),
      this.dataSource.getRepository(AreaEntity).find({ order: { code: 'ASC' } }),
      this.dataSource.getRepository(AgencyEntity).find({ order: { code: 'ASC' } }),
      this.dataSource.getRepository(RoutingRuleEntity).find({ where: { active: true } }),
    ]);
    const index = <T extends { id: string; code: string }>(rows: T[]) =>
      [new Map(rows.map((r) => [r.id, r] as const)), new Map(rows.map((r) => [r.code, r] as const))] as const;
    const [categoryById, categoryByCode] = index(categories);
    const [areaById, areaByCode] = index(areas);
    const [agencyById, agencyByCode] = index(agencies);
    return { categories, areas, agencies, rules, categoryById, categoryByCode, areaById, areaByCode, agencyById, agencyByCode };
  }
}
