import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Council sessions (kỳ họp) with the voter-meeting period before each, the link from a case to the session it is
 * reported to, and the targets and tasks the council assigns to agencies with the cases that measure them.
 */
export class Council1764300000000 implements MigrationInterface {
  name = 'Council1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // Voter-meeting periods never overlap, so a petition received on a given day belongs to at most one session by default.
    await q.query(`
      CREATE TABLE council_sessions (
        id uuid PRIMARY KEY,
        council_name text NOT NULL,
        name text NOT NULL,
        number int NOT NULL CHECK (number > 0),
        term text NOT NULL,
        session_date date NOT NULL,
        meeting_from date NOT NULL,
        meeting_to date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (meeting_from <= meeting_to AND meeting_to <= session_date),
        UNIQUE (term, number),
        EXCLUDE USING gist (daterange(meeting_from, meeting_to, '[]') WITH &&)
      )`);

    // 'period': set because a voter petition (kind petition, or any case taken at a voter meeting) was received inside the session's voter-meeting period (may move when the period
    // is edited); 'manual': set or cleared by the secretariat (never moved automatically).
    await q.query(`
      ALTER TABLE cases
        ADD COLUMN council_session_id uuid REFERENCES council_sessions(id) ON DELETE SET NULL,
        ADD COLUMN council_session_source text CHECK (council_session_source IN ('period','manual'))`);
    await q.query(`CREATE INDEX cases_council_session_idx ON cases (council_session_id, agency_id) WHERE council_session_id IS NOT NULL`);
    await q.query(`CREATE INDEX cases_unlinked_petition_received_idx ON cases (received_at) WHERE (kind = 'petition' OR channel = 'voter_meeting') AND council_session_id IS NULL`);

    // Every way a case is written (web, operator, voter-meeting batch, import, seed) gets the same default.
    await q.query(`
      CREATE FUNCTION cases_default_council_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.kind = 'petition' OR NEW.channel = 'voter_meeting') AND NEW.council_session_id IS NULL AND NEW.council_session_source IS NULL THEN
          SELECT s.id INTO NEW.council_session_id
            FROM council_sessions s
           WHERE daterange(s.meeting_from, s.meeting_to, '[]') @> (NEW.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
          IF NEW.council_session_id IS NOT NULL THEN
            NEW.council_session_source := 'period';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER cases_default_council_session BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION cases_default_council_session()`);

    await q.query(`
      CREATE TABLE council_targets (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('task','on_time_rate')),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        council_session_id uuid REFERENCES council_sessions(id) ON DELETE SET NULL,
        title text NOT NULL,
        description text,
        starts_on date NOT NULL,
        due_on date NOT NULL,
        threshold_percent numeric(5,2) CHECK (threshold_percent > 0 AND threshold_percent <= 100),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_on <= due_on),
        CHECK ((kind = 'on_time_rate') = (threshold_percent IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX council_targets_agency_idx ON council_targets (agency_id, due_on)`);
    await q.query(`
      CREATE TABLE council_target_cases (
        target_id uuid NOT NULL REFERENCES council_targets(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id),
        linked_at timestamptz NOT NULL DEFAULT now(),
        linked_by uuid REFERENCES users(id),
        PRIMARY KEY (target_id, case_id)
      )`);
    await q.query(`CREATE INDEX council_target_cases_case_idx ON council_target_cases (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE council_target_cases, council_targets`);
    await q.query(`DROP TRIGGER cases_default_council_session ON cases`);
    await q.query(`DROP FUNCTION cases_default_council_session()`);
    await q.query(`ALTER TABLE cases DROP COLUMN council_session_id, DROP COLUMN council_session_source`);
    await q.query(`DROP TABLE council_sessions`);
  }
}
