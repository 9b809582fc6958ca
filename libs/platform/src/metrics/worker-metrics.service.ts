import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job } from 'bullmq';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { AppConfig } from '@hotline/config';
import { discoverWorkers } from '../queue/worker-hosts';

/**
 * Prometheus metrics of the worker process: jobs processed per queue, job name and result, and their duration.
 * Every BullMQ processor of the process is found through Nest's discovery, so a new processor is measured without
 * a line of its own. Served on its own port (WORKER_METRICS_PORT, default 9464, 0 = off), as the worker has no API, on
 * WORKER_METRICS_HOST (default 127.0.0.1, not HOST): it has no sign-in, so it stays off the network unless the deployer says.
 */
@Injectable()
export class WorkerMetricsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsService.name);
  readonly registry = new Registry();
  private readonly processed = new Counter({
    name: 'hotline_jobs_processed_total',
    help: 'Jobs finished by this worker, by queue, job name and result (completed, or failed for an attempt that threw)',
    labelNames: ['queue', 'name', 'result'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'hotline_job_duration_seconds',
    help: 'Time from the start of processing to the end of an attempt, by queue and job name',
    labelNames: ['queue', 'name'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private server?: Server;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'hotline_worker_' });
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const worker of discoverWorkers(this.discovery)) {
      worker.on('completed', (job: Job) => this.observe(job, 'completed'));
      worker.on('failed', (job: Job | undefined) => job && this.observe(job, 'failed'));
    }
    if (this.config.worker.metricsPort > 0) await this.listen(this.config.worker.metricsPort);
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }

  /** The port the metrics endpoint listens on, once started. */
  get port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  private observe(job: Job, result: 'completed' | 'failed'): void {
    const labels = { queue: job.queueName, name: job.name };
    this.processed.inc({ ...labels, result });
    if (job.processedOn && job.finishedOn) this.duration.observe(labels, Math.max(0, job.finishedOn - job.processedOn) / 1000);
  }

  private listen(port: number): Promise<void> {
    this.server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url !== '/metrics') {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'Only GET /metrics is served here' }));
        return;
      }
      this.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        (err: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(err.message),
      );
    });
    return new Promise((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, this.config.worker.metricsHost, () => {
        this.logger.log({ port: this.port }, 'worker metrics listening');
        resolve();
      });
    });
  }
}
