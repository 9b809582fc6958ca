import type { EntityManager } from 'typeorm';
import { JobItem, QUEUE_OF_JOB } from '@hotline/contracts';

export const OUTBOX_CHANNEL = 'outbox_new';

/**
 * Records a job in the same transaction as the change that implies it. The job reaches BullMQ only if the
 * transaction commits; NOTIFY is delivered at commit too, so the relay wakes exactly when there is work.
 */
export async function enqueueInTransaction(manager: EntityManager, job: JobItem, jobId: string): Promise<void> {
  await manager.query(`INSERT INTO outbox (queue, job_name, job_id, payload) VALUES ($1, $2, $3, $4)`, [
    QUEUE_OF_JOB[job.name],
    job.name,
    jobId,
    job.data,
  ]);
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}
