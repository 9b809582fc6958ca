import 'reflect-metadata';
import { loadConfig } from '@hotline/config';
import { installProcessGuard } from '@hotline/platform';
import { createWorker } from './bootstrap';

async function main(): Promise<void> {
  installProcessGuard();
  const config = loadConfig();
  await createWorker(config);
  // A hung shutdown must not block a redeploy: after the timeout the process exits and BullMQ retries the stalled jobs.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), config.worker.shutdownTimeoutMs).unref());
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
