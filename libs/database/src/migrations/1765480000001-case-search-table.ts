import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search text moves off `cases`: its two trigram GIN indexes (the staff list's folded title, the duplicate
 * finder's folded title + description) sat on the table every routing, acceptance and deadline step updates, so each
 * such UPDATE that could not stay HOT paid for GIN entries and an unaccent of the whole text. `case_search` holds the
 * folded texts once per case and is written only when a case is received, when its title or description changes
 * (a correction, an anonymisation) and when it becomes finished or open again, by the triggers below.
 * `open` is the duplicate finder's "not finished": the statuses here are the contracts' TERMINAL_STATUSES of now; a
 * test compares them with the live list, so a new finished status fails it until a migration re-creates the triggers.
 */
export class CaseSearchTable1765480000001 implements MigrationInterface {
  name = 'CaseSearchTable1765480000001';

  async up(q: QueryRunner): Promise<void> {
    const finished = `('closed','merged','rejected','withdrawn')`;
    await q.query(`CREATE TABLE case_search (
      case_id uuid PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
      title text NOT NULL,
      body text NOT NULL,
      open boolean NOT NULL
    )`);
    await q.query(`
      CREATE FUNCTION case_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO public.case_search (case_id, title, body, open)
        VALUES (NEW.id, coalesce(public.search_text(NEW.title), ''), public.case_search_text(NEW.title, NEW.description),
                NEW.status NOT IN ${finished})
        ON CONFLICT (case_id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, open = EXCLUDED.open;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER case_search_received AFTER INSERT ON cases FOR EACH ROW EXECUTE FUNCTION case_search_sync()`);
    await q.query(`
      CREATE TRIGGER case_search_text_changed AFTER UPDATE OF title, description ON cases FOR EACH ROW
        WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.description IS DISTINCT FROM NEW.description)
        EXECUTE FUNCTION case_search_sync()`);
    await q.query(`
      CREATE TRIGGER case_search_open_changed AFTER UPDATE OF status ON cases FOR EACH ROW
        WHEN ((OLD.status IN ${finished}) IS DISTINCT FROM (NEW.status IN ${finished}))
        EXECUTE FUNCTION case_search_sync()`);
    await q.query(`
      INSERT INTO case_search (case_id, title, body, open)
      SELECT id, coalesce(public.search_text(title), ''), public.case_search_text(title, description), status NOT IN ${finished}
        FROM cases`);
    await q.query(`CREATE INDEX case_search_title_trgm_idx ON case_search USING gin (title public.gin_trgm_ops)`);
    await q.query(`CREATE INDEX case_search_open_body_trgm_idx ON case_search USING gin (body public.gin_trgm_ops) WHERE open`);
    await q.query(`DROP INDEX cases_title_search_trgm_idx`);
    await q.query(`DROP INDEX cases_open_search_trgm_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX cases_open_search_trgm_idx ON cases USING gin (case_search_text(title, description) public.gin_trgm_ops)
        WHERE status NOT IN ('closed','merged','rejected','withdrawn')`,
    );
    await q.query(`CREATE INDEX cases_title_search_trgm_idx ON cases USING gin (public.search_text(title) public.gin_trgm_ops)`);
    await q.query(`DROP TRIGGER case_search_open_changed ON cases`);
    await q.query(`DROP TRIGGER case_search_text_changed ON cases`);
    await q.query(`DROP TRIGGER case_search_received ON cases`);
    await q.query(`DROP FUNCTION case_search_sync()`);
    await q.query(`DROP TABLE case_search`);
  }
}
