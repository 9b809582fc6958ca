/**
 * The queue workers take jobs as soon as their modules are initialised, before the rest of the worker has started. When
 * a later start step fails, the worker closes them before it gives up: the job they hold is finished, not left active
 * until BullMQ's stall check hands it to another worker 30 s later.
 */
import { Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { Queue } from 'bullmq';
import { QueryRunner } from 'typeorm';
import { QueueName } from '@hotline/contracts';
import { bullConnection, bullPrefix, discoverWorkers } from '@hotline/platform';
import { makeCaseInput, TEST_REDIS, TestPlatform, waitFor } from '@hotline/testing';
import { startWorker } from '../../apps/worker/src/bootstrap';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { newPlatform } from '../platform';

/** The last start step: it fails once the route job of `caseId` is active, and notes which queue workers close. */
@Injectable()
class FailingStartStep implements OnApplicationBootstrap {
  static caseId = '';
  static workers: string[] = [];
  static closed: string[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const worker of discoverWorkers(this.discovery)) {
      FailingStartStep.workers.push(worker.name);
      worker.once('closed', () => FailingStartStep.closed.push(worker.name));
    }
    await waitFor(async () => (await routeJobOf(FailingStartStep.caseId))?.isActive(), 'the route job to be active', 30_000);
    throw new Error('a later start step failed');
  }
}

@Module({})
class WorkerWithFailingStartModule {}

let cases: Queue;
const routeJobOf = async (caseId: string) =>
  (await cases.getJobs(['active', 'waiting', 'completed', 'failed', 'delayed'])).find((job) => job.data.caseId === caseId);

describe('a worker whose start fails after its queue workers began', () => {
  let platform: TestPlatform;
  let lock: QueryRunner;

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
    cases = new Queue(QueueName.Cases, { connection: bullConnection(TEST_REDIS), prefix: bullPrefix(platform.queuePrefix) });
  });
  afterAll(async () => {
    if (lock?.isTransactionActive) await lock.rollbackTransaction();
    await lock?.release();
    await cases.close();
    await platform.stop();
  });

  it('closes its queue workers, which finish the job they hold, before the start error goes on', async () => {
    const res = await platform.request<{ id: string }>('POST', '/api/v1/cases', makeCaseInput());
    expect(res.status).toBe(201);
    FailingStartStep.caseId = res.body.id;
    // Routing locks the case row: holding that lock keeps the route job active for as long as the test needs.
    lock = platform.db.dataSource.createQueryRunner();
    await lock.startTransaction();
    await lock.query(`SELECT id FROM cases WHERE id = $1 FOR UPDATE`, [res.body.id]);

    const started = startWorker({
      module: WorkerWithFailingStartModule,
      imports: [WorkerModule.forRoot(platform.config), DiscoveryModule],
      providers: [FailingStartStep],
    }).then(
      () => new Error('the worker started'),
      (err: Error) => err,
    );
    await waitFor(async () => (await routeJobOf(res.body.id))?.isActive(), 'the route job to be active', 30_000);
    await lock.commitTransaction();

    expect((await started).message).toBe('a later start step failed');
    expect(FailingStartStep.workers).toContain(QueueName.Cases);
    expect(FailingStartStep.closed.sort()).toEqual(FailingStartStep.workers.sort());
    expect(await (await routeJobOf(res.body.id))!.getState()).toBe('completed');
    const [{ status }] = await platform.db.dataSource.query(`SELECT status FROM cases WHERE id = $1`, [res.body.id]);
    expect(status).toBe('routed');
  });
});
