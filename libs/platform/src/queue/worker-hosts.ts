import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, BeforeApplicationShutdown } from '@nestjs/common';
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
