import type { EntityManager } from 'typeorm';
import { JobItem, QUEUE_OF_JOB } from '@hotline/contracts';
import { wakeRelayAfterCommit } from '@hotline/database';

export { OUTBOX_CHANNEL } from '@hotline/database';

/**
 * Records a job in the same transaction as the change that implies it. The job reaches BullMQ only if the
 * transaction commits; the relay is woken (NOTIFY) right after that commit.
 */
export async function enqueueInTransaction(manager: EntityManager, job: JobItem, jobId: string): Promise<void> {
  await manager.query(`INSERT INTO outbox (queue, job_name, job_id, payload) VALUES ($1, $2, $3, $4)`, [
    QUEUE_OF_JOB[job.name],
    job.name,
    jobId,
    job.data,
  ]);
  wakeRelayAfterCommit(manager);
}
