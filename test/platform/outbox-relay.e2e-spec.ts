import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { JobName, jobIdOf, QueueName } from '@hotline/contracts';
import { enqueueInTransaction, OutboxRelayService } from '@hotline/platform';
import { makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform } from '../platform';

describe('outbox relay', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await newPlatform().start();
  });
  afterAll(() => platform.stop());

  const outboxCount = async () => Number((await platform.db.dataSource.query(`SELECT count(*) AS n FROM outbox`))[0].n);

  it('moves every committed row to BullMQ once, with its deterministic id, even when two relays drain at once', async () => {
    const relay = platform.worker!.get(OutboxRelayService);
    const queue = platform.worker!.get<Queue>(getQueueToken(QueueName.Notifications));
    // Notifications that do not exist: the processor finds nothing and completes without sending.
    const jobs300 = Array.from({ length: 300 }, (_, i) => ({
      name: JobName.SendNotification as const,
      data: { notificationId: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}` },
    }));
    const ids = jobs300.map(jobIdOf);
    await platform.db.dataSource.transaction(async (manager) => {
      for (const job of jobs300) await enqueueInTransaction(manager, job);
    });
    await Promise.all([relay.drain(), relay.drain(), relay.drain()]);
    await waitFor(async () => (await outboxCount()) === 0 || undefined, 'the outbox to empty');
    const jobs = await Promise.all(ids.map((id) => queue.getJob(id)));
    expect(jobs.every((j) => j !== undefined)).toBe(true);
    expect(new Set(jobs.map((j) => j!.id)).size).toBe(ids.length);
  });

  it('drops a row relayed again after a crash between the BullMQ add and the delete', async () => {
    const queue = platform.worker!.get<Queue>(getQueueToken(QueueName.Notifications));
    const relay = platform.worker!.get(OutboxRelayService);
    const replayed = { name: JobName.SendNotification, data: { notificationId: '00000000-0000-7000-8000-100000000001' } } as const;
    await platform.db.dataSource.transaction((manager) => enqueueInTransaction(manager, replayed));
    await waitFor(async () => (await outboxCount()) === 0 || undefined, 'the first relay');
    // The same row comes back, as if the relay had died before deleting it.
    await platform.db.dataSource.transaction((manager) => enqueueInTransaction(manager, replayed));
    await relay.drain();
    const counts = await queue.getJobCounts('completed', 'waiting', 'active', 'delayed', 'failed');
    const all = await queue.getJobs(['completed', 'waiting', 'active', 'delayed', 'failed']);
    expect(all.filter((j) => j.id === jobIdOf(replayed))).toHaveLength(1);
    expect(counts.failed).toBe(0);
  });

  it('does not route a case twice when its routing job is delivered twice', async () => {
    const { body } = await platform.request<{ id: string }>('POST', '/api/v1/cases', makeCaseInput());
    const secretariat = await platform.login('secretariat@hotline.example.vn', 'Secretariat#2026');
    await waitFor(
      async () =>
        (await platform.request<{ status: string }>('GET', `/api/v1/cases/${body.id}`, undefined, secretariat)).body.status === 'routed' ||
        undefined,
      'routing',
    );
    const cases = platform.worker!.get<Queue>(getQueueToken(QueueName.Cases));
    await cases.add(JobName.RouteCase, { caseId: body.id }, { jobId: `redelivery-${body.id}` });
    await waitFor(async () => (await cases.getJob(`redelivery-${body.id}`))?.finishedOn !== undefined || undefined, 'the second delivery');
    const events = await platform.db.dataSource.query(`SELECT type FROM case_events WHERE case_id = $1 ORDER BY id`, [body.id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['received', 'routed']);
  });

  it('relays a row to any declared queue, not only those that take outbox jobs today', async () => {
    const deadlines = platform.worker!.get<Queue>(getQueueToken(QueueName.Deadlines));
    await platform.db.dataSource.query(`INSERT INTO outbox (queue, job_name, job_id, payload) VALUES ($1, $2, $3, $4)`, [
      QueueName.Deadlines,
      JobName.ScanDeadlines,
      'relay-any-queue-1',
      JSON.stringify({ now: '2026-11-24T01:00:00.000Z' }),
    ]);
    await waitFor(async () => (await deadlines.getJob('relay-any-queue-1')) ?? undefined, 'the row on the deadlines queue');
    await waitFor(async () => (await outboxCount()) === 0 || undefined, 'the outbox to empty');
  });
});
