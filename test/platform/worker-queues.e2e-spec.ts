import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { createWorker } from '../../apps/worker/src/bootstrap';
import { loadConfig } from '@hotline/config';
import { QueueName } from '@hotline/contracts';
import { bullConnection, bullPrefix } from '@hotline/platform';
import { makeCaseInput, type Receipt, TEST_REDIS, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform } from '../platform';

/**
 * WORKER_QUEUES splits the queues over worker processes, as the platform's start does (one process routes, one sends
 * the mail): each process takes jobs only from its own queues, and together they do all the work exactly once.
 */
describe('worker processes split by queue (WORKER_QUEUES)', () => {
  let platform: TestPlatform;
  let mailer: INestApplicationContext | undefined;

  beforeAll(async () => {
    // The platform's worker takes every queue but the mail.
    platform = await newPlatform().start({ env: { WORKER_QUEUES: 'cases,deadlines,reporting,privacy,channels' } });
  });
  afterAll(async () => {
    await mailer?.close();
    await platform.stop();
  });

  const routedStatus = async (id: string): Promise<string> =>
    (await platform.db.dataSource.query(`SELECT status FROM cases WHERE id = $1`, [id]))[0].status;

  it('routes without the mail process, and the mail process then sends each receipt once', async () => {
    const input = makeCaseInput();
    const email = (input.citizen as { email: string }).email;
    const res = await platform.request<Receipt>('POST', '/api/v1/cases', input);
    expect(res.status).toBe(201);
    await waitFor(async () => (await routedStatus(res.body.id)) === 'routed' || undefined, 'the case to be routed');

    // Routed, but no worker of this platform takes mail: the receipt and the agency notice wait in their queue.
    const notifications = new Queue(QueueName.Notifications, {
      connection: bullConnection(TEST_REDIS),
      prefix: bullPrefix(platform.queuePrefix),
    });
    try {
      await waitFor(async () => ((await notifications.getWaitingCount()) >= 2 ? true : undefined), 'the notices to be queued');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(platform.smtp.messages).toHaveLength(0);
      expect(await notifications.getWaitingCount()).toBeGreaterThanOrEqual(2);

      mailer = await createWorker(
        loadConfig({
          NODE_ENV: 'test',
          DATABASE_URL: platform.db.url,
          REDIS_URL: TEST_REDIS,
          QUEUE_PREFIX: platform.queuePrefix,
          SMTP_URL: platform.smtp.url,
          LOG_LEVEL: 'warn',
          WORKER_METRICS_PORT: '0',
          WORKER_QUEUES: 'notifications',
        }),
      );
      await platform.smtp.waitForMail((m) => m.to.includes(email), 'the receipt');
      await waitFor(async () => ((await notifications.getWaitingCount()) === 0 ? true : undefined), 'the mail queue to drain');
    } finally {
      await notifications.close();
    }
    // An empty waiting list means the mailer took both jobs, not that it has finished them: wait for both to be sent.
    const sent = await waitFor(async () => {
      const [row] = await platform.db.dataSource.query(
        `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent FROM notifications WHERE case_id = $1`,
        [res.body.id],
      );
      return row.sent >= 2 ? (row.sent as number) : undefined;
    }, 'both notices sent');
    expect(sent).toBeGreaterThanOrEqual(2);
    expect(platform.smtp.to(email)).toHaveLength(1);
  });

  it('leaves routing to the other process: a mail-only worker routes nothing', async () => {
    // Close the platform's own worker; only the mail process is left.
    await platform.worker!.close();
    platform.worker = undefined;
    const res = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput());
    expect(res.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await routedStatus(res.body.id)).toBe('received');
  });

  it('refuses an unknown queue name at start, naming the variable', () => {
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/x', REDIS_URL: 'redis://127.0.0.1:6379', WORKER_QUEUES: 'cases,mail' }),
    ).toThrow(/WORKER_QUEUES/);
  });
});
