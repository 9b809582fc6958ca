/**
 * 1,000 generated bad inputs (fast-check) against the public endpoints: intake, tracking and feedback. Each one must
 * get a 4xx in the error format, never a 5xx, and together they must leave every table's row count unchanged.
 * Intake bodies are a valid submission with one or more guaranteed faults (a required field removed, a wrong type,
 * a value out of range, an unknown field, a bad nested contact…) or an arbitrary JSON value; tracking takes random
 * codes and keys, including ones shaped like real codes.
 */
import fc from 'fast-check';
import { makeCaseInput, TestPlatform } from '@hotline/testing';
import { newPlatform } from '../platform';

interface Attempt {
  method: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

/** The intake's honeypot field: filling it gets a fake receipt by design (see README), so it is not a fault here. */
const HONEYPOT = 'website';
const RUNS = { intakeMutations: 500, intakeArbitrary: 150, tracking: 200, feedback: 150 };

/** One fault that makes a valid submission invalid, whatever else is in it. */
const fault: fc.Arbitrary<(input: Record<string, unknown>) => void> = fc.oneof(
  fc.constantFrom('kind', 'title', 'description').map((key) => (input: Record<string, unknown>) => void delete input[key]),
  fc
    .record({
      key: fc.constantFrom(
        'kind',
        'title',
        'description',
        'categoryCode',
        'areaCode',
        'address',
        'anonymous',
        'public',
        'citizen',
        'location',
      ),
      value: fc.oneof(
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
        fc.object({ maxDepth: 1 }),
      ),
    })
    // null is "absent" for an optional field: not a fault by itself (citizen: null plus anonymous: true is a valid case).
    .filter(
      ({ key, value }) =>
        !(['anonymous', 'public'].includes(key) && typeof value === 'boolean') &&
        !(['categoryCode', 'areaCode', 'address', 'location', 'anonymous', 'public', 'citizen'].includes(key) && value === null),
    )
    .map(
      ({ key, value }) =>
        (input: Record<string, unknown>) =>
          void (input[key] = value),
    ),
  fc
    .string({ maxLength: 40 })
    .filter((s) => !['feedback', 'question', 'petition', 'complaint', 'denunciation'].includes(s))
    .map((kind) => (input: Record<string, unknown>) => void (input.kind = kind)),
  fc.string({ maxLength: 4 }).map((title) => (input: Record<string, unknown>) => void (input.title = title)),
  fc.integer({ min: 10_001, max: 12_000 }).map((n) => (input: Record<string, unknown>) => void (input.description = 'd'.repeat(n))),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((k) => /^[a-zA-Z_$][\w$]*$/.test(k) && !(k in makeCaseInput()) && k !== HONEYPOT)
    .map((k) => (input: Record<string, unknown>) => void (input[k] = 'x')),
  fc
    .constantFrom('__proto__', 'constructor', 'prototype')
    .map(
      (k) => (input: Record<string, unknown>) =>
        void Object.defineProperty(input, k, { value: { admin: true }, enumerable: true, configurable: true, writable: true }),
    ),
  fc
    .record({
      lat: fc.oneof(fc.double({ min: 90.0001, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: -90.0001, noNaN: true })),
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
    })
    .map((location) => (input: Record<string, unknown>) => void (input.location = location)),
  fc
    .string({ minLength: 1, maxLength: 15 })
    .filter((p) => !/^(\+84|0084|0)[ .-]?[1-9](?:[ .-]?\d){8,9}$/.test(p))
    .map((phone) => (input: Record<string, unknown>) => void (input.citizen = { name: 'Phạm Thị Dung', phone })),
  fc
    .string({ maxLength: 30 })
    .filter((e) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e))
    .map((email) => (input: Record<string, unknown>) => void (input.citizen = { name: 'Phạm Thị Dung', email })),
  fc.constant((input: Record<string, unknown>) => void (input.citizen = { name: 'Phạm Thị Dung' })),
  fc.constant((input: Record<string, unknown>) => void (input.anonymous = true)),
  fc.constant((input: Record<string, unknown>) => {
    delete input.citizen;
    input.kind = 'denunciation';
    input.anonymous = true;
  }),
);

