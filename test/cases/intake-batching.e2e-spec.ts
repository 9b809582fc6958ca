import { randomBytes } from 'node:crypto';
import { makeCaseInput, type Receipt, TestPlatform } from '@hotline/testing';
import { newPlatform } from '../platform';

/**
 * Public submissions that arrive together share one INSERT statement (IntakeService's batcher). Whatever the
 * batching, each submission is written exactly once with its first event and its routing job, a retry with the same
 * Idempotency-Key (even in the same batch) answers with the first case, and a row the database refuses fails only
 * its own submission: the rest of its batch is written.
 */
describe('public intake under concurrent load (batched inserts)', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false, env: { RATE_LIMIT_INTAKE: 'off' } });
  });
  afterAll(() => platform.stop());

  const post = async (body: unknown, key: string): Promise<{ status: number; body: Receipt }> => {
    const res = await fetch(`${platform.baseUrl}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Receipt };
  };

  const rowsFor = async (keys: string[]) => {
    const [row] = await platform.db.dataSource.query(
      `SELECT count(*)::int AS cases, count(DISTINCT tracking_code)::int AS codes,
              (SELECT count(*)::int FROM case_events e JOIN cases c2 ON c2.id = e.case_id WHERE c2.idempotency_key = ANY($1)) AS events,
              (SELECT count(*)::int FROM outbox o JOIN cases c3 ON o.payload->>'caseId' = c3.id::text
              WHERE c3.idempotency_key = ANY($1)) AS jobs
         FROM cases WHERE idempotency_key = ANY($1)`,
      [keys],
    );
    return row as { cases: number; codes: number; events: number; jobs: number };
  };

  it('writes 200 simultaneous submissions once each, and answers twin retries with the same case', async () => {
    const run = randomBytes(4).toString('hex');
    const distinct = Array.from({ length: 189 }, (_, i) => ({ key: `burst-${run}-${i}`, body: makeCaseInput() }));
    // Ten submissions sent twice at the same moment, as a client that retries at once would.
    const twins = distinct.slice(0, 10).map((s) => ({ ...s }));
    const denunciation = {
      key: `burst-${run}-denunciation`,
      body: makeCaseInput({
        kind: 'denunciation',
        citizen: { name: 'Trần Thị Bình', phone: '0987654321', address: '5 Hàng Bông', nationalId: '001234567890' },
      }),
    };
    const all = [...distinct, ...twins, denunciation];
    const answers = await Promise.all(all.map((s) => post(s.body, s.key)));

    expect(answers.filter((a) => a.status === 201)).toHaveLength(190);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(10);
    for (let i = 0; i < 10; i++) {
      const [first, twin] = [answers[i], answers[distinct.length + i]];
      expect(twin.body.id).toBe(first.body.id);
      expect(twin.body.trackingCode).toBe(first.body.trackingCode);
      expect(twin.body.accessKey).toBe(first.body.accessKey);
      expect([first.status, twin.status].sort()).toEqual([200, 201]);
    }
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(190);

    const keys = all.map((s) => s.key);
    expect(await rowsFor(keys)).toEqual({ cases: 190, codes: 190, events: 190, jobs: 190 });
    const denounced = answers[answers.length - 1].body.id;
    const [identity] = await platform.db.dataSource.query(`SELECT name, national_id FROM case_identities WHERE case_id = $1`, [denounced]);
    expect(identity).toEqual({ name: 'Trần Thị Bình', national_id: '001234567890' });
    const [onCase] = await platform.db.dataSource.query(`SELECT citizen_name, citizen_phone FROM cases WHERE id = $1`, [denounced]);
    expect(onCase).toEqual({ citizen_name: null, citizen_phone: null });
  });

  it('fails only the submission whose row the database refuses, and writes the rest of its batch', async () => {
    // A database-side refusal that validation cannot foresee, for one title only.
    await platform.db.dataSource.query(`
      CREATE FUNCTION test_refuse_case() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
      CREATE TRIGGER test_refuse_case BEFORE INSERT ON cases FOR EACH ROW WHEN (NEW.title LIKE '%REFUSE-ME%')
        EXECUTE FUNCTION test_refuse_case();`);
    try {
      const run = randomBytes(4).toString('hex');
      const batch = Array.from({ length: 60 }, (_, i) => ({
        key: `refuse-${run}-${i}`,
        body: makeCaseInput(i === 30 ? { title: 'Ổ gà REFUSE-ME trên phố Huế' } : {}),
      }));
      const answers = await Promise.all(batch.map((s) => post(s.body, s.key)));
      expect(answers[30].status).toBe(500);
      expect(answers.filter((a, i) => i !== 30 && a.status === 201)).toHaveLength(59);
      // Nothing of the refused one, everything of the others.
      expect(await rowsFor(batch.map((s) => s.key))).toEqual({ cases: 59, codes: 59, events: 59, jobs: 59 });
      expect(await rowsFor([batch[30].key])).toEqual({ cases: 0, codes: 0, events: 0, jobs: 0 });
    } finally {
      await platform.db.dataSource.query(`DROP TRIGGER test_refuse_case ON cases; DROP FUNCTION test_refuse_case()`);
    }
  });
});
