import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { TEST_POSTGRES } from '../../libs/testing/src/test-database';
import { onCleanUp } from './common';

/**
 * The baseline every intake figure is a ratio to: pgbench's single-row INSERT of a submission-sized row (one
 * transaction each, prepared), on the benchmark's own database.
 */
export async function pgbenchInsertScript(dataSource: { query: (sql: string) => Promise<unknown> }): Promise<string> {
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS bench_insert (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text NOT NULL,
       description text NOT NULL, phone text, created_at timestamptz NOT NULL DEFAULT now())`,
  );
  const dir = mkdtempSync(join(os.tmpdir(), 'hotline-bench-'));
  onCleanUp(async () => rmSync(dir, { recursive: true, force: true }));
  const script = join(dir, 'insert.sql');
  writeFileSync(
    script,
    `\\set n random(1, 99999999)\n` +
      `INSERT INTO bench_insert (title, description, phone) VALUES ('Đèn đường hỏng trước số ' || :n || ' phố Hàng Bài', ` +
      `'Ba cột đèn trước số ' || :n || ' phố Hàng Bài không sáng từ một tuần nay, ` +
      `rất nguy hiểm khi đi đêm.', '09' || lpad(:n::text, 8, '0'));\n`,
  );
  return script;
}

/** One pgbench run of `script` with `clients` clients for `seconds`; any failed transaction fails the benchmark. */
export function pgbench(dbName: string, seconds: number, script: string, clients: number): Promise<{ tps: number; latencyMs: number }> {
  const u = new URL(TEST_POSTGRES);
  const args = ['-n', '-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres')];
  args.push('-c', String(clients), '-j', '2', '-T', String(seconds), '-M', 'prepared', '-f', script, dbName);
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/pgbench', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), (seconds + 30) * 1000);
    child.once('exit', (code) => {
      clearTimeout(killer);
      const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
      const latency = /latency average = ([\d.]+) ms/.exec(out);
      const failed = /number of failed transactions: (\d+)/.exec(out);
      if (code !== 0 || !tps || !latency || (failed && Number(failed[1]) > 0)) reject(new Error(`pgbench failed (${code}):\n${out}`));
      else resolve({ tps: Number(tps[1]), latencyMs: Number(latency[1]) });
    });
  });
}
