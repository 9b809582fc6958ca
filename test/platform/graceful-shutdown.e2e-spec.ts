/**
 * A job in flight when the worker is told to stop is finished (SIGTERM within the shutdown timeout) or, when it
 * outlasts the timeout, retried by the next worker once its lock expires: never lost. The job here is the citizen's
 * receipt mail, held in flight by an SMTP capture that answers slowly. The worker's own Prometheus endpoint is
 * scraped on the way.
 */
import { randomBytes } from 'node:crypto';
import { NotificationEntity } from '@hotline/database';
import { BuiltProcess, makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform } from '../platform';

jest.setTimeout(180_000);

describe('graceful shutdown of the worker', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
  });
  afterAll(() => platform.stop());

  function worker(env: Record<string, string>): BuiltProcess {
    return new BuiltProcess(`worker-shutdown-${randomBytes(2).toString('hex')}`, 'apps/worker/src/main.js', {
      ...platform.processEnv(),
      LOG_LEVEL: 'info',
      ...env,
    });
  }
  const started = (output: string) => output.includes('dependencies initialized');

  async function submitAndHoldReceipt(): Promise<{ email: string; receipt: () => Promise<NotificationEntity | null> }> {
    const email = `shutdown-${randomBytes(3).toString('hex')}@example.com`;
    const receivingBefore = platform.smtp.receiving;
    const res = await platform.request<{ trackingCode: string }>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ citizen: { name: 'Lê Văn Cường', email } }),
    );
    expect(res.status).toBe(201);
    // The SMTP capture has the receipt's data and is holding its answer: the send job is in flight.
    await waitFor(() => platform.smtp.receiving > receivingBefore, 'the receipt to reach the SMTP server', 30_000);
    const receipt = () =>
      platform.db.dataSource.getRepository(NotificationEntity).findOneBy({ recipient: email, template: 'case-receipt' });
    return { email, receipt };
  }

  it('finishes the job in flight on SIGTERM, then exits cleanly; its metrics count the jobs', async () => {
    const w = worker({ SHUTDOWN_TIMEOUT_MS: '15000' });
    await w.start(started);
    platform.smtp.delayMs = 2500;
    const { email, receipt } = await submitAndHoldReceipt();
    expect(platform.smtp.to(email)).toHaveLength(0);
    expect((await receipt())?.status).not.toBe('sent');

    const metrics = await (await fetch(`http://127.0.0.1:${w.metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/hotline_jobs_processed_total\{queue="cases",name="route-case",result="completed"\} 1/);
    expect(metrics).toMatch(/hotline_job_duration_seconds_count\{queue="cases",name="route-case"\} 1/);

    const stoppedAt = Date.now();
    const exit = await w.kill('SIGTERM');
    // Nest closes the BullMQ worker, which waits for the active job, then re-raises the signal: a clean stop.
    expect(exit).toEqual({ code: null, signal: 'SIGTERM' });
    expect(Date.now() - stoppedAt).toBeLessThan(15_000);
    expect(platform.smtp.to(email)).toHaveLength(1);
    expect(await receipt()).toMatchObject({ status: 'sent', attempts: 1 });
    await w.destroy();
  });

  it('leaves a job that outlasts the shutdown timeout to the next worker, which sends it', async () => {
    const first = worker({ SHUTDOWN_TIMEOUT_MS: '1500' });
    await first.start(started);
    platform.smtp.delayMs = 20_000;
    const { email, receipt } = await submitAndHoldReceipt();
    const exit = await first.kill('SIGTERM');
    // The timer in main.ts ends a hung shutdown with exit code 1; the job is still active, its lock still held.
    expect(exit).toEqual({ code: 1, signal: null });
    expect((await receipt())?.status).not.toBe('sent');

    platform.smtp.delayMs = 0;
    const second = worker({ SHUTDOWN_TIMEOUT_MS: '5000' });
    await second.start(started);
    // BullMQ finds the stalled job once its 30 s lock has expired and runs it again.
    const sent = await waitFor(
      async () => ((await receipt())?.status === 'sent' ? receipt() : undefined),
      'the stalled receipt to be sent by the next worker',
      120_000,
    );
    expect(sent).toMatchObject({ status: 'sent' });
    const ids = new Set(platform.smtp.to(email).map((m) => m.messageId));
    expect(ids.size).toBe(1);
    await second.kill('SIGTERM');
    await second.destroy();
    await first.destroy();
  });
});
