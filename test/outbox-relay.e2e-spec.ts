import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { JobName, QueueName } from '@hotline/contracts';
import { enqueueInTransaction, OutboxRelayService } from '@hotline/platform';
import { makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform } from './platform';

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
    const ids = Array.from({ length: 300 }, (_, i) => `relay-test-${i}`);
    await platform.db.dataSource.transaction(async (manager) => {
      // Notifications that do not exist: the processor finds nothing and completes without sending.
      for (const id of ids) await enqueueInTransaction(manager, { name: JobName.SendNotification, data: { notificationId: '00000000-0000-7000-8000-000000000000' } }, id);
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
    await platform.db.dataSource.transaction((manager) =>
      enqueueInTransaction(manager, { name: JobName.SendNotification, data: { notificationId: '00000000-0000-7000-8000-000000000001' } }, 'crash-replay-1'),
    );
    await waitFor(async () => (await outboxCount()) === 0 || undefined, 'the first relay');
    // The same row comes back, as if the relay had died before deleting it.
    await platform.db.dataSource.transaction((manager) =>
      enqueueInTransaction(manager, { name: JobName.SendNotification, data: { notificationId: '00000000-0000-7000-8000-000000000001' } }, 'crash-replay-1'),
    );
    await relay.drain();
    const counts = await queue.getJobCounts('completed', 'waiting', 'active', 'delayed', 'failed');
    const all = await queue.getJobs(['completed', 'waiting', 'active', 'delayed', 'failed']);
    expect(all.filter((j) => j.id === 'crash-replay-1')).toHaveLength(1);
    expect(counts.failed).toBe(0);
  });

  it('does not route a case twice when its routing job is delivered twice', async () => {
    const { body } = await platform.request<{ id: string }>('POST', '/api/v1/cases', makeCaseInput());
    const secretariat = await platform.login('secretariat@hotline.example.vn', 'Secretariat#2026');
    await waitFor(async () => (await platform.request<{ status: string }>('GET', `/api/v1/cases/${body.id}`, undefined, secretariat)).body.status === 'routed' || undefined, 'routing');
    const cases = platform.worker!.get<Queue>(getQueueToken(QueueName.Cases));
    await cases.add(JobName.RouteCase, { caseId: body.id }, { jobId: `redelivery-${body.id}` });
    await waitFor(async () => (await cases.getJob(`redelivery-${body.id}`))?.finishedOn !== undefined || undefined, 'the second delivery');
    const events = await platform.db.dataSource.query(`SELECT type FROM case_events WHERE case_id = $1 ORDER BY id`, [body.id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['received', 'routed']);
  });
});
