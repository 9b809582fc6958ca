import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tokens a provider rotates: Zalo's OA access token lasts about a day and each refresh returns a new refresh token
 * (the old one stops working), so the current pair is kept here, shared by every worker, not only in the environment.
 */
export class ProviderTokens1765470000001 implements MigrationInterface {
  name = 'ProviderTokens1765470000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE provider_tokens (
      provider text PRIMARY KEY,
      access_token text NOT NULL,
      refresh_token text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE provider_tokens`);
  }
}
