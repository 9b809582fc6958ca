import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@hotline/config';
import { dataSourceOptions, ensureDatabase, runMigrations } from '@hotline/database';
import { seedDemo } from '@hotline/cases';
import { seedCouncil } from '@hotline/council';
import { RollupService } from '@hotline/reporting';

/**
 * `migrate`: create the database if needed and apply pending migrations.
 * `seed`: the same, then fill an empty database with the demo city (does nothing on a database that has data).
 * `rebuild-rollups`: the same, then recompute the reporting facts and rollups from every case's events.
 */
async function main(command: string | undefined): Promise<void> {
  if (command !== 'migrate' && command !== 'seed' && command !== 'rebuild-rollups') throw new Error('usage: database-cli migrate|seed|rebuild-rollups');
  const config = loadConfig();
  if (await ensureDatabase(config.database.url)) process.stdout.write('created the database\n');
  const dataSource = await new DataSource(dataSourceOptions(config.database.url, 2)).initialize();
  try {
    const applied = await runMigrations(dataSource);
    process.stdout.write(applied.length ? `applied migrations: ${applied.join(', ')}\n` : 'database schema is up to date\n');
    if (command === 'seed') {
      const result = await seedDemo(dataSource, { trackingPrefix: config.cases.trackingPrefix });
      process.stdout.write(result.seeded ? `seeded the demo city with ${result.cases} cases\n` : 'database already has data: seed skipped\n');
      const council = await seedCouncil(dataSource);
      if (council.seeded) process.stdout.write(`seeded ${council.sessions} council sessions and ${council.targets} council targets\n`);
    }
    if (command === 'rebuild-rollups') {
      const started = Date.now();
      const result = await new RollupService(dataSource).rebuild();
      process.stdout.write(`rebuilt reporting rollups from the events of ${result.cases} cases (${result.rollupRows} rollup rows) in ${Date.now() - started} ms\n`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
