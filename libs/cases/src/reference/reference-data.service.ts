import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '@hotline/config';
import { AgencyEntity, AreaEntity, CategoryEntity, RoutingRuleEntity } from '@hotline/database';
import { createRedis, RefreshingValue } from '@hotline/platform';
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
 * they are cached per process for a short time, and reloaded at once when a code is not found. An administrator's
 * change (`changed()`) drops this process's copy and tells every other process (API instances, workers) over a Redis
 * channel to drop theirs, so the next case is routed by the new rules; a lost message costs at most the TTL.
 */
@Injectable()
export class ReferenceDataService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReferenceDataService.name);
  private readonly snapshot = new RefreshingValue(() => this.load(), TTL_MS);
  private readonly channel: string;
  private subscriber?: IORedis;
  private publisher?: IORedis;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.channel = `${config.redis.queuePrefix}:reference-changed`;
  }

  onModuleInit(): void {
    const subscriber = createRedis(this.config.redis.connection, {
      connectionName: 'hotline-reference',
      maxRetriesPerRequest: null,
      lazyConnect: true,
    });
    subscriber.on('error', (err: Error) =>
      this.logger.warn({ err: err.message }, 'reference-data channel error; the cache falls back to its TTL'),
    );
    subscriber.on('message', () => this.snapshot.invalidate());
    // A reconnect may have missed a change: start afresh.
    subscriber.on('ready', () => this.snapshot.invalidate());
    this.subscriber = subscriber;
    // Not awaited: a boot while Redis is away must not wait for it (the subscription is made once it answers).
    void subscriber
      .subscribe(this.channel)
      .catch((err: Error) => this.logger.warn({ err: err.message }, 'could not subscribe to reference-data changes'));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.subscriber, this.publisher].map((c) => c?.quit().catch(() => c.disconnect())));
    this.subscriber = this.publisher = undefined;
  }

  get(fresh = false): Promise<ReferenceSnapshot> {
    return this.snapshot.get(fresh);
  }

  invalidate(): void {
    this.snapshot.invalidate();
  }

  /** After a committed change: drop this copy and every other process's. */
  async changed(): Promise<void> {
    this.snapshot.invalidate();
    this.publisher ??= (() => {
      const client = createRedis(this.config.redis.connection, {
        connectionName: 'hotline-reference-pub',
        maxRetriesPerRequest: 1,
        commandTimeout: 1000,
      });
      client.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'reference-data publisher error'));
      return client;
    })();
    await this.publisher.publish(this.channel, String(Date.now())).catch((err: Error) => {
      this.logger.warn({ err: err.message }, 'could not announce a reference-data change; other processes see it within their cache TTL');
    });
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
