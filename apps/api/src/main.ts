import 'reflect-metadata';
import { loadConfig } from '@hotline/config';
import { installProcessGuard } from '@hotline/platform';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  installProcessGuard();
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen({ port: config.http.port, host: config.http.host });
  // Fastify stops accepting and drains in-flight requests on close; a hung close must not block a redeploy.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), config.worker.shutdownTimeoutMs).unref());
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
