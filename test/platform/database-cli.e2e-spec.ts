import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseCliModule } from '../../apps/worker/src/cli/database-cli.module';
import { RetentionService } from '@hotline/cases';
import { loadConfig } from '@hotline/config';
import { SYSTEM_ACTOR } from '@hotline/contracts';
import { RollupService } from '@hotline/reporting';
import { TEST_REDIS, TestDatabase } from '@hotline/testing';

/** The database CLI builds its services in a Nest application context, as the apps do, never by hand. */
describe('the database CLI’s application context', () => {
  const db = new TestDatabase();
  let app: INestApplicationContext;

  beforeAll(async () => {
    await db.create();
    const config = loadConfig({ DATABASE_URL: db.url, REDIS_URL: TEST_REDIS, RETENTION_YEARS: '1', LOG_LEVEL: 'warn' });
    app = await NestFactory.createApplicationContext(DatabaseCliModule.forRoot(config), { logger: false });
  });
  afterAll(async () => {
    await app?.close();
    await db.drop();
  });

  it('gives the retention run and the rollup rebuild, wired to the context’s own database, with the run audited', async () => {
    expect(app.get<DataSource>(getDataSourceToken()).isInitialized).toBe(true);
    expect(await app.get(RollupService).rebuild()).toMatchObject({ cases: 0 });
    const run = await app.get(RetentionService).run(new Date(), SYSTEM_ACTOR);
    expect(run).toMatchObject({ anonymised: 0, retentionYears: 1 });
    const audited = await db.dataSource.query(`SELECT actor_type FROM audit_log WHERE action = 'privacy.anonymised'`);
    expect(audited).toEqual([{ actor_type: 'system' }]);
  });
});
