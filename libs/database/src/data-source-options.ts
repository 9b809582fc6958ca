import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { OutboxWakeupSubscriber } from './outbox-wakeup';

/** One set of options for Nest, the CLI and the tests. Schema changes happen through migrations only. */
export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    subscribers: [OutboxWakeupSubscriber],
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    // maxUses: a connection is replaced after that many statements, so a generic plan of a named statement
    // (prepared-query.ts) made while a table was small cannot stay in use for the life of a busy process.
    extra: { max: poolSize, maxUses: 10_000, application_name: 'hotline' },
  };
}

const MIGRATION_LOCK_KEY = 727_0001;

/** Runs pending migrations under an advisory lock, so replicas starting together never race. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    await runner.release();
  }
}
