import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Systems that file requests through Open311 GeoReport v2 (FixMyStreet and others): each has its own api_key,
 * stored as a SHA-256 hash only (the key is shown once, when the administrator registers the client). The case keeps
 * which client filed it.
 */
export class Open311Clients1765000000001 implements MigrationInterface {
  name = 'Open311Clients1765000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE open311_clients (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
        key_hash bytea NOT NULL UNIQUE,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await q.query(`ALTER TABLE cases ADD COLUMN open311_client_id uuid REFERENCES open311_clients(id)`);
    // GET requests lists public cases, newest first, by date range.
    await q.query(`CREATE INDEX cases_public_received_idx ON cases (received_at DESC) WHERE is_public`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_public_received_idx`);
    await q.query(`ALTER TABLE cases DROP COLUMN open311_client_id`);
    await q.query(`DROP TABLE open311_clients`);
  }
}
