import { MigrationInterface, QueryRunner } from 'typeorm';

const KEY_COLUMNS = 'grain, bucket_kind, bucket, agency_id, category_id, area_id, channel, kind';

export class ReportingRollups1764200000000 implements MigrationInterface {
  name = 'ReportingRollups1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // Cases whose events changed since the rollups last looked at them. Filled by a trigger in the transaction that
    // writes the event (intake, workflow, deadline scan alike), so no writer can forget it and none is lost; a plain
    // append (no unique key) so a writer never waits on the worker draining it.
    await q.query(`
      CREATE TABLE report_dirty_cases (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION report_mark_cases_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_dirty_cases (case_id) SELECT DISTINCT case_id FROM new_events;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER case_events_mark_report_dirty AFTER INSERT ON case_events
        REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION report_mark_cases_dirty()`);

    // Working days after from_day up to and including to_day, on the civil-servant calendar (calendar_days overrides
    // Monday–Friday): the start day is not counted, as for deadlines (legal/README.md).
    await q.query(`
      CREATE FUNCTION report_working_days(from_day date, to_day date) RETURNS int LANGUAGE sql STABLE AS $$
        SELECT count(*)::int
          FROM generate_series(from_day + 1, to_day, interval '1 day') AS g(d)
          LEFT JOIN calendar_days cd ON cd.date = g.d::date
         WHERE coalesce(cd.working, extract(isodow FROM g.d) < 6)
      $$`);

    // One row per case: the facts the figures count, a function of the case's events (and of its clocks, which change
    // only together with an event). Rollups are sums of these rows, so a replay that recomputes a row changes nothing.
    // Derived data that the rebuild recreates: no foreign key, so bulk loads and rebuilds pay for none.
    await q.query(`
      CREATE TABLE report_case_facts (
        case_id uuid PRIMARY KEY,
        received_day date NOT NULL,
        agency_id uuid,
        category_id uuid,
        area_id uuid,
        channel text NOT NULL,
        kind text NOT NULL,
        routed boolean NOT NULL,
        answered boolean NOT NULL,
        answered_on_time boolean NOT NULL,
        resolved boolean NOT NULL,
        open boolean NOT NULL,
        rated boolean NOT NULL,
        satisfied boolean NOT NULL,
        reopened boolean NOT NULL,
        returned boolean NOT NULL,
        answer_days int,
        due_at timestamptz,
        very_late_at timestamptz,
        last_event_id bigint NOT NULL
      )`);
    // Overdue and very late are counted against the time of the request, from the open cases whose earliest running
    // clock is past due: an index-only range scan (the grouping columns are included) whose size is the number of
    // overdue cases, not of all cases.
    await q.query(`
      CREATE INDEX report_case_facts_open_due_idx ON report_case_facts (due_at)
        INCLUDE (very_late_at, received_day, agency_id, category_id, area_id, channel, kind)
        WHERE open AND due_at IS NOT NULL`);

    // Rollups keyed by grain (bit mask of the grouping dimensions: 1 agency, 2 category, 4 area, 8 channel, 16 kind;
    // dimensions outside the grain are NULL), by received day ('d') or month ('m'), and by the dimension values. Only
    // grains of at most two dimensions are kept, so the row count is bounded by the dimensions' sizes, not by cases.
    // answer_days_hist packs the histogram of working days to the first answer: bucket k (0..60, the last meaning
    // "60 or more") counts 2^(32k), so histograms add up with + and sum().
    await q.query(`
      CREATE TABLE report_rollup (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        grain smallint NOT NULL,
        bucket_kind char(1) NOT NULL CHECK (bucket_kind IN ('d','m')),
        bucket date NOT NULL,
        agency_id uuid,
        category_id uuid,
        area_id uuid,
        channel text,
        kind text,
        received int NOT NULL,
        routed int NOT NULL,
        answered int NOT NULL,
        answered_on_time int NOT NULL,
        resolved int NOT NULL,
        open int NOT NULL,
        rated int NOT NULL,
        satisfied int NOT NULL,
        reopened int NOT NULL,
        returned int NOT NULL,
        answer_days_hist numeric NOT NULL,
        CONSTRAINT report_rollup_key UNIQUE NULLS NOT DISTINCT (${KEY_COLUMNS})
      )`);
    // Public disclosure: published answers of public cases, newest first.
    await q.query(`CREATE INDEX cases_public_answered_idx ON cases (answered_at DESC) WHERE is_public AND answer IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_public_answered_idx`);
    await q.query(`DROP TABLE report_rollup, report_case_facts`);
    await q.query(`DROP FUNCTION report_working_days(date, date)`);
    await q.query(`DROP TRIGGER case_events_mark_report_dirty ON case_events`);
    await q.query(`DROP FUNCTION report_mark_cases_dirty()`);
    await q.query(`DROP TABLE report_dirty_cases`);
  }
}
