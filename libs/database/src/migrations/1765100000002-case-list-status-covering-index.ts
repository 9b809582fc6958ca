import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The status index carries the list's other filter columns too (like the list's other ordered indexes, 1765100000000):
 * a status with another filter is then an index-only walk of that status's cases, not a walk of every case in list
 * order (a combination that matches nothing, e.g. denunciation + walk_in + in_progress, went through all 1M entries,
 * 370 ms; 25 ms after).
 */
export class CaseListStatusCoveringIndex1765100000002 implements MigrationInterface {
  name = 'CaseListStatusCoveringIndex1765100000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_status_received_idx`);
    await q.query(
      `CREATE INDEX cases_status_received_idx ON cases (status, received_at DESC, id DESC) INCLUDE (kind, channel, agency_id, category_id, area_id, due_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_status_received_idx`);
    await q.query(`CREATE INDEX cases_status_received_idx ON cases (status, received_at DESC, id DESC)`);
  }
}
