import { MigrationInterface, QueryRunner } from 'typeorm';

/** A phone caller's 6-digit tracking PIN, usable in place of the access key: only its hash (salted with the case id). */
export class TrackingPin1765300000001 implements MigrationInterface {
  name = 'TrackingPin1765300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN tracking_pin_hash bytea`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN tracking_pin_hash`);
  }
}
