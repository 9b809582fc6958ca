import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, WriteStream } from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port';
import { forgetDeath, throwIfDied, watchForDeath } from './process-deaths';
import { waitFor } from './wait-for';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Where every process a test starts writes its output (and a test keeps its other run files). */
export const PROCESS_LOG_DIR = path.join(ROOT, 'test-artifacts', 'processes');

export type ExitStatus = { code: number | null; signal: NodeJS.Signals | null };

/** A pino line of the process's output. */
export interface LogRecord {
  level: number;
  msg: string;
  err?: { message?: string; type?: string; stack?: string };
  [key: string]: unknown;
}

/**
 * A built entry point (dist/) as a child process, on the Node that runs the tests, on ports of its own: PORT and
 * WORKER_METRICS_PORT are free ports taken at its first start and kept across restarts, unless `env` sets them, so no
 * test collides with `npm start` or another test on the machine. Its output is kept for the test to read and appended
 * to test-artifacts/processes/<name>.log. When it dies without the test stopping it, the test's next waitFor fails at
 * once with the last lines of its output.
 */
export class BuiltProcess {
  output = '';
  starts = 0;
  private child?: ChildProcess;
  private env?: Record<string, string>;
  private log?: WriteStream;
  private stopping = false;

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly baseEnv: Record<string, string>,
  ) {}

  /** The HTTP port (PORT) the process listens on, once started. */
  get port(): number {
    return Number(this.startedEnv.PORT);
  }

  /** The worker's Prometheus port (WORKER_METRICS_PORT), once started. */
  get metricsPort(): number {
    return Number(this.startedEnv.WORKER_METRICS_PORT);
  }

  /** The process id of the running process. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the process and waits until `ready` holds for its output; fails at once, with its output, if it dies. */
  async start(ready: (output: string) => boolean, timeoutMs = 30_000): Promise<void> {
    this.env ??= { PORT: String(await freePort()), WORKER_METRICS_PORT: String(await freePort()), ...this.baseEnv };
    mkdirSync(PROCESS_LOG_DIR, { recursive: true });
    this.log ??= createWriteStream(path.join(PROCESS_LOG_DIR, `${this.name}.log`));
    this.output = '';
    this.starts += 1;
    this.stopping = false;
    this.log.write(`\n===== start #${this.starts} at ${new Date().toISOString()} =====\n`);
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', this.entry)], {
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        this.output += chunk.toString();
        this.log!.write(chunk);
      });
    }
    watchForDeath(
      this,
      `${this.name} (dist/${this.entry})`,
      child,
      () => this.stopping || this.child !== child,
      () => this.output,
    );
    await waitFor(() => ready(this.output) || undefined, `${this.name} to start`, timeoutMs);
  }

  /** Whether the process is running (started and neither exited nor killed). */
  get alive(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends `signal` and returns at once, for a signal the process handles and lives on (SIGWINCH, SIGUSR2…). */
  send(signal: NodeJS.Signals): void {
    throwIfDied(this);
    this.child!.kill(signal);
  }

  /** Sends `signal` and waits until the process is gone; fails, with its output, if it had died already. */
  async kill(signal: NodeJS.Signals): Promise<ExitStatus> {
    throwIfDied(this);
    return this.signal(signal);
  }

  stop(): Promise<ExitStatus> {
    return this.kill('SIGTERM');
  }

  lines(): string[] {
    return this.output.split('\n').filter(Boolean);
  }

  /** The lines logged at error level or above. */
  get errorLines(): string[] {
    return this.lines().filter((line) => line.includes('"level":50') || line.includes('"level":60'));
  }

  /** The pino lines (JSON) logged at error level or above. */
  get errorRecords(): LogRecord[] {
    return this.lines()
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogRecord)
      .filter((record) => record.level >= 50);
  }

  async destroy(): Promise<void> {
    await this.signal('SIGKILL');
    forgetDeath(this);
    await new Promise((resolve) => (this.log ? this.log.end(resolve) : resolve(undefined)));
  }

  private async signal(signal: NodeJS.Signals): Promise<ExitStatus> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null)
      return { code: child?.exitCode ?? null, signal: child?.signalCode ?? null };
    this.stopping = true;
    const exited = new Promise<ExitStatus>((resolve) => child.once('exit', (code, sig) => resolve({ code, signal: sig })));
    child.kill(signal);
    return exited;
  }

  private get startedEnv(): Record<string, string> {
    if (!this.env) throw new Error(`${this.name} has not been started`);
    return this.env;
  }
}
