import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1764800000000 implements MigrationInterface {
  name = 'Attachments1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        uploaded_by_type text NOT NULL CHECK (uploaded_by_type IN ('citizen','staff')),
        uploaded_by_user_id uuid REFERENCES users(id),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        visible_to_citizen boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((uploaded_by_type = 'staff') = (uploaded_by_user_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX attachments_case_idx ON attachments (case_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachments`);
  }
}
