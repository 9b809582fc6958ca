import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import IORedis from 'ioredis';
import createClient, { type Client } from 'openapi-fetch';
import { API_QUERY_SERIALIZER, type paths } from '@hotline/contracts';
import { AppConfig, Clock, loadConfig } from '@hotline/config';
import { seedDemo } from '@hotline/cases';
import type { PublicationReview } from './api-types';
import { SmtpCapture } from './smtp-capture';
import { TEST_REDIS, TestDatabase } from './test-database';
import { waitFor } from './wait-for';

export interface PlatformOptions {
  worker?: boolean;
  /** Shared by the API and the worker; a FakeClock lets a test move time forward. */
  clock?: Clock;
  env?: Record<string, string>;
}

type AppFactory = (config: AppConfig, clock?: Clock) => Promise<NestFastifyApplication>;
type WorkerFactory = (config: AppConfig, clock?: Clock) => Promise<INestApplicationContext>;

/**
 * The whole platform for one test file: its own database (migrated, demo reference data and users, no demo cases),
 * its own Redis queue prefix, a real SMTP capture, the real API on a free port and the real worker.
 */
export class TestPlatform {
  readonly db = new TestDatabase();
  readonly smtp = new SmtpCapture();
  readonly queuePrefix = `test-${randomBytes(4).toString('hex')}`;
  readonly attachmentsDir = path.join(os.tmpdir(), `hotline-${this.queuePrefix}-attachments`);
  config!: AppConfig;
  api!: NestFastifyApplication;
  worker?: INestApplicationContext;
  baseUrl = '';

  constructor(
    private readonly createApi: AppFactory,
    private readonly createWorker: WorkerFactory,
  ) {}

  async start(options: PlatformOptions = {}): Promise<this> {
    await Promise.all([this.db.create(), this.smtp.start()]);
    await seedDemo(this.db.dataSource, { cases: 0 });
    this.config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: this.db.url,
      REDIS_URL: TEST_REDIS,
      QUEUE_PREFIX: this.queuePrefix,
      SMTP_URL: this.smtp.url,
      // Set, as in production: without it every API instance would warn that it made up its own.
      SESSION_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      PORT: '0',
      WORKER_METRICS_PORT: '0',
      ATTACHMENTS_DIR: this.attachmentsDir,
      // Test files submit and track far more than a citizen would; the limiter still runs, with room to spare.
      RATE_LIMIT_INTAKE: '100000/60',
      RATE_LIMIT_TRACKING: '100000/60',
      ...options.env,
    });
    this.api = await this.createApi(this.config, options.clock);
    await this.api.listen({ port: 0, host: '127.0.0.1' });
    this.baseUrl = `http://127.0.0.1:${(this.api.getHttpServer().address() as AddressInfo).port}`;
    if (options.worker !== false) this.worker = await this.createWorker(this.config, options.clock);
    return this;
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.api?.close();
    const redis = new IORedis(TEST_REDIS);
    const keys = await redis.keys(`{${this.queuePrefix}}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await this.smtp.stop();
    await this.db.drop();
    await rm(this.attachmentsDir, { recursive: true, force: true });
  }

  /** The variables a built API or worker process needs to use this platform's database, Redis queues and SMTP capture. */
  processEnv(): Record<string, string> {
    return { DATABASE_URL: this.db.url, REDIS_URL: TEST_REDIS, QUEUE_PREFIX: this.queuePrefix, SMTP_URL: this.smtp.url };
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    const json = res.headers.get('content-type')?.includes('json') ?? false;
    return { status: res.status, body: (text ? (json ? JSON.parse(text) : text) : undefined) as T };
  }

  /**
   * The generated typed client (openapi-fetch over the API's OpenAPI paths, as the web UI uses it), signed in with
   * `token` when given: a path, its parameters, its body and its answer are checked against the API's own document.
   */
  client(token?: string): Client<paths> {
    return createClient<paths>({
      baseUrl: this.baseUrl,
      querySerializer: API_QUERY_SERIALIZER,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  }

  async login(email: string, password: string): Promise<string> {
    const res = await this.request<{ accessToken: string }>('POST', '/api/v1/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken;
  }

  /** Waits until the case has `status` as the user of `token` reads it (say, once the worker has routed it); returns the case. */
  /** Publishes an answered public case as the redaction review proposes it (every mask kept, every attachment withheld). */
  async publishAsProposed(caseId: string, token: string): Promise<void> {
    const review = await this.request<PublicationReview>('GET', `/api/v1/cases/${caseId}/publication`, undefined, token);
    if (review.status !== 200) throw new Error(`No publication review for ${caseId}: ${review.status}`);
    const { title, answer, attachments } = review.body;
    const published = await this.request(
      'PUT',
      `/api/v1/cases/${caseId}/publication`,
      {
        title: title.proposed,
        answer: answer.proposed,
        masks: [...title.found.map((f) => ({ ...f, field: 'title' })), ...answer.found.map((f) => ({ ...f, field: 'answer' }))],
        attachments: attachments.map((a) => ({ id: a.id, publish: false })),
      },
      token,
    );
    if (published.status !== 200) throw new Error(`Publishing ${caseId} failed: ${published.status} ${JSON.stringify(published.body)}`);
  }

  /**
   * Moves the case's running clocks (or only `clock`) `days` into the past, as if they had run out then, keeps the case's
   * own due instant their earliest, and waits until the reports' facts (what the dashboard counts as overdue) see it:
   * the facts are recomputed from a dirty mark the worker drains every few seconds, so without the wait a page opened
   * at once may still count the case as on time.
   */
  async backdateClocks(caseId: string, days: number, options: { clock?: string; veryLateInDays?: number } = {}): Promise<void> {
    const sql = this.db.dataSource;
    await sql.query(
      `UPDATE case_deadlines SET due_at = now() - make_interval(days => $2),
              very_late_at = CASE WHEN $4::int IS NULL THEN very_late_at ELSE now() + make_interval(days => $4::int) END
        WHERE case_id = $1 AND status = 'running' AND ($3::text IS NULL OR clock = $3)`,
      [caseId, days, options.clock ?? null, options.veryLateInDays ?? null],
    );
    await sql.query(
      `UPDATE cases SET due_at = (SELECT min(due_at) FROM case_deadlines WHERE case_id = $1 AND status = 'running') WHERE id = $1`,
      [caseId],
    );
    await sql.query(`INSERT INTO report_dirty_cases (case_id) VALUES ($1)`, [caseId]);
    await waitFor(async () => {
      const [{ due }] = await sql.query(
        `SELECT (f.due_at IS NOT DISTINCT FROM c.due_at) AS due
           FROM cases c LEFT JOIN report_case_facts f ON f.case_id = c.id WHERE c.id = $1`,
        [caseId],
      );
      return due === true;
    }, `the reports' facts of ${caseId} to see its backdated clocks`);
  }

  async waitForCaseStatus<T extends { status: string } = { status: string }>(caseId: string, status: string, token: string): Promise<T> {
    return waitFor(async () => {
      const res = await this.request<T>('GET', `/api/v1/cases/${caseId}`, undefined, token);
      return res.status === 200 && res.body.status === status ? res.body : undefined;
    }, `case ${caseId} to be ${status}`);
  }
}
