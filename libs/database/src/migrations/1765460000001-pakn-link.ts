import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national PAKN link (docs/channels.md). `pakn_links`: a case sent to the national system, with the id it got
 * there and the last answer sent, so a job run twice sends nothing twice. `pakn_inbox`: each message pulled from it,
 * once per remote id, with the case it became or why it could not become one (shown to staff).
 */
export class PaknLink1765460000001 implements MigrationInterface {
  name = 'PaknLink1765460000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pakn_links (
        case_id uuid PRIMARY KEY REFERENCES cases(id),
        remote_id text NOT NULL,
        pushed_at timestamptz NOT NULL,
        answer_round int NOT NULL DEFAULT 0,
        answer_pushed_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE pakn_inbox (
        remote_id text PRIMARY KEY,
        payload jsonb NOT NULL,
        pulled_at timestamptz NOT NULL DEFAULT now(),
        case_id uuid REFERENCES cases(id),
        imported_at timestamptz,
        failure text
      )`);
    await q.query(`CREATE INDEX pakn_inbox_pulled_idx ON pakn_inbox (pulled_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pakn_inbox, pakn_links`);
  }
}
