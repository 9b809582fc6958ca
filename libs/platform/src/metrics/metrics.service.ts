import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { TERMINAL_STATUSES } from '@hotline/contracts';
import { ALL_QUEUES } from '../queue/queue.module';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** Prometheus metrics of the API process: HTTP latency, queues, outbox lag, open and overdue cases. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'hotline_http_request_duration_seconds',
    help: 'HTTP request duration by route template, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ALL_QUEUES) private readonly queues: Queue[],
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'hotline_' });
    const queueJobs = new Gauge({
      name: 'hotline_queue_jobs',
      help: 'Jobs per queue and state',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      collect: async () => {
        for (const queue of this.queues) {
          const counts = await queue.getJobCounts(...JOB_STATES);
          for (const state of JOB_STATES) queueJobs.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      },
    });
    this.sqlGauge('hotline_outbox_rows', 'Outbox rows not yet moved to BullMQ', `SELECT count(*) FROM outbox`);
    this.sqlGauge(
      'hotline_outbox_lag_seconds',
      'Age of the oldest outbox row (0 when empty)',
      `SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM outbox`,
    );
    this.sqlGauge(
      'hotline_cases_open',
      'Cases not closed, merged, rejected or withdrawn',
      `SELECT count(*) FROM cases WHERE status <> ALL($1)`,
      [TERMINAL_STATUSES],
    );
    this.sqlGauge(
      'hotline_cases_overdue',
      'Cases with a running clock past its due date',
      `SELECT count(*) FROM cases WHERE due_at < now()`,
    );
  }

  /** A gauge read from one SQL scalar at each scrape. */
  private sqlGauge(name: string, help: string, sql: string, params: unknown[] = []): void {
    const scalar = () => this.scalar(sql, params);
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect(this: Gauge) {
        this.set(await scalar());
      },
    });
  }

  private async scalar(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await this.dataSource.query(sql, params);
    return Number(Object.values(row)[0]);
  }
}
