import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answers the council can stand behind (docs/answers.md): which agencies' answers need the head's approval per kind,
 * the draft waiting for it, answer templates, and a case's publication (its redacted text beside the original, who
 * redacted what and when, and the attachments staff confirmed). The reports gain the time answers wait for approval.
 */
export class AnswerApprovalTemplatesPublication1765450000000 implements MigrationInterface {
  name = 'AnswerApprovalTemplatesPublication1765450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE answer_approval_rules (
        agency_id uuid NOT NULL REFERENCES agencies(id),
        kind text NOT NULL CHECK (kind IN ('feedback','petition','complaint','denunciation','question')),
        created_by_user_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agency_id, kind)
      )`);
    await q.query(`ALTER TABLE cases ADD COLUMN answer_draft text`);
    await q.query(`
      CREATE TABLE answer_templates (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text CHECK (kind IN ('feedback','petition','complaint','denunciation','question')),
        category_id uuid REFERENCES categories(id),
        body text NOT NULL,
        legal_basis text,
        requires_legal_basis boolean NOT NULL DEFAULT false,
        requires_date boolean NOT NULL DEFAULT false,
        requires_attachment boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX answer_templates_kind_category_idx ON answer_templates (kind, category_id) WHERE active`);
    await q.query(`
      CREATE TABLE case_publications (
        case_id uuid PRIMARY KEY REFERENCES cases(id),
        title text NOT NULL,
        answer text NOT NULL,
        masks jsonb NOT NULL,
        published_attachment_ids uuid[] NOT NULL,
        withheld_attachment_ids uuid[] NOT NULL,
        published_by_user_id uuid NOT NULL REFERENCES users(id),
        published_at timestamptz NOT NULL
      )`);
    for (const table of ['report_case_facts', 'report_rollup']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN approval_waits int NOT NULL DEFAULT 0, ADD COLUMN approval_wait_minutes int NOT NULL DEFAULT 0`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['report_case_facts', 'report_rollup']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN approval_waits, DROP COLUMN approval_wait_minutes`);
    }
    await q.query(`DROP TABLE case_publications`);
    await q.query(`DROP TABLE answer_templates`);
    await q.query(`ALTER TABLE cases DROP COLUMN answer_draft`);
    await q.query(`DROP TABLE answer_approval_rules`);
  }
}
