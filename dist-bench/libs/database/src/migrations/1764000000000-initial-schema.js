"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InitialSchema1764000000000 = void 0;
class InitialSchema1764000000000 {
    name = 'InitialSchema1764000000000';
    async up(q) {
        await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
        await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await q.query(`
      CREATE TABLE areas (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        name_en text NOT NULL,
        level text NOT NULL,
        parent_id uuid REFERENCES areas(id),
        active boolean NOT NULL DEFAULT true
      )`);
        await q.query(`CREATE INDEX areas_parent_idx ON areas (parent_id)`);
        await q.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        name_en text NOT NULL,
        parent_id uuid REFERENCES agencies(id),
        email text NOT NULL,
        head_email text,
        active boolean NOT NULL DEFAULT true
      )`);
        await q.query(`
      CREATE TABLE categories (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        name_en text NOT NULL,
        parent_id uuid REFERENCES categories(id),
        active boolean NOT NULL DEFAULT true
      )`);
        await q.query(`
      CREATE TABLE routing_rules (
        id uuid PRIMARY KEY,
        kind text CHECK (kind IN ('feedback','petition','complaint','denunciation','question')),
        category_id uuid REFERENCES categories(id),
        area_id uuid REFERENCES areas(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        priority int NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
        await q.query(`
      CREATE UNIQUE INDEX routing_rules_criteria_uq ON routing_rules
        (coalesce(kind, ''), coalesce(category_id, '00000000-0000-0000-0000-000000000000'),
         coalesce(area_id, '00000000-0000-0000-0000-000000000000'))
        WHERE active`);
        await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL CHECK (email = lower(email)),
        password_hash text NOT NULL,
        full_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('operator','agency_officer','secretariat','council_member','admin')),
        agency_id uuid REFERENCES agencies(id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz,
        CHECK (role <> 'agency_officer' OR agency_id IS NOT NULL)
      )`);
        await q.query(`CREATE UNIQUE INDEX users_email_uq ON users (email)`);
        await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY,
        tracking_code text NOT NULL,
        access_key_hash bytea NOT NULL,
        kind text NOT NULL CHECK (kind IN ('feedback','petition','complaint','denunciation','question')),
        channel text NOT NULL CHECK (channel IN ('web','hotline','email','voter_meeting','walk_in','api')),
        status text NOT NULL,
        priority text NOT NULL CHECK (priority IN ('normal','urgent')),
        title text NOT NULL,
        description text NOT NULL,
        category_id uuid REFERENCES categories(id),
        area_id uuid REFERENCES areas(id),
        address text,
        lat double precision,
        lng double precision,
        citizen_name text,
        citizen_phone text,
        citizen_email text,
        anonymous boolean NOT NULL,
        is_public boolean NOT NULL,
        agency_id uuid REFERENCES agencies(id),
        answer text,
        merged_into_id uuid REFERENCES cases(id),
        created_by_user_id uuid REFERENCES users(id),
        idempotency_key text,
        received_at timestamptz NOT NULL,
        routed_at timestamptz,
        accepted_at timestamptz,
        answered_at timestamptz,
        closed_at timestamptz,
        reopen_count int NOT NULL DEFAULT 0,
        return_count int NOT NULL DEFAULT 0,
        satisfied boolean,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
        await q.query(`CREATE UNIQUE INDEX cases_tracking_code_uq ON cases (tracking_code)`);
        await q.query(`CREATE UNIQUE INDEX cases_idempotency_key_uq ON cases (idempotency_key) WHERE idempotency_key IS NOT NULL`);
        // Staff lists: by agency and status, newest first; the secretariat's lists by status.
        await q.query(`CREATE INDEX cases_agency_status_received_idx ON cases (agency_id, status, received_at DESC)`);
        await q.query(`CREATE INDEX cases_status_received_idx ON cases (status, received_at DESC)`);
        await q.query(`CREATE INDEX cases_received_idx ON cases (received_at DESC)`);
        // The operator looks up a caller's earlier cases by phone.
        await q.query(`CREATE INDEX cases_citizen_phone_idx ON cases (citizen_phone) WHERE citizen_phone IS NOT NULL`);
        await q.query(`
      CREATE TABLE case_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        type text NOT NULL,
        from_status text,
        to_status text,
        actor_type text NOT NULL CHECK (actor_type IN ('staff','citizen','system')),
        actor_user_id uuid REFERENCES users(id),
        agency_id uuid REFERENCES agencies(id),
        note text,
        visible_to_citizen boolean NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL
      )`);
        await q.query(`CREATE INDEX case_events_case_idx ON case_events (case_id, id)`);
        await q.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
        await q.query(`
      CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON case_events
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
        await q.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        queue text NOT NULL,
        job_name text NOT NULL,
        job_id text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
        await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        case_id uuid REFERENCES cases(id),
        template text NOT NULL,
        recipient text NOT NULL,
        locale text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        dedupe_key text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending','sent','failed')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
        await q.query(`CREATE UNIQUE INDEX notifications_dedupe_uq ON notifications (dedupe_key)`);
        await q.query(`CREATE INDEX notifications_case_idx ON notifications (case_id)`);
    }
    async down(q) {
        await q.query(`DROP TABLE notifications, outbox`);
        await q.query(`DROP TRIGGER case_events_append_only ON case_events`);
        await q.query(`DROP TABLE case_events`);
        await q.query(`DROP FUNCTION refuse_change()`);
        await q.query(`DROP TABLE cases, users, routing_rules, categories, agencies, areas`);
    }
}
exports.InitialSchema1764000000000 = InitialSchema1764000000000;
//# sourceMappingURL=1764000000000-initial-schema.js.map