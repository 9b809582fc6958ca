/** PostgreSQL's unique_violation (SQLSTATE 23505), as pg reports it directly or TypeORM wraps it in `driverError`. */
export const PG_UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  return e.code === PG_UNIQUE_VIOLATION || e.driverError?.code === PG_UNIQUE_VIOLATION;
}
