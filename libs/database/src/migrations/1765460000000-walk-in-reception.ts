import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Luật Tiếp công dân 2013 Art. 28(1) (shared/legal/facts.md D7): 10 working days to tell the citizen what became of it. */
const NOTICE_KINDS = ['complaint', 'denunciation', 'petition', 'feedback'];
const NOTICE_SOURCE =
  'Luật Tiếp công dân 2013, Điều 28 khoản 1 (trong thời hạn 10 ngày làm việc kể từ ngày tiếp nhận, người tiếp công dân trả lời ' +
  'trực tiếp hoặc thông báo bằng văn bản: đã thụ lý, không thuộc thẩm quyền, không đủ điều kiện thụ lý hoặc đã chuyển cơ quan có thẩm quyền)';

/**
 * The walk-in reception register (sổ tiếp công dân): one row per reception, its citizen as the officer checked their
 * identity paper, the content, the documents handed over, the delegation's size and the outcome (a case, guidance, or
 * a refusal with its legal ground). A deadline rule may now be limited to channels, and the walk-in notice clock of
 * Art. 28(1) is seeded for the four kinds the article names.
 */
export class WalkInReception1765460000000 implements MigrationInterface {
  name = 'WalkInReception1765460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deadline_rules ADD COLUMN channels text[]`);
    for (const kind of NOTICE_KINDS) {
      await q.query(
        `INSERT INTO deadline_rules (id, kind, clock, version, starts_on, met_on, length, unit, channels, source)
         VALUES ($1, $2, 'notice', 1, '{received}', '{accepted,answered,rejected}', 10, 'working_days', '{walk_in}', $3)`,
        [randomUUID(), kind, NOTICE_SOURCE],
      );
    }
    await q.query(`
      CREATE TABLE receptions (
        id uuid PRIMARY KEY,
        register_no bigint GENERATED ALWAYS AS IDENTITY,
        received_at timestamptz NOT NULL,
        place text NOT NULL CHECK (length(place) BETWEEN 2 AND 300),
        officer_user_id uuid NOT NULL REFERENCES users(id),
        citizen_name text NOT NULL,
        identity_document_type text NOT NULL CHECK (identity_document_type IN ('citizen_id','id_card','passport','other')),
        identity_document_number text NOT NULL,
        citizen_address text,
        citizen_phone text,
        people_count int NOT NULL DEFAULT 1 CHECK (people_count BETWEEN 1 AND 10000),
        content text NOT NULL,
        documents text,
        outcome text NOT NULL CHECK (outcome IN ('case_created','guidance_given','refused')),
        refusal_ground text CHECK (refusal_ground IN ('incapacitated','threatening','already_settled','other_legal')),
        guidance text,
        case_id uuid UNIQUE REFERENCES cases(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((outcome = 'refused') = (refusal_ground IS NOT NULL)),
        CHECK ((outcome = 'case_created') = (case_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX receptions_received_at_idx ON receptions (received_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE receptions`);
    // The clocks the notice rules started go with them (a case's other clocks stay).
    await q.query(`DELETE FROM case_deadlines WHERE rule_id IN (SELECT id FROM deadline_rules WHERE clock = 'notice')`);
    await q.query(`DELETE FROM deadline_rules WHERE clock = 'notice'`);
    await q.query(`ALTER TABLE deadline_rules DROP COLUMN channels`);
  }
}
