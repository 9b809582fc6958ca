import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An area's boundary: a GeoJSON Polygon or MultiPolygon geometry (WGS 84, [lng, lat]), validated when an admin imports
 * it. `boundary_approximate` marks a drawn approximation (the demo city's wards), which the map says it is.
 */
export class AreaBoundaries1765480000000 implements MigrationInterface {
  name = 'AreaBoundaries1765480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE areas
      ADD COLUMN boundary jsonb,
      ADD COLUMN boundary_approximate boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE areas DROP COLUMN boundary, DROP COLUMN boundary_approximate`);
  }
}
