import type { ChildProcess } from 'node:child_process';

/**
 * The processes a test started that died without the test stopping them, each with what to tell about it. waitFor
 * reads this on every poll, so a test fails at once with the process's own output rather than at its deadline.
 */
const deaths = new Map<object, string>();
const LAST_LINES = 40;

/**
 * Records the death of `child` (run for `owner`) with the last lines of `output()`, unless `stopping()` says the test
 * stopped it. Watches until the owner forgets it (a restart, or the end of the test).
 */
export function watchForDeath(owner: object, name: string, child: ChildProcess, stopping: () => boolean, output: () => string): void {
  forgetDeath(owner);
  // 'close' rather than 'exit': by then its output has been read to the end.
  child.once('close', (code, signal) => {
    if (stopping()) return;
    const lastLines = output().split('\n').filter(Boolean).slice(-LAST_LINES).join('\n');
    deaths.set(owner, `${name} died (exit code ${code}, signal ${signal}); its last ${LAST_LINES} lines:\n${lastLines}`);
  });
}

export function forgetDeath(owner: object): void {
  deaths.delete(owner);
}

/** Fails with the report of the first process that died, if one did. */
export function throwIfAProcessDied(): void {
  for (const report of deaths.values()) throw new Error(report);
}

/** Fails with the report of `owner`'s process, if it died. */
export function throwIfDied(owner: object): void {
  const report = deaths.get(owner);
  if (report) throw new Error(report);
}
