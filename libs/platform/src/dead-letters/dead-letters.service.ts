import { Inject, Injectable } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import { ALL_QUEUES } from '../queue/queue.module';

export interface DeadLetter {
  queue: string;
  id: string;
  name: string;
  data: unknown;
  failedReason: string;
  attemptsMade: number;
  failedAt: string | null;
}

/** One dead letter with what an administrator needs to decide on a redrive. */
export interface DeadLetterDetail extends DeadLetter {
  createdAt: string;
  stacktrace: string[];
  state: string;
}

const LIST_LIMIT = 500;

/**
 * Jobs that failed every attempt. BullMQ keeps them in each queue's failed set (retention: 14 days); an administrator
 * lists them and sends one back to its queue once the cause is fixed. Payloads carry ids only, so no personal data.
 */
@Injectable()
export class DeadLettersService {
  private readonly queues: Map<string, Queue>;

  constructor(@Inject(ALL_QUEUES) queues: Queue[]) {
    this.queues = new Map(queues.map((q) => [q.name, q]));
  }

  async list(): Promise<DeadLetter[]> {
    const lists = await Promise.all([...this.queues.values()].map((q) => q.getFailed(0, LIST_LIMIT - 1)));
    // BullMQ's failed set holds only jobs that will not run again: every attempt spent, or an UnrecoverableError (a
    // message no retry can fix, such as a malformed PAKN message). A job between attempts waits in the delayed set.
    return lists.flat().map((job) => this.toDeadLetter(job));
  }

  async inspect(queueName: string, id: string): Promise<DeadLetterDetail> {
    const job = await this.job(queueName, id);
    return {
      ...this.toDeadLetter(job),
      createdAt: new Date(job.timestamp).toISOString(),
      stacktrace: job.stacktrace ?? [],
      state: await job.getState(),
    };
  }

  async redrive(queueName: string, id: string): Promise<DeadLetter> {
    const job = await this.job(queueName, id);
    if (!(await job.isFailed())) throw new ConflictError(`Job ${id} is not in the dead-letter list`);
    await job.retry('failed', { resetAttemptsMade: true });
    return this.toDeadLetter(job);
  }

  private async job(queueName: string, id: string): Promise<Job> {
    const queue = this.queues.get(queueName);
    if (!queue) throw new InvalidInputError('queue', `Unknown queue "${queueName}"`);
    const job = await queue.getJob(id);
    if (!job) throw new NotFoundError(`No job ${id} in ${queueName}`);
    return job;
  }

  private toDeadLetter(job: Job): DeadLetter {
    return {
      queue: job.queueName,
      id: job.id!,
      name: job.name,
      data: job.data,
      failedReason: job.failedReason,
      attemptsMade: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    };
  }
}
