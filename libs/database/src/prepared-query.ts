import type { Pool, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A statement the hot paths send by name: each pooled connection parses and plans it once, then only binds and runs
 * it (for a short lookup, planning costs PostgreSQL more than running it).
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
