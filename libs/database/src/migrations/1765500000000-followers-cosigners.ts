import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "My cases", followers and co-signers (#24 items 6–7). One-time codes serve more than data-subject requests: each
 * code row says what it was asked for (`purpose`), so a code for one use cannot serve another. A follower keeps the
 * contact it is notified at (its unsubscribe link is an HMAC of its id, never stored; same retention as the case: anonymising the case deletes them); a co-signer only a keyed
 * hash of the confirmed contact, unique per case, and the case counts them (`co_signers`) for triage and reports.
 */
export class FollowersCosigners1765500000000 implements MigrationInterface {
  name = 'FollowersCosigners1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE privacy_codes ADD COLUMN purpose text NOT NULL DEFAULT 'privacy'`);
    await q.query(`DROP INDEX privacy_codes_contact_idx`);
    await q.query(`CREATE INDEX privacy_codes_contact_idx ON privacy_codes (contact_hash, purpose, created_at DESC)`);
    await q.query(`
      CREATE TABLE case_followers (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        contact_hash bytea NOT NULL,
        channel text NOT NULL CHECK (channel IN ('email','sms','zalo')),
        recipient text NOT NULL,
        created_at timestamptz NOT NULL,
        unsubscribed_at timestamptz,
        UNIQUE (case_id, contact_hash)
      )`);
    await q.query(`
      CREATE TABLE case_cosigners (
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        contact_hash bytea NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, contact_hash)
      )`);
    await q.query(`ALTER TABLE cases ADD COLUMN co_signers int NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN co_signers`);
    await q.query(`DROP TABLE case_cosigners`);
    await q.query(`DROP TABLE case_followers`);
    await q.query(`DROP INDEX privacy_codes_contact_idx`);
    await q.query(`CREATE INDEX privacy_codes_contact_idx ON privacy_codes (contact_hash, created_at DESC)`);
    await q.query(`ALTER TABLE privacy_codes DROP COLUMN purpose`);
  }
}
