import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@hotline/config';
import { DiscoveryService } from '@nestjs/core';
import type { Worker } from 'bullmq';

/** The BullMQ workers of every processor (`WorkerHost`) in this Nest application. */
export function discoverWorkers(discovery: DiscoveryService): Worker[] {
  return discovery
    .getProviders()
    .map((wrapper) => wrapper.instance as unknown)
    .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
    .map((host) => host.worker);
}

/**
 * Stops taking jobs and waits for the active ones before anything else shuts down. Nest closes the BullMQ workers
 * and the database in the same shutdown phase, in no promised order; a job finishing after the database has gone
 * would fail after its side effect (a mail already sent) and run again. Closing the workers here, one phase
 * earlier, lets every job in flight finish against a live database. A job that outlasts SHUTDOWN_TIMEOUT_MS keeps
 * its lock when the process exits and another worker runs it once the lock expires.
 */
@Injectable()
export class WorkerShutdownService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerShutdownService.name);

  constructor(private readonly discovery: DiscoveryService) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    const workers = discoverWorkers(this.discovery);
    this.logger.log({ signal, workers: workers.length }, 'closing the queue workers; waiting for jobs in flight');
    await Promise.all(workers.map((worker) => worker.close()));
    this.logger.log('queue workers closed');
  }
}

/**
 * Keeps only the queue workers of WORKER_QUEUES in this process: the others are closed as the application starts
 * (a job one of them took in the meantime is finished first, so nothing is lost). Jobs are idempotent, so any
 * split of the queues over processes is safe; the platform's own start runs the mail in a process of its own.
 */
@Injectable()
export class WorkerQueueSelectionService implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkerQueueSelectionService.name);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const selected = new Set<string>(this.config.worker.queues);
    const workers = discoverWorkers(this.discovery);
    const others = workers.filter((worker) => !selected.has(worker.name));
    await Promise.all(others.map((worker) => worker.close()));
    this.logger.log(
      { queues: workers.filter((w) => selected.has(w.name)).map((w) => w.name), closed: others.map((w) => w.name) },
      'queue workers selected',
    );
  }
}
