import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Voter meetings (tiếp xúc cử tri): when and where, the area, the council members present and the council session the
 * meeting's petitions feed. Each petition is an ordinary case (channel voter_meeting) that points back at its meeting,
 * so a meeting's petitions are followed as a group. A spreadsheet import is one row here: its parsed rows, its
 * progress and its per-row validation report.
 */
export class VoterMeetings1765000000003 implements MigrationInterface {
  name = 'VoterMeetings1765000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE voter_meetings (
        id uuid PRIMARY KEY,
        held_on date NOT NULL,
        place text NOT NULL CHECK (length(place) BETWEEN 2 AND 300),
        area_id uuid NOT NULL REFERENCES areas(id),
        council_session_id uuid REFERENCES council_sessions(id) ON DELETE SET NULL,
        members_present text[] NOT NULL DEFAULT '{}',
        notes text,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX voter_meetings_held_on_idx ON voter_meetings (held_on DESC)`);
    await q.query(`CREATE INDEX voter_meetings_session_idx ON voter_meetings (council_session_id) WHERE council_session_id IS NOT NULL`);
    await q.query(`ALTER TABLE cases ADD COLUMN voter_meeting_id uuid REFERENCES voter_meetings(id)`);
    await q.query(`CREATE INDEX cases_voter_meeting_idx ON cases (voter_meeting_id, received_at) WHERE voter_meeting_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE voter_meeting_imports (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES voter_meetings(id),
        file_name text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued','running','done','failed')),
        total_rows int NOT NULL,
        processed_rows int NOT NULL DEFAULT 0,
        imported_rows int NOT NULL DEFAULT 0,
        rows jsonb NOT NULL,
        problems jsonb NOT NULL DEFAULT '[]',
        failure text,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX voter_meeting_imports_meeting_idx ON voter_meeting_imports (meeting_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE voter_meeting_imports`);
    await q.query(`ALTER TABLE cases DROP COLUMN voter_meeting_id`);
    await q.query(`DROP TABLE voter_meetings`);
  }
}
