import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CreateCaseDto, IntakeService } from '@hotline/cases';
import { CaseChannel } from '@hotline/contracts';
import { OUTBOX_CHANNEL } from '@hotline/platform';
import { makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform } from '../platform';

/**
 * Intake wakes the outbox relay with a NOTIFY sent after its transaction commits (not inside it, where PostgreSQL
 * would serialise every submission's commit): the wake-up still comes, and the routing job is there when it does.
 */
describe('intake wakes the outbox relay after the commit', () => {
  let platform: TestPlatform;
  let listener: Client;
  const outboxRowsAtWakeUp: number[] = [];
  const noticeRowsAtWakeUp: number[] = [];

  beforeAll(async () => {
    // No worker: nothing drains the outbox, so the rows seen at each wake-up are exactly the committed ones.
    platform = await newPlatform().start({ worker: false });
    listener = new Client({ connectionString: platform.db.url });
    await listener.connect();
    listener.on('notification', (n) => {
      if (n.channel !== OUTBOX_CHANNEL) return;
      void platform.db.dataSource
        .query(
          `SELECT count(*) FILTER (WHERE job_name = 'route-case')::int AS n,
          count(*) FILTER (WHERE job_name = 'send-notification')::int AS notices FROM outbox`,
        )
        .then(([{ n: rows, notices }]: { n: number; notices: number }[]) => {
          outboxRowsAtWakeUp.push(rows);
          noticeRowsAtWakeUp.push(notices);
        });
    });
    await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
  });
  afterAll(async () => {
    await listener.end();
    await platform.stop();
  });

  it('notifies once per submission, each time with that submission’s routing job already committed', async () => {
    for (let i = 1; i <= 3; i++) {
      const { status } = await platform.request('POST', '/api/v1/cases', makeCaseInput());
      expect(status).toBe(201);
      await waitFor(() => outboxRowsAtWakeUp.length >= i || undefined, `wake-up ${i}`);
      expect(outboxRowsAtWakeUp[i - 1]).toBeGreaterThanOrEqual(i);
    }
    expect(outboxRowsAtWakeUp).toHaveLength(3);
  });

  it('sends no wake-up for a retried submission that created nothing', async () => {
    const before = outboxRowsAtWakeUp.length;
    const headers = { 'content-type': 'application/json', 'idempotency-key': 'retry-wakeup-0001' };
    const body = JSON.stringify(makeCaseInput());
    const first = await fetch(`${platform.baseUrl}/api/v1/cases`, { method: 'POST', headers, body });
    expect(first.status).toBe(201);
    await waitFor(() => outboxRowsAtWakeUp.length > before || undefined, 'wake-up of the first attempt');
    const retry = await fetch(`${platform.baseUrl}/api/v1/cases`, { method: 'POST', headers, body });
    expect(retry.status).toBe(200);
    // A third submission's wake-up proves the retry's would have arrived before it, had there been one.
    expect((await platform.request('POST', '/api/v1/cases', makeCaseInput())).status).toBe(201);
    await waitFor(() => outboxRowsAtWakeUp.length > before + 1 || undefined, 'wake-up of the next submission');
    expect(outboxRowsAtWakeUp).toHaveLength(before + 2);
  });

  it('a staff transition (jobs written by enqueueInTransaction) also wakes the relay after its commit, with its notices there', async () => {
    const { body } = await platform.request<{ id: string }>('POST', '/api/v1/cases', makeCaseInput());
    await waitFor(() => outboxRowsAtWakeUp.length >= 6 || undefined, 'wake-up of the submission');
    const noticesBefore = Math.max(...noticeRowsAtWakeUp);
    const wakeUps = outboxRowsAtWakeUp.length;
    const secretariat = await platform.login('secretariat@hotline.example.vn', 'Secretariat#2026');
    expect((await platform.request('POST', `/api/v1/cases/${body.id}/route`, { agencyCode: 'SXD' }, secretariat)).status).toBe(200);
    await waitFor(() => outboxRowsAtWakeUp.length > wakeUps || undefined, 'wake-up of the transition');
    expect(noticeRowsAtWakeUp[wakeUps]).toBeGreaterThan(noticesBefore);
  });

  it('a case written in a channel’s own transaction wakes the relay after that commit, without the channel asking', async () => {
    const wakeUps = outboxRowsAtWakeUp.length;
    const routeJobsBefore = Math.max(0, ...outboxRowsAtWakeUp);
    const intake = platform.api.get(IntakeService);
    await platform.api
      .get<DataSource>(getDataSourceToken())
      .transaction((manager) =>
        intake.submit(makeCaseInput() as unknown as CreateCaseDto, { channel: CaseChannel.Api, actor: { type: 'citizen' }, manager }),
      );
    await waitFor(() => outboxRowsAtWakeUp.length > wakeUps || undefined, 'wake-up of the channel’s commit');
    expect(outboxRowsAtWakeUp[wakeUps]).toBeGreaterThan(routeJobsBefore);
  });
});
