import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, dropDatabase, ensureDatabase, runMigrations } from '@hotline/database';

export const TEST_POSTGRES = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A database of its own for one test file, migrated, dropped at the end. */
export class TestDatabase {
  readonly name = `hotline_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  readonly url: string;
  dataSource!: DataSource;

  constructor() {
    const u = new URL(TEST_POSTGRES);
    u.pathname = `/${this.name}`;
    this.url = u.toString();
  }

  async create(): Promise<this> {
    await ensureDatabase(this.url);
    this.dataSource = await new DataSource(dataSourceOptions(this.url, 4)).initialize();
    await runMigrations(this.dataSource);
    return this;
  }

  /** Row counts of every table of the schema: a bad request must leave them all unchanged. */
  async rowCounts(): Promise<Record<string, number>> {
    const tables: { tablename: string }[] = await this.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const counts: Record<string, number> = {};
    for (const { tablename } of tables) {
      const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM "${tablename}"`);
      counts[tablename] = n;
    }
    return counts;
  }

  async drop(): Promise<void> {
    await this.dataSource?.destroy();
    await dropDatabase(this.url);
  }
}
