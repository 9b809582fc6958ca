import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case may be given to one officer of the agency handling it (`assignee_user_id`); routing elsewhere or a return
 * clears it. "My cases" and the list's assignee filter walk the index in the list's default order (newest first).
 */
export class CaseAssignee1765410000000 implements MigrationInterface {
  name = 'CaseAssignee1765410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN assignee_user_id uuid NULL REFERENCES users (id)`);
    await q.query(
      `CREATE INDEX cases_assignee_received_idx ON cases (assignee_user_id, received_at DESC, id DESC) WHERE assignee_user_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_assignee_received_idx`);
    await q.query(`ALTER TABLE cases DROP COLUMN assignee_user_id`);
  }
}
