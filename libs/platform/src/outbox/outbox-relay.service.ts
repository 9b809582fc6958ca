import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '@hotline/config';
import { QueueName } from '@hotline/contracts';
import { ALL_QUEUES } from '../queue/queue.module';
import { OUTBOX_CHANNEL } from './outbox.writer';

interface OutboxRow {
  id: string;
  queue: QueueName;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
}

const BATCH = 500;
const IDLE_POLL_MS = 1000;
/** Failures shorter than this (a database or Redis restart) are warnings; longer ones are errors worth a page. */
const FAILING_ERROR_AFTER_MS = 30_000;

/**
 * Moves committed outbox rows to BullMQ. Rows are locked with SKIP LOCKED, added with their deterministic job id
 * and deleted in the same transaction: a crash before the commit leaves them to be sent again, and BullMQ drops
 * the duplicate id; handlers are idempotent for the rare case the first copy already completed and was removed.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private readonly queues: ReadonlyMap<string, Queue>;
  private listener?: Client;
  private running = false;
  private wake?: () => void;
  /** A NOTIFY arrived since the last drain began: its rows may have committed after that drain's SELECT. */
  private notified = false;
  private loop?: Promise<void>;
  private failingSince?: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(ALL_QUEUES) queues: Queue[],
  ) {
    this.queues = new Map(queues.map((queue) => [queue.name, queue]));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  /** Sends every pending row now; returns how many were moved. */
  async drain(): Promise<number> {
    let moved = 0;
    for (;;) {
      const n = await this.relayBatch();
      moved += n;
      if (n < BATCH) return moved;
    }
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.database.url, application_name: 'hotline-outbox-listener' });
    client.on('error', (err) => {
      this.logger.warn({ err: err.message }, 'outbox listener lost its connection; polling until it is back');
      this.listener = undefined;
    });
    client.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'outbox listener could not connect; polling');
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (!this.listener) await this.listen();
        this.notified = false;
        await this.drain();
        this.failingSince = undefined;
      } catch (err) {
        this.failingSince ??= Date.now();
        const failingMs = Date.now() - this.failingSince;
        const level = failingMs < FAILING_ERROR_AFTER_MS ? 'warn' : 'error';
        this.logger[level]({ err: (err as Error).message, failingMs }, 'outbox relay batch failed; will retry');
      }
      if (!this.running) break;
      // A wake-up that came during a successful drain is not lost to the poll interval: drain again at once.
      if (this.notified && this.failingSince === undefined) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, IDLE_POLL_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, queue, job_name, job_id, payload FROM outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, OutboxRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      for (const [queueName, queueRows] of byQueue) {
        const queue = this.queues.get(queueName);
        if (!queue) throw new Error(`outbox row for unknown queue ${queueName}`);
        await queue.addBulk(queueRows.map((r) => ({ name: r.job_name, data: r.payload, opts: { jobId: r.job_id } })));
      }
      await manager.query(`DELETE FROM outbox WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }
}