const intakeMutation: fc.Arbitrary<Attempt> = fc.array(fault, { minLength: 1, maxLength: 3 }).map((faults) => {
  const input = makeCaseInput();
  for (const apply of faults) apply(input);
  return { method: 'POST', path: '/api/v1/cases', body: JSON.stringify(input), headers: { 'content-type': 'application/json' } };
});

const intakeArbitrary: fc.Arbitrary<Attempt> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => ({
    method: 'POST',
    path: '/api/v1/cases',
    body: JSON.stringify(value),
    headers: { 'content-type': 'application/json' },
  })),
  fc
    .string({ maxLength: 200 })
    .map((raw) => ({ method: 'POST', path: '/api/v1/cases', body: raw, headers: { 'content-type': 'application/json' } })),
  fc
    .tuple(
      fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'),
      fc.string({ maxLength: 100 }),
    )
    .map(([type, raw]) => ({ method: 'POST', path: '/api/v1/cases', body: raw, headers: { 'content-type': type } })),
);

const trackingCode = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc
    .tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 0, max: 999_999 }))
    .map(([y, n]) => `HN-${y}-${String(n).padStart(6, '0')}`),
);
const tracking: fc.Arbitrary<Attempt> = fc.tuple(trackingCode, fc.option(fc.string({ maxLength: 40 }))).map(([code, key]) => ({
  method: 'GET',
  path: `/api/v1/cases/track/${encodeURIComponent(code)}${key === null ? '' : `?key=${encodeURIComponent(key)}`}`,
}));

const feedback: fc.Arbitrary<Attempt> = fc.tuple(trackingCode, fc.jsonValue({ maxDepth: 2 })).map(([code, body]) => ({
  method: 'POST',
  path: `/api/v1/cases/track/${encodeURIComponent(code)}/feedback`,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
}));

describe('1,000 generated bad inputs to the public endpoints', () => {
  let platform: TestPlatform;
  const seen: Record<string, number> = {};

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false });
    // A real case, so that generated tracking requests also meet an existing code with wrong keys.
    const res = await platform.request('POST', '/api/v1/cases', makeCaseInput());
    expect(res.status).toBe(201);
  });
  afterAll(() => platform.stop());

  async function send(attempt: Attempt): Promise<void> {
    const res = await fetch(`${platform.baseUrl}${attempt.path}`, { method: attempt.method, headers: attempt.headers, body: attempt.body });
    const text = await res.text();
    seen[res.status] = (seen[res.status] ?? 0) + 1;
    if (res.status < 400 || res.status >= 500) {
      throw new Error(`${attempt.method} ${attempt.path} ${attempt.body?.slice(0, 300) ?? ''} → ${res.status} ${text.slice(0, 300)}`);
    }
    const body = JSON.parse(text) as { statusCode?: number; error?: string; message?: string };
    if (body.statusCode !== res.status || !body.error || !body.message) throw new Error(`not the error format: ${text.slice(0, 300)}`);
  }

  it('answers every one with a 4xx in the error format and writes nothing', async () => {
    const before = await platform.db.rowCounts();
    for (const [arbitrary, numRuns] of [
      [intakeMutation, RUNS.intakeMutations],
      [intakeArbitrary, RUNS.intakeArbitrary],
      [tracking, RUNS.tracking],
      [feedback, RUNS.feedback],
    ] as const) {
      await fc.assert(fc.asyncProperty(arbitrary, send), { numRuns, endOnFailure: true });
    }
    const total = Object.values(seen).reduce((a, b) => a + b, 0);
    process.stdout.write(`bad inputs sent: ${total}; answers by status: ${JSON.stringify(seen)}\n`);
    expect(total).toBe(1000);
    expect(await platform.db.rowCounts()).toEqual(before);
  });
});
