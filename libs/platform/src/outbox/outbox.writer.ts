import type { EntityManager } from 'typeorm';
import { jobIdOf, OutboxJob, QUEUE_OF_JOB } from '@hotline/contracts';
import { wakeRelayAfterCommit } from '@hotline/database';

export { OUTBOX_CHANNEL } from '@hotline/database';

/**
 * Records a job in the same transaction as the change that implies it. The job reaches BullMQ only if the
 * transaction commits; the relay is woken (NOTIFY) right after that commit.
 */
export async function enqueueInTransaction(manager: EntityManager, job: OutboxJob): Promise<void> {
  await enqueueManyInTransaction(manager, [job]);
}

/** Records several jobs in one statement, in the caller's transaction, as `enqueueInTransaction` does one. */
export async function enqueueManyInTransaction(manager: EntityManager, jobs: readonly OutboxJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await manager.query(
    `INSERT INTO outbox (queue, job_name, job_id, payload)
     SELECT queue, job_name, job_id, payload FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])
     WITH ORDINALITY AS j(queue, job_name, job_id, payload, n)
      ORDER BY n`,
    [jobs.map((j) => QUEUE_OF_JOB[j.name]), jobs.map((j) => j.name), jobs.map(jobIdOf), jobs.map((j) => JSON.stringify(j.data))],
  );
  await wakeRelayAfterCommit(manager);
}
