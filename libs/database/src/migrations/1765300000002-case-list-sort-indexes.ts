import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff list sorts by due date, status and agency as well as by reception (`sort`). Each order walks an index to
 * its page: the due date over all cases and within one agency (an officer's inbox, the usual "what is due first"),
 * and the status by its place in the lifecycle, `case_status_rank` (the order of CaseStatus; a new status needs a
 * migration re-creating the function and the index). Ties are broken by id, as in the list's statement.
 */
export class CaseListSortIndexes1765300000002 implements MigrationInterface {
  name = 'CaseListSortIndexes1765300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION case_status_rank(text) RETURNS int
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT array_position(ARRAY['received','triage','routed','accepted','returned','in_progress','awaiting_info','answered','reopened','closed','merged','rejected','withdrawn'], $1) $$`);
    await q.query(`CREATE INDEX cases_due_sort_idx ON cases (due_at ASC NULLS LAST, id)`);
    await q.query(`CREATE INDEX cases_agency_due_sort_idx ON cases (agency_id, due_at ASC NULLS LAST, id)`);
    await q.query(`CREATE INDEX cases_status_rank_sort_idx ON cases (public.case_status_rank(status), id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_status_rank_sort_idx`);
    await q.query(`DROP INDEX cases_agency_due_sort_idx`);
    await q.query(`DROP INDEX cases_due_sort_idx`);
    await q.query(`DROP FUNCTION case_status_rank(text)`);
  }
}
