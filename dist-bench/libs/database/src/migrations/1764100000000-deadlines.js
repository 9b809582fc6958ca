"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Deadlines1764100000000 = void 0;
class Deadlines1764100000000 {
    name = 'Deadlines1764100000000';
    async up(q) {
        // Rules are versioned: an edit inserts a new version and retires the old one; cases keep the version they began with.
        await q.query(`
      CREATE TABLE deadline_rules (
        id uuid PRIMARY KEY,
        kind text CHECK (kind IN ('feedback','petition','complaint','denunciation','question')),
        clock text NOT NULL,
        version int NOT NULL,
        starts_on text[] NOT NULL,
        met_on text[] NOT NULL,
        length numeric NOT NULL CHECK (length > 0),
        urgent_length numeric CHECK (urgent_length > 0),
        urgent_unit text CHECK (urgent_unit IN ('working_days','calendar_days','working_hours')),
        unit text NOT NULL CHECK (unit IN ('working_days','calendar_days','working_hours')),
        extension_length numeric CHECK (extension_length > 0),
        extension_max_count int NOT NULL DEFAULT 0 CHECK (extension_max_count >= 0),
        stops_on text[] NOT NULL DEFAULT '{}',
        source text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id)
      )`);
        await q.query(`CREATE UNIQUE INDEX deadline_rules_version_uq ON deadline_rules (coalesce(kind, ''), clock, version)`);
        await q.query(`CREATE UNIQUE INDEX deadline_rules_active_uq ON deadline_rules (coalesce(kind, ''), clock) WHERE active`);
        // Per-date overrides of the Monday–Friday week: holidays, compensation and swapped days off, make-up Saturdays.
        await q.query(`
      CREATE TABLE calendar_days (
        date date PRIMARY KEY,
        working boolean NOT NULL,
        kind text NOT NULL CHECK (kind IN ('holiday','compensation','swapped_day_off','make_up_working_day')),
        name text NOT NULL,
        source text,
        verified boolean NOT NULL DEFAULT false
      )`);
        await q.query(`
      CREATE TABLE case_deadlines (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        clock text NOT NULL,
        rule_id uuid NOT NULL REFERENCES deadline_rules(id),
        status text NOT NULL CHECK (status IN ('running','stopped','met','cancelled')),
        started_at timestamptz NOT NULL,
        urgent boolean NOT NULL DEFAULT false,
        extensions numeric[] NOT NULL DEFAULT '{}',
        clock_stops jsonb NOT NULL DEFAULT '[]',
        stopped_at timestamptz,
        due_at timestamptz NOT NULL,
        very_late_at timestamptz NOT NULL,
        reminder_at timestamptz NOT NULL,
        stage int NOT NULL DEFAULT 0,
        next_action_at timestamptz,
        met_at timestamptz,
        UNIQUE (case_id, clock)
      )`);
        await q.query(`CREATE INDEX case_deadlines_running_due_idx ON case_deadlines (due_at) WHERE status = 'running'`);
        // The scan reads only cases whose next deadline action has come: its cost follows the cases falling due.
        await q.query(`ALTER TABLE cases ADD COLUMN next_due_at timestamptz, ADD COLUMN due_at timestamptz`);
        await q.query(`CREATE INDEX cases_next_due_idx ON cases (next_due_at) WHERE next_due_at IS NOT NULL`);
        await q.query(`CREATE INDEX cases_due_idx ON cases (due_at) WHERE due_at IS NOT NULL`);
    }
    async down(q) {
        await q.query(`ALTER TABLE cases DROP COLUMN next_due_at, DROP COLUMN due_at`);
        await q.query(`DROP TABLE case_deadlines, calendar_days, deadline_rules`);
    }
}
exports.Deadlines1764100000000 = Deadlines1764100000000;
//# sourceMappingURL=1764100000000-deadlines.js.map