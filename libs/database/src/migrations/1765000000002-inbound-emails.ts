import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every message the inbound SMTP listener accepted, by Message-ID (or the hash of the raw message when it has none):
 * a client that retries after a lost answer sends the same message again, and the key makes the second one a no-op.
 * Only the outcome and the case are kept, no sender or content (those live on the case and its event).
 */
export class InboundEmails1765000000002 implements MigrationInterface {
  name = 'InboundEmails1765000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inbound_emails (
        message_id text PRIMARY KEY CHECK (length(message_id) BETWEEN 1 AND 998),
        outcome text NOT NULL CHECK (outcome IN ('case','reply','bounce','auto_reply')),
        case_id uuid REFERENCES cases(id),
        received_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((outcome IN ('case','reply')) = (case_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX inbound_emails_case_idx ON inbound_emails (case_id) WHERE case_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbound_emails`);
  }
}
