import type { Pool, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A statement the hot paths send by name: each pooled connection parses and plans it once, then only binds and runs
 * it (for a short lookup, planning costs PostgreSQL more than running it). After five runs PostgreSQL may keep a
 * generic plan made with the table sizes of that moment, so only statements whose plan cannot turn bad as tables grow
 * are sent this way (a lookup by a unique key, an INSERT); the pool retires each connection after `maxUses` statements
 * (data-source-options), so no plan outlives that many uses anyway. A statement whose best plan depends on its
 * parameters (a list of ids to join, say) goes through `poolQuery`: planned each time.
 */
export interface PreparedStatement {
  /** Unique across the application: a name is bound to one text on each connection. */
  name: string;
  text: string;
}

/** The pg pool under TypeORM's data source, for statements sent by name. */
export const poolOf = (dataSource: DataSource): Pool => (dataSource.driver as PostgresDriver).master as Pool;

/** Runs a prepared statement on a pooled connection (outside any transaction) and returns its rows. */
export async function preparedQuery<T extends QueryResultRow>(
  dataSource: DataSource,
  statement: PreparedStatement,
  values: unknown[],
): Promise<T[]> {
  return (await poolOf(dataSource).query<T>({ ...statement, values })).rows;
}

/**
 * Runs a statement unnamed on a pooled connection (outside any transaction): planned each time with the current
 * statistics, without TypeORM's query runner (for per-job statements whose rows need no entity).
 */
export async function poolQuery<T extends QueryResultRow>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  return (await poolOf(dataSource).query<T>(text, values)).rows;
}
