import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Denunciations (docs/denunciations.md): the agency a denunciation accuses, stored on the case so routing never
 * sends the case there; a denunciation is never public (the database refuses the flag, as it refuses an identity on
 * the case row); and the hash of the body an Idempotency-Key was first used with, so a reuse with another body is
 * refused instead of answered with the other case's receipt.
 */
export class DenunciationRouting1765200000000 implements MigrationInterface {
  name = 'DenunciationRouting1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN accused_agency_id uuid REFERENCES agencies (id)`);
    await q.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_accused_agency_denunciation_only
        CHECK (accused_agency_id IS NULL OR kind = 'denunciation')`);
    await q.query(`UPDATE cases SET is_public = false WHERE kind = 'denunciation' AND is_public`);
    await q.query(`ALTER TABLE cases ADD CONSTRAINT cases_denunciation_not_public CHECK (kind <> 'denunciation' OR NOT is_public)`);
    await q.query(`ALTER TABLE cases ADD COLUMN idempotency_hash bytea`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN idempotency_hash`);
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_denunciation_not_public`);
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_accused_agency_denunciation_only`);
    await q.query(`ALTER TABLE cases DROP COLUMN accused_agency_id`);
  }
}
