import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttachmentMigrationService, RetentionService, seedDemo } from '@hotline/cases';
import { Clock, loadConfig } from '@hotline/config';
import { SYSTEM_ACTOR } from '@hotline/contracts';
import { seedCouncil } from '@hotline/council';
import { ensureDatabase, runMigrations } from '@hotline/database';
import { LocalObjectStore } from '@hotline/platform';
import { RollupService } from '@hotline/reporting';
import { DatabaseCliModule } from './database-cli.module';

/**
 * `migrate`: create the database if needed and apply pending migrations.
 * `seed`: the same, then fill an empty database with the demo city (does nothing on a database that has data).
 * `rebuild-rollups`: the same, then recompute the reporting facts and rollups from every case's events.
 * `retention`: the same, then run the personal-data retention job once (what the worker's daily schedule runs).
 * `move-attachments [--remove-local]`: the same, then copy every attachment from ATTACHMENTS_DIR to the store that
 * STORAGE_URL names, each verified by its SHA-256; run it again to resume. `--remove-local` deletes each local file
 * once its copy is verified.
 */
async function main(command: string | undefined, flags: string[]): Promise<void> {
  const COMMANDS = ['migrate', 'seed', 'rebuild-rollups', 'retention', 'move-attachments'];
  if (!command || !COMMANDS.includes(command)) throw new Error(`usage: database-cli ${COMMANDS.join('|')}`);
  const unknown = flags.filter((flag) => command !== 'move-attachments' || flag !== '--remove-local');
  if (unknown.length > 0) throw new Error(`unknown option ${unknown[0]} for ${command}`);
  const config = loadConfig();
  if (command === 'move-attachments' && config.storage.kind !== 's3')
    throw new Error('move-attachments copies ATTACHMENTS_DIR to an object store: set STORAGE_URL to an s3:// URL');
  if (await ensureDatabase(config.database.url)) process.stdout.write('created the database\n');
  const app = await NestFactory.createApplicationContext(DatabaseCliModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const applied = await runMigrations(dataSource);
    process.stdout.write(applied.length ? `applied migrations: ${applied.join(', ')}\n` : 'database schema is up to date\n');
    if (command === 'seed') {
      const result = await seedDemo(dataSource, { trackingPrefix: config.cases.trackingPrefix });
      process.stdout.write(
        result.seeded ? `seeded the demo city with ${result.cases} cases\n` : 'database already has data: seed skipped\n',
      );
      const council = await seedCouncil(dataSource);
      if (council.seeded) process.stdout.write(`seeded ${council.sessions} council sessions and ${council.targets} council targets\n`);
    }
    if (command === 'rebuild-rollups') {
      const started = Date.now();
      const result = await app.get(RollupService).rebuild();
      process.stdout.write(
        `rebuilt reporting rollups from the events of ${result.cases} cases (${result.rollupRows} rollup rows) ` +
          `in ${Date.now() - started} ms\n`,
      );
    }
    if (command === 'retention') {
      const result = await app.get(RetentionService).run(app.get(Clock).now(), SYSTEM_ACTOR);
      process.stdout.write(
        `retention: anonymised ${result.anonymised} cases closed before ${result.cutoff.toISOString()} (${result.retentionYears} years)\n`,
      );
    }
    if (command === 'move-attachments') {
      const started = Date.now();
      const result = await app.get(AttachmentMigrationService).move(new LocalObjectStore(config.attachments.dir), {
        removeSource: flags.includes('--remove-local'),
      });
      process.stdout.write(
        `move-attachments: ${result.moved} moved, ${result.alreadyThere} already in the store, ${result.missing} missing, ` +
          `${result.corrupt} not matching their SHA-256, ${result.removed} local files removed, in ${Date.now() - started} ms\n`,
      );
      if (result.missing > 0 || result.corrupt > 0) process.exitCode = 2;
    }
  } finally {
    await app.close();
  }
}

main(process.argv[2], process.argv.slice(3)).catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
