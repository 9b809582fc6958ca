import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One unaccented search: `search_text(text)` is the folding every search applies (unaccented, lower-cased), the
 * duplicate finder's `case_search_text` now calls it (same result, so its index stays valid), and the staff list's
 * title search runs on `search_text(title)` with a trigram index of it, so "lan chiem" finds "lấn chiếm" as fast as
 * the old accent-sensitive index found exact spellings (which it replaces).
 */
export class UnaccentedTitleSearch1765300000000 implements MigrationInterface {
  name = 'UnaccentedTitleSearch1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION search_text(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.hotline_unaccent($1)) $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION case_search_text(title text, description text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT public.search_text(coalesce(title, '') || ' ' || coalesce(description, '')) $$`);
    await q.query(`CREATE INDEX cases_title_search_trgm_idx ON cases USING gin (public.search_text(title) public.gin_trgm_ops)`);
    await q.query(`DROP INDEX cases_title_trgm_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_title_trgm_idx ON cases USING gin (title public.gin_trgm_ops)`);
    await q.query(`DROP INDEX cases_title_search_trgm_idx`);
    await q.query(`
      CREATE OR REPLACE FUNCTION case_search_text(title text, description text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT lower(public.hotline_unaccent(coalesce(title, '') || ' ' || coalesce(description, ''))) $$`);
    await q.query(`DROP FUNCTION search_text(text)`);
  }
}
