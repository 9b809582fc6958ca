import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff sessions that expire and can be revoked, the optional TOTP second factor, forced password change after an
 * administrator's reset, and the agency head role.
 */
export class SessionsSecondFactor1764850000000 implements MigrationInterface {
  name = 'SessionsSecondFactor1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check, DROP CONSTRAINT IF EXISTS users_check`);
    await q.query(`
      ALTER TABLE users
        ADD CONSTRAINT users_role_check CHECK (role IN ('operator','agency_officer','agency_head','secretariat','council_member','admin')),
        ADD CONSTRAINT users_agency_role_check CHECK (role NOT IN ('agency_officer','agency_head') OR agency_id IS NOT NULL),
        ADD COLUMN totp_secret_enc text,
        ADD COLUMN totp_enabled_at timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN password_changed_at timestamptz`);
    await q.query(`
      CREATE TABLE user_sessions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        second_factor_pending boolean NOT NULL DEFAULT false,
        revoked_at timestamptz,
        revoked_reason text,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX user_sessions_user_idx ON user_sessions (user_id) WHERE revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE user_sessions`);
    await q.query(`DELETE FROM users WHERE role = 'agency_head'`);
    await q.query(`
      ALTER TABLE users
        DROP CONSTRAINT users_role_check, DROP CONSTRAINT users_agency_role_check,
        DROP COLUMN totp_secret_enc, DROP COLUMN totp_enabled_at, DROP COLUMN totp_last_step,
        DROP COLUMN must_change_password, DROP COLUMN password_changed_at,
        ADD CONSTRAINT users_role_check CHECK (role IN ('operator','agency_officer','secretariat','council_member','admin')),
        ADD CONSTRAINT users_check CHECK (role <> 'agency_officer' OR agency_id IS NOT NULL)`);
  }
}
