/**
 * The processes tests start (BuiltProcess) take free ports, so they run beside `npm start` on the same machine, and a
 * process that dies fails the test at once with its own output instead of leaving it to wait for its deadline.
 */
import { createServer, Server } from 'node:net';
import { BuiltProcess, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform } from '../platform';

/** Listens on `port`, or leaves it be when something else (`npm start`) already does. */
async function occupy(port: number): Promise<Server | undefined> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' ? resolve(undefined) : reject(err)));
    server.listen(port, () => resolve(server));
  });
}

describe('processes started by tests', () => {
  let platform: TestPlatform;
  const held: Server[] = [];
  const processes: BuiltProcess[] = [];

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
    // The ports `npm start` uses: the API, the worker's metrics and the mailer's metrics.
    for (const port of [3000, 9464, 9465]) {
      const server = await occupy(port);
      if (server) held.push(server);
    }
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.destroy()));
    await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
    await platform.stop();
  });

  const worker = (name: string, env: Record<string, string> = {}): BuiltProcess => {
    const child = new BuiltProcess(name, 'apps/worker/src/main.js', {
      ...platform.processEnv(),
      LOG_LEVEL: 'info',
      ...env,
    });
    processes.push(child);
    return child;
  };

  it('runs the API and the worker on free ports while the default ones are taken', async () => {
    const api = new BuiltProcess('built-process-api', 'apps/api/src/main.js', {
      ...platform.processEnv(),
    });
    processes.push(api);
    const metrics = worker('built-process-worker');
    await Promise.all([
      api.start((output) => output.includes('successfully started')),
      metrics.start((output) => output.includes('worker metrics listening')),
    ]);
    expect([api.port, metrics.metricsPort]).not.toContain(3000);
    expect([9464, 9465]).not.toContain(metrics.metricsPort);
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${metrics.metricsPort}/metrics`)).status).toBe(200);
  });

  it('fails at once, with its output, when a process cannot start', async () => {
    const taken = await occupy(0);
    held.push(taken!);
    const doomed = worker('built-process-doomed', { WORKER_METRICS_PORT: String((taken!.address() as { port: number }).port) });
    await expect(doomed.start((output) => output.includes('worker metrics listening'), 50_000)).rejects.toThrow(
      /built-process-doomed \(dist\/apps\/worker\/src\/main\.js\) died \(exit code 1, signal null\); its last 40 lines:\n[\s\S]*EADDRINUSE/,
    );
    await doomed.destroy();
  });

  it('fails the waiting test at once, with its output, when a started process dies', async () => {
    const victim = worker('built-process-victim');
    await victim.start((output) => output.includes('worker metrics listening'));
    process.kill(victim.pid!, 'SIGKILL');
    await expect(waitFor(() => false, 'something the dead worker would have done', 50_000)).rejects.toThrow(
      /built-process-victim \(dist\/apps\/worker\/src\/main\.js\) died \(exit code null, signal SIGKILL\); its last 40 lines:\n[\s\S]*worker metrics listening/,
    );
    await expect(victim.stop()).rejects.toThrow(/built-process-victim .* died/);
    await victim.destroy();
  });
});
