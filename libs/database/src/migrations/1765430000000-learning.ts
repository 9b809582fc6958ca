import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Routing that learns (issue 20). `learning_model_versions` keeps every trained model (routing: naive Bayes counts;
 * risk: logistic weights) with the metrics it was measured at, newest id per kind is the one in use; the routing
 * model's `watermark_event_id` is the last decision event it has learnt, so an incremental run learns each once.
 * `routing_suggestions` keeps the top three agencies last suggested for a case (the admin's accuracy and override
 * figures compare them with the secretariat's decisions); `case_risk` the probability of missing the due date of each
 * open case, with an index for the boards' sort; `learning_settings` the one auto-routing threshold (null: off).
 */
export class Learning1765430000000 implements MigrationInterface {
  name = 'Learning1765430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE learning_model_versions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('routing', 'risk')),
        mode text NOT NULL CHECK (mode IN ('full', 'incremental')),
        created_at timestamptz NOT NULL DEFAULT now(),
        examples int NOT NULL,
        watermark_event_id bigint,
        metrics jsonb NOT NULL DEFAULT '{}',
        model jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX learning_model_versions_kind_idx ON learning_model_versions (kind, id DESC)`);
    await q.query(`
      CREATE TABLE routing_suggestions (
        case_id uuid PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        model_version_id bigint NOT NULL,
        top_agency_id uuid NOT NULL,
        suggestions jsonb NOT NULL,
        computed_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE case_risk (
        case_id uuid PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        probability double precision NOT NULL CHECK (probability BETWEEN 0 AND 1),
        model_version_id bigint NOT NULL,
        computed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX case_risk_probability_idx ON case_risk (probability DESC, case_id)`);
    await q.query(`
      CREATE TABLE learning_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        auto_route_threshold double precision CHECK (auto_route_threshold > 0 AND auto_route_threshold <= 1),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid
      )`);
    await q.query(`INSERT INTO learning_settings (id) VALUES (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE learning_settings, case_risk, routing_suggestions, learning_model_versions`);
  }
}
