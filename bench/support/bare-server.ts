/**
 * Bare Fastify baselines (no Nest, no validation pipe, no TypeORM, no rate limit, no log line), through a pg pool of
 * the API's size:
 * - the tracking benchmark's: `GET /api/v1/cases/track/:trackingCode?key=` with the same single indexed query on
 *   `cases.tracking_code` and the same constant-time key check as the real endpoint;
 * - the intake benchmark's ceiling: `POST /bench/insert` runs pgbench's own single-row INSERT (prepared) for the
 *   JSON body it is sent, and answers 201: what HTTP alone costs on top of pgbench, doing none of intake's work.
 * Environment: DATABASE_URL, PORT (loopback only).
 */
import Fastify from 'fastify';
import { Pool } from 'pg';
import { accessKeyMatches } from '../../libs/cases/src/intake/tracking-code';

interface TrackRow {
  tracking_code: string;
  kind: string;
  title: string;
  status: string;
  is_public: boolean;
  received_at: Date;
  answer: string | null;
  answered_at: Date | null;
  access_key_hash: Buffer;
}

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, application_name: 'bench-bare-track' });
  const app = Fastify({ logger: false });
  app.get('/health/live', async () => ({ status: 'ok' }));
  app.get<{ Params: { trackingCode: string }; Querystring: { key?: string } }>('/api/v1/cases/track/:trackingCode', async (req, reply) => {
    const { rows } = await pool.query<TrackRow>(
      `SELECT tracking_code, kind, title, status, is_public, received_at, answer, answered_at, access_key_hash
       FROM cases WHERE tracking_code = $1`,
      [req.params.trackingCode.toUpperCase()],
    );
    const row = rows[0];
    if (!row || (!row.is_public && !accessKeyMatches(req.query.key, row.access_key_hash))) {
      return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'No case with this tracking code and access key' });
    }
    return {
      trackingCode: row.tracking_code,
      kind: row.kind,
      title: row.title,
      status: row.status,
      public: row.is_public,
      receivedAt: row.received_at,
      answer: row.answer ?? undefined,
      answeredAt: row.answered_at ?? undefined,
    };
  });
  app.post<{ Body: { title: string; description: string; citizen?: { phone?: string } } }>('/bench/insert', async (req, reply) => {
    const { rows } = await pool.query<{ id: string }>({
      name: 'bench_insert',
      text: `INSERT INTO bench_insert (title, description, phone) VALUES ($1, $2, $3) RETURNING id`,
      values: [req.body.title, req.body.description, req.body.citizen?.phone ?? null],
    });
    return reply.code(201).send({ id: rows[0].id });
  });
  await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
  process.once('SIGTERM', () => void app.close().then(() => pool.end()));
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
