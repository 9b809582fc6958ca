import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff list's `q` (a tracking code or words of the title) had no index but the list order: a term that matches
 * few cases, or none, or a tracking code (what staff type most), walked every case's row, 6 to 7 s at 1M cases. With
 * trigrams of the title, such a term is a bitmap of its few matches; a term matching many cases still walks the list
 * order, which finds a page within a few hundred rows (the planner tells them apart from the column's statistics).
 */
export class CaseTitleSearchIndex1765100000001 implements MigrationInterface {
  name = 'CaseTitleSearchIndex1765100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_title_trgm_idx ON cases USING gin (title public.gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_title_trgm_idx`);
  }
}
