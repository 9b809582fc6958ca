import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACTED_PATHS } from './logging.module';

/** Logs `entries` through pino with the platform's redaction and returns the written lines. */
function logLines(...entries: Record<string, unknown>[]): string {
  const chunks: string[] = [];
  const sink = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
  const logger = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
  for (const entry of entries) logger.info(entry, 'event');
  return chunks.join('');
}

describe('log redaction', () => {
  const personal = {
    name: 'Trần Thị Bình',
    phone: '0987654321',
    email: 'binh.tran@example.com',
    address: '12 ngõ Huế',
    nationalId: '001085012345',
  };

  it('hides contact and identity fields at the top level and one level down', () => {
    const out = logLines(
      { phone: personal.phone, email: personal.email, address: personal.address, nationalId: personal.nationalId },
      { citizen: personal },
      { identity: personal },
      { job: { recipient: personal.email, params: { name: personal.name } } },
      { user: { fullName: personal.name, email: personal.email } },
    );
    for (const value of Object.values(personal)) expect(out).not.toContain(value);
    expect(out).toContain('[redacted]');
  });

  it('hides free text and request bodies', () => {
    const out = logLines(
      { body: { citizen: personal } },
      { req: { body: 'Tôi là Trần Thị Bình' } },
      { event: { note: 'gọi 0987654321', description: 'x', comment: 'y' } },
    );
    expect(out).not.toContain('Trần Thị Bình');
    expect(out).not.toContain('0987654321');
  });

  it('hides the bound values and driver detail of a failed query, keeping the message', () => {
    const err = Object.assign(new Error('duplicate key value violates unique constraint'), {
      query: 'INSERT INTO cases ...',
      parameters: [personal.name, personal.phone],
      detail: `Key (citizen_phone)=(${personal.phone}) already exists.`,
      driverError: { detail: `Key (citizen_phone)=(${personal.phone}) already exists.` },
    });
    const out = logLines({ err });
    expect(out).not.toContain(personal.phone);
    expect(out).not.toContain(personal.name);
    expect(out).toContain('duplicate key value violates unique constraint');
  });

  it('keeps the fields operations need', () => {
    const out = logLines({ caseId: 'c-1', userId: 'u-1', reason: 'wrong_password', route: '/api/v1/cases/:id', statusCode: 200 });
    expect(JSON.parse(out)).toMatchObject({
      caseId: 'c-1',
      userId: 'u-1',
      reason: 'wrong_password',
      route: '/api/v1/cases/:id',
      statusCode: 200,
    });
  });
});
