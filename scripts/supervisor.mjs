// Keeps the platform's processes running for `npm start` (scripts/start-platform.mjs): when one dies, it is started
// again after a delay that doubles from 0.5 s to 30 s while it keeps dying and starts over once it has stayed up a
// minute, and the others keep serving meanwhile. A stop (SIGINT/SIGTERM to npm start) stops them all, with no restart.
import { spawn } from 'node:child_process';

export const RESTART_POLICY = { firstDelayMs: 500, maxDelayMs: 30_000, healthyAfterMs: 60_000 };

/** How long a child may take to finish its shutdown (the API and workers use SHUTDOWN_TIMEOUT_MS, 10 s) before SIGKILL. */
const STOP_GRACE_MS = 30_000;

/** The delay before the next start of a process that has just died `failures` times in a row (1, 2, …). */
export function restartDelay(failures, policy = RESTART_POLICY) {
  return Math.min(policy.firstDelayMs * 2 ** (failures - 1), policy.maxDelayMs);
}

const why = (code, signal) => (signal ? `signal ${signal}` : `exit code ${code}`);

/**
 * Starts each service (`{ name, script, args?, env }`, a Node script run with this Node) and keeps it running.
 * `log` receives one line per start, death and stop. Returns `stop()`, which stops every service (SIGTERM, then
 * SIGKILL after a grace period) and resolves when all have exited.
 */
export function supervise(services, { log, policy = RESTART_POLICY, stdio = 'inherit' }) {
  let stopping = false;
  const running = services.map((service) => {
    const state = { service, child: undefined, startedAt: 0, failures: 0, timer: undefined };
    const start = () => {
      state.timer = undefined;
      state.startedAt = Date.now();
      const child = spawn(process.execPath, [service.script, ...(service.args ?? [])], { env: service.env, stdio });
      state.child = child;
      log(`${service.name} started (pid ${child.pid})`);
      child.once('error', (err) => log(`${service.name}: ${err.message}`));
      child.once('exit', (code, signal) => {
        if (stopping) return log(`${service.name} stopped (${why(code, signal)})`);
        const upMs = Date.now() - state.startedAt;
        state.failures = upMs >= policy.healthyAfterMs ? 1 : state.failures + 1;
        const delay = restartDelay(state.failures, policy);
        const upSeconds = (upMs / 1000).toFixed(1);
        log(`${service.name} (pid ${child.pid}) died with ${why(code, signal)} after ${upSeconds} s; restarting in ${delay / 1000} s`);
        state.timer = setTimeout(start, delay);
      });
    };
    start();
    return state;
  });

  const exited = (child) => child.exitCode !== null || child.signalCode !== null;
  const stopOne = (state) => {
    clearTimeout(state.timer);
    const child = state.child;
    if (!child || exited(child)) return Promise.resolve();
    return new Promise((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  };

  return {
    async stop() {
      stopping = true;
      await Promise.all(running.map(stopOne));
    },
  };
}
