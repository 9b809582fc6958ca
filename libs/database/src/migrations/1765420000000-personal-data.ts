import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first privacy notice (v1), Vietnamese and English; admins add later versions as new rows. */
const NOTICE_VI =
  'Hội đồng nhân dân xử lý dữ liệu cá nhân bạn cung cấp (họ tên, điện thoại, thư điện tử, địa chỉ, nội dung phản ánh) để tiếp nhận, ' +
  'chuyển và giải quyết phản ánh, kiến nghị của bạn, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15. Dữ liệu được chuyển cho ' +
  'cơ quan có thẩm quyền giải quyết và được lưu trong thời hạn lưu trữ, sau đó được xoá. Bạn có quyền xem, sửa, rút lại đồng ý, ' +
  'yêu cầu xoá hoặc hạn chế xử lý dữ liệu của mình (trừ khi pháp luật buộc phải lưu giữ hồ sơ).';
const NOTICE_EN =
  'The people’s council processes the personal data you give (name, phone, email, address, the content of your petition) to ' +
  'receive, forward and resolve your case, under the Personal Data Protection Law No. 91/2025/QH15. The data goes to the agency ' +
  'competent to handle it and is kept for the retention period, then erased. You may see, correct, withdraw consent to, ask to ' +
  'erase or restrict the processing of your data (except where the law requires the case to be kept).';

/**
 * Personal data law (issue 19): versioned privacy notices, the consent recorded with each case, one-time codes that
 * prove control of a contact, data-subject requests with their trail, and the breach register (append-only: the
 * refuse_change() trigger that case_events and audit_log already use).
 */
export class PersonalData1765420000000 implements MigrationInterface {
  name = 'PersonalData1765420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE privacy_notices (
        version int PRIMARY KEY,
        text_vi text NOT NULL,
        text_en text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_user_id uuid REFERENCES users(id)
      )`);
    await q.query(`INSERT INTO privacy_notices (version, text_vi, text_en) VALUES (1, $1, $2)`, [NOTICE_VI, NOTICE_EN]);
    await q.query(`CREATE TRIGGER privacy_notices_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON privacy_notices
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    await q.query(`
      CREATE TABLE case_consents (
        case_id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        notice_version int NOT NULL REFERENCES privacy_notices(version),
        handling boolean NOT NULL,
        publication boolean NOT NULL,
        contact boolean NOT NULL,
        method text NOT NULL,
        consented_at timestamptz NOT NULL,
        publication_withdrawn_at timestamptz,
        contact_withdrawn_at timestamptz
      )`);
    await q.query(`ALTER TABLE cases ADD COLUMN processing_restricted_at timestamptz`);
    // A data subject's cases are found by their email or phone (the case row, or a denunciation author's identity).
    await q.query(`CREATE INDEX cases_citizen_email_idx ON cases (citizen_email) WHERE citizen_email IS NOT NULL`);
    await q.query(`CREATE INDEX case_identities_email_idx ON case_identities (email) WHERE email IS NOT NULL`);
    await q.query(`CREATE INDEX case_identities_phone_idx ON case_identities (phone) WHERE phone IS NOT NULL`);
    await q.query(`
      CREATE TABLE privacy_codes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        contact_hash bytea NOT NULL,
        ip text,
        code_hash bytea NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        attempts int NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX privacy_codes_contact_idx ON privacy_codes (contact_hash, created_at DESC)`);
    await q.query(`CREATE INDEX privacy_codes_ip_idx ON privacy_codes (ip, created_at DESC)`);
    await q.query(`
      CREATE TABLE privacy_requests (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        status text NOT NULL,
        contact_kind text NOT NULL,
        contact text NOT NULL,
        filed_by text NOT NULL CHECK (filed_by IN ('citizen','staff')),
        filed_by_user_id uuid REFERENCES users(id),
        details jsonb NOT NULL DEFAULT '{}',
        access_key_hash bytea,
        received_at timestamptz NOT NULL,
        acknowledge_due_at timestamptz NOT NULL,
        complete_due_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        completed_at timestamptz,
        outcome jsonb,
        refusal_code text,
        refusal_reason text,
        overdue_alerted_at timestamptz
      )`);
    await q.query(`CREATE INDEX privacy_requests_open_idx ON privacy_requests (complete_due_at) WHERE completed_at IS NULL`);
    await q.query(`CREATE INDEX privacy_requests_received_idx ON privacy_requests (received_at DESC)`);
    await q.query(`
      CREATE TABLE privacy_request_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES privacy_requests(id),
        type text NOT NULL,
        actor_type text NOT NULL,
        actor_user_id uuid,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX privacy_request_events_request_idx ON privacy_request_events (request_id, id)`);
    await q.query(`CREATE TRIGGER privacy_request_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON privacy_request_events
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    await q.query(`
      CREATE TABLE breaches (
        id uuid PRIMARY KEY,
        source text NOT NULL CHECK (source IN ('staff','export_burst')),
        alert_key text UNIQUE,
        summary text NOT NULL,
        discovered_at timestamptz NOT NULL,
        occurred_at timestamptz,
        data_categories text[] NOT NULL,
        affected_case_ids uuid[] NOT NULL DEFAULT '{}',
        affected_estimate int,
        recorded_by_user_id uuid REFERENCES users(id),
        recorded_at timestamptz NOT NULL,
        notify_due_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX breaches_due_idx ON breaches (notify_due_at)`);
    await q.query(`
      CREATE TABLE breach_entries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        breach_id uuid NOT NULL REFERENCES breaches(id),
        type text NOT NULL,
        actor_type text NOT NULL,
        actor_user_id uuid,
        note text,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX breach_entries_breach_idx ON breach_entries (breach_id, id)`);
    // The overdue alert is sent once per breach, however many scans see it overdue.
    await q.query(`CREATE UNIQUE INDEX breach_entries_overdue_once ON breach_entries (breach_id) WHERE type = 'overdue_alert'`);
    for (const table of ['breaches', 'breach_entries']) {
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
      await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${table} FROM PUBLIC`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['breach_entries', 'breaches', 'privacy_request_events', 'privacy_requests', 'privacy_codes', 'case_consents']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP INDEX case_identities_phone_idx`);
    await q.query(`DROP INDEX case_identities_email_idx`);
    await q.query(`DROP INDEX cases_citizen_email_idx`);
    await q.query(`ALTER TABLE cases DROP COLUMN processing_restricted_at`);
    await q.query(`DROP TABLE privacy_notices`);
  }
}
