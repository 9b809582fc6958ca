import { makeCaseInput, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/**
 * DATABASE_REPLICA_URL routes reports and exports, and nothing else. The "replica" here is a second platform's
 * database, whose cases differ from the primary's, so a read shows by its content which database answered.
 */
describe('reports and exports read from DATABASE_REPLICA_URL', () => {
  let replica: TestPlatform;
  let platform: TestPlatform;

  beforeAll(async () => {
    replica = await newPlatform().start({ worker: false });
    for (const n of [1, 2, 3])
      expect((await replica.request('POST', '/api/v1/cases', makeCaseInput({ title: `Chỉ có trên bản sao ${n}` }))).status).toBe(201);
    platform = await newPlatform().start({ env: { DATABASE_REPLICA_URL: replica.db.url } });
  });
  afterAll(async () => {
    await platform?.stop();
    await replica?.stop();
  });
  it('the staff list reads the primary, the CSV export reads the replica', async () => {
    const submitted = await platform.request<{ id: string }>('POST', '/api/v1/cases', makeCaseInput({ title: 'Chỉ có trên bản chính' }));
    expect(submitted.status).toBe(201);
    const secretariat = await platform.login(...USERS.secretariat);
    const list = await platform.request<{ items: { title: string }[] }>('GET', '/api/v1/cases', undefined, secretariat);
    expect(list.body.items.map((c) => c.title)).toEqual(['Chỉ có trên bản chính']);
    const csv = await platform.request<string>('GET', '/api/v1/cases/export.csv', undefined, secretariat);
    expect(csv.status).toBe(200);
    expect(csv.body).not.toContain('Chỉ có trên bản chính');
    for (const n of [1, 2, 3]) expect(csv.body).toContain(`Chỉ có trên bản sao ${n}`);
  });
});
