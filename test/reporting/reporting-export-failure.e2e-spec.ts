/**
 * The CSV export streams a COPY: when the COPY fails after the request was accepted (finding 1: an error nobody
 * listened to killed the API), the built API stays up, the download is cut or answered with an error (never a
 * complete-looking file), the failed connection never goes back to the pool, and nothing is logged as unhandled.
 */
import type { QueryRunner } from 'typeorm';
import { BuiltProcess, makeCaseInput, TEST_REDIS, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

jest.setTimeout(120_000);

/** How the export's COPY is made to fail while it runs: cancelled (the connection lives on) or its backend killed. */
const FAILURES = ['pg_cancel_backend', 'pg_terminate_backend'] as const;

describe('a CSV export whose COPY fails while it runs', () => {
  let platform: TestPlatform;
  let api: BuiltProcess;
  let token: string;

  const exportUrl = () => `${api.url}/api/v1/cases/export.csv?kind=feedback`;
  const exportCsv = async () => {
    const res = await fetch(exportUrl(), { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, text: await res.text() };
  };
  const holdLock = async (table: string): Promise<QueryRunner> => {
    const runner = platform.db.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    return runner;
  };
  const release = async (runner: QueryRunner) => {
    if (runner.isReleased) return;
    await runner.rollbackTransaction();
    await runner.release();
  };
  const waitingOnLock = async (like: string): Promise<number | undefined> => {
    const [row] = await platform.db.dataSource.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE $1 AND wait_event_type = 'Lock'`,
      [like],
    );
    return row?.pid;
  };
  /**
   * The backend running the export's COPY, once it waits on the lock of `cases`. The audit log is locked too, so the
   * COPY fails while the export's audit row is still being written if the COPY starts first (the race of finding 1);
   * when the audit row comes first, as it should, its lock is let go for the COPY to start.
   */
  const blockedCopy = (auditLock: QueryRunner) =>
    waitFor(async () => {
      if ((await waitingOnLock('INSERT INTO audit_log%')) !== undefined) await release(auditLock);
      return waitingOnLock('COPY (%');
    }, 'the export to wait on the lock');

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
    api = new BuiltProcess('export-failure-api', 'apps/api/src/main.js', {
      DATABASE_URL: platform.db.url,
      REDIS_URL: TEST_REDIS,
      QUEUE_PREFIX: platform.queuePrefix,
      SMTP_URL: platform.smtp.url,
      RUN_MIGRATIONS: 'false',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    await api.start((out) => out.includes('Nest application successfully started'));
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${api.url}/api/v1/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(makeCaseInput()),
      });
      expect(res.status).toBe(201);
    }
    const [email, password] = USERS.secretariat;
    const login = await fetch(`${api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    token = ((await login.json()) as { accessToken: string }).accessToken;
  });
  afterAll(async () => {
    await api?.destroy();
    await platform.stop();
  });

  it.each(FAILURES)(
    'after %s, the API lives on, the download is cut, the connection is dropped and the next exports are whole',
    async (failure) => {
      const casesLock = await holdLock('cases');
      const auditLock = await holdLock('audit_log');
      let pid: number;
      let download: Promise<{ status: number; body: 'complete' | 'cut' }>;
      try {
        download = fetch(exportUrl(), { headers: { authorization: `Bearer ${token}` } }).then(
          (res) =>
            res.text().then(
              () => ({ status: res.status, body: 'complete' as const }),
              () => ({ status: res.status, body: 'cut' as const }),
            ),
          () => ({ status: 0, body: 'cut' as const }),
        );
        pid = (await blockedCopy(auditLock))!;
        const [{ done }] = await platform.db.dataSource.query(`SELECT ${failure}($1) AS done`, [pid]);
        expect(done).toBe(true);
      } finally {
        await release(casesLock);
        await release(auditLock);
      }

      const failed = await download;
      expect(failed.status >= 400 || failed.body === 'cut').toBe(true);
      expect(failed.body === 'complete' && failed.status === 200).toBe(false);

      // The failed connection is closed, not handed to the next request.
      await waitFor(async () => {
        const [row] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1`, [pid]);
        return row.n === 0 || undefined;
      }, 'the export’s connection to be closed');
      for (let i = 0; i < 3; i++) {
        const next = await exportCsv();
        expect(next.status).toBe(200);
        expect(
          next.text
            .replace(/^\uFEFF/, '')
            .trim()
            .split('\n'),
        ).toHaveLength(3);
      }
      expect(api.alive).toBe(true);
      expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
      const unhandled = api.errorRecords.filter((r) => /unhandled|uncaught/i.test(r.msg));
      expect(unhandled).toEqual([]);
      expect(api.errorRecords).toContainEqual(expect.objectContaining({ msg: 'case export failed' }));
    },
  );
});
