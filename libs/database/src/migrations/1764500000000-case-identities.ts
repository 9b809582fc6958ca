import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A denunciation's author is confidential (Luật Tố cáo 2018 Art. 47): the identity lives in case_identities, apart
 * from the case row, so every list, export and report that reads `cases` cannot carry it. The database refuses an
 * identity on a denunciation's case row. Grants name the officer the secretariat lets see one identity, and why.
 * `anonymised_at` marks cases whose personal data the retention job has erased.
 */
export class CaseIdentities1764500000000 implements MigrationInterface {
  name = 'CaseIdentities1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_identities (
        case_id uuid PRIMARY KEY REFERENCES cases(id),
        name text,
        phone text,
        email text,
        address text,
        national_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        anonymised_at timestamptz
      )`);
    await q.query(`
      INSERT INTO case_identities (case_id, name, phone, email, created_at)
      SELECT id, citizen_name, citizen_phone, citizen_email, received_at FROM cases
      WHERE kind = 'denunciation' AND (citizen_name IS NOT NULL OR citizen_phone IS NOT NULL OR citizen_email IS NOT NULL)`);
    await q.query(`
      UPDATE cases SET citizen_name = NULL, citizen_phone = NULL, citizen_email = NULL
      WHERE kind = 'denunciation' AND (citizen_name IS NOT NULL OR citizen_phone IS NOT NULL OR citizen_email IS NOT NULL)`);
    await q.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_denunciation_identity_apart
        CHECK (kind <> 'denunciation' OR (citizen_name IS NULL AND citizen_phone IS NULL AND citizen_email IS NULL))`);

    await q.query(`
      CREATE TABLE case_identity_grants (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        user_id uuid NOT NULL REFERENCES users(id),
        reason text NOT NULL,
        granted_by_user_id uuid NOT NULL REFERENCES users(id),
        granted_at timestamptz NOT NULL,
        revoked_by_user_id uuid REFERENCES users(id),
        revoked_at timestamptz
      )`);
    // One live grant per officer and case; the reveal checks it by (case, user).
    await q.query(`CREATE UNIQUE INDEX case_identity_grants_live_uq ON case_identity_grants (case_id, user_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX case_identity_grants_case_idx ON case_identity_grants (case_id, granted_at)`);

    await q.query(`ALTER TABLE cases ADD COLUMN anonymised_at timestamptz`);
    // case_events stays append-only, with one narrow exception: the retention job, inside its own transaction
    // (SET LOCAL hotline.anonymising = 'on'), may blank a note, which is free text that can hold personal data.
    // Any other change of any column, and every DELETE or TRUNCATE, is still refused.
    await q.query(`
      CREATE FUNCTION refuse_case_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('hotline.anonymising', true) = 'on' AND NEW.note IS NULL
           AND (NEW.id, NEW.case_id, NEW.type, NEW.from_status, NEW.to_status, NEW.actor_type, NEW.actor_user_id,
                NEW.agency_id, NEW.visible_to_citizen, NEW.data, NEW.created_at)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.case_id, OLD.type, OLD.from_status, OLD.to_status, OLD.actor_type, OLD.actor_user_id,
                OLD.agency_id, OLD.visible_to_citizen, OLD.data, OLD.created_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'case_events is append-only: UPDATE refused' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`DROP TRIGGER case_events_append_only ON case_events`);
    await q.query(`
      CREATE TRIGGER case_events_append_only BEFORE DELETE OR TRUNCATE ON case_events
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    await q.query(`
      CREATE TRIGGER case_events_update_refused BEFORE UPDATE ON case_events
        FOR EACH ROW EXECUTE FUNCTION refuse_case_event_change()`);
    // The retention job's scan: closed long ago, not yet anonymised.
    await q.query(`CREATE INDEX cases_retention_idx ON cases (closed_at) WHERE anonymised_at IS NULL AND closed_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_retention_idx`);
    await q.query(`DROP TRIGGER case_events_update_refused ON case_events`);
    await q.query(`DROP TRIGGER case_events_append_only ON case_events`);
    await q.query(`
      CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON case_events
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    await q.query(`DROP FUNCTION refuse_case_event_change()`);
    await q.query(`ALTER TABLE cases DROP COLUMN anonymised_at`);
    await q.query(`DROP TABLE case_identity_grants`);
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_denunciation_identity_apart`);
    await q.query(`
      UPDATE cases c SET citizen_name = i.name, citizen_phone = i.phone, citizen_email = i.email
      FROM case_identities i WHERE i.case_id = c.id`);
    await q.query(`DROP TABLE case_identities`);
  }
}
