import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff list pages by (received_at DESC, id DESC): with the id in the index, the ids of a deep page come from an
 * index-only scan and only the page's own rows are read from the table. The area filter (with its sub-areas) gets its
 * own ordered index, like status and agency have.
 */
export class CaseListIndexes1764860000000 implements MigrationInterface {
  name = 'CaseListIndexes1764860000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_status_received_idx`);
    await q.query(`CREATE INDEX cases_status_received_idx ON cases (status, received_at DESC, id DESC)`);
    await q.query(`DROP INDEX cases_received_idx`);
    await q.query(`CREATE INDEX cases_received_idx ON cases (received_at DESC, id DESC)`);
    await q.query(`CREATE INDEX cases_area_received_idx ON cases (area_id, received_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_area_received_idx`);
    await q.query(`DROP INDEX cases_received_idx`);
    await q.query(`CREATE INDEX cases_received_idx ON cases (received_at DESC)`);
    await q.query(`DROP INDEX cases_status_received_idx`);
    await q.query(`CREATE INDEX cases_status_received_idx ON cases (status, received_at DESC)`);
  }
}
