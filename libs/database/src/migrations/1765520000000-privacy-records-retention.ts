import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention of the privacy records themselves (issue 19, docs/personal-data.md): data-subject requests and breach
 * records keep their personal data (the contact a request was filed with, the free text of a breach and its entries)
 * for a configured period, then the privacy scan erases it, as the case retention job does for cases.
 *
 * The breach register stays append-only, with the same narrow exception case_events has: inside the erasing
 * transaction (SET LOCAL hotline.anonymising = 'on') a breach's summary may become the erased text, its affected cases
 * emptied and `anonymised_at` set, and an entry's note blanked. Every other change, DELETE and TRUNCATE is still refused.
 */
export class PrivacyRecordsRetention1765520000000 implements MigrationInterface {
  name = 'PrivacyRecordsRetention1765520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE privacy_requests ADD COLUMN anonymised_at timestamptz`);
    await q.query(`ALTER TABLE breaches ADD COLUMN anonymised_at timestamptz`);
    // The scans of the retention: finished long ago, not yet erased.
    await q.query(`CREATE INDEX privacy_requests_retention_idx ON privacy_requests (completed_at) WHERE anonymised_at IS NULL AND completed_at IS NOT NULL`);
    await q.query(`CREATE INDEX breaches_retention_idx ON breaches (recorded_at) WHERE anonymised_at IS NULL`);
    await q.query(`CREATE INDEX privacy_codes_expiry_idx ON privacy_codes (expires_at)`);
    await q.query(`
      CREATE FUNCTION refuse_breach_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('hotline.anonymising', true) = 'on' AND NEW.anonymised_at IS NOT NULL AND OLD.anonymised_at IS NULL
           AND NEW.affected_case_ids = '{}'
           AND (NEW.id, NEW.source, NEW.alert_key, NEW.discovered_at, NEW.occurred_at, NEW.data_categories, NEW.affected_estimate,
                NEW.recorded_by_user_id, NEW.recorded_at, NEW.notify_due_at)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.source, OLD.alert_key, OLD.discovered_at, OLD.occurred_at, OLD.data_categories, OLD.affected_estimate,
                OLD.recorded_by_user_id, OLD.recorded_at, OLD.notify_due_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'breaches is append-only: UPDATE refused' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE FUNCTION refuse_breach_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('hotline.anonymising', true) = 'on' AND NEW.note IS NULL
           AND (NEW.id, NEW.breach_id, NEW.type, NEW.actor_type, NEW.actor_user_id, NEW.created_at)
               IS NOT DISTINCT FROM (OLD.id, OLD.breach_id, OLD.type, OLD.actor_type, OLD.actor_user_id, OLD.created_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'breach_entries is append-only: UPDATE refused' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const [table, fn] of [
      ['breaches', 'refuse_breach_change'],
      ['breach_entries', 'refuse_breach_entry_change'],
    ]) {
      await q.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
      await q.query(`CREATE TRIGGER ${table}_update_refused BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['breaches', 'breach_entries']) {
      await q.query(`DROP TRIGGER ${table}_update_refused ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    }
    await q.query(`DROP FUNCTION refuse_breach_entry_change()`);
    await q.query(`DROP FUNCTION refuse_breach_change()`);
    await q.query(`DROP INDEX privacy_codes_expiry_idx`);
    await q.query(`DROP INDEX breaches_retention_idx`);
    await q.query(`DROP INDEX privacy_requests_retention_idx`);
    await q.query(`ALTER TABLE breaches DROP COLUMN anonymised_at`);
    await q.query(`ALTER TABLE privacy_requests DROP COLUMN anonymised_at`);
  }
}
