import { type CaseList, makeCaseInput, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** The staff list counts exactly up to ten pages past the current one; beyond that `total` is a lower bound. */
describe('staff case list: bounded total', () => {
  const CASES = 14;
  let platform: TestPlatform;
  let secretariat: string;
  const list = (query: string) => platform.request<CaseList>('GET', `/api/v1/cases?status=received&${query}`, undefined, secretariat);

  beforeAll(async () => {
    // No worker: every case stays `received`, so the filter below matches exactly the submitted ones.
    platform = await newPlatform().start({ worker: false });
    secretariat = await platform.login(...USERS.secretariat);
    for (let i = 0; i < CASES; i++) {
      const { status } = await platform.request(
        'POST',
        '/api/v1/cases',
        makeCaseInput({ citizen: { name: 'Trần Văn Bình', phone: '0987654321' } }),
      );
      expect(status).toBe(201);
    }
  });
  afterAll(() => platform.stop());

  it('gives the exact total when the matching cases fit within ten pages past the current one', async () => {
    const { status, body } = await list('pageSize=2');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: CASES, totalExact: true, page: 1, pageSize: 2 });
    expect(body.items).toHaveLength(2);
  });

  it('stops counting ten pages past the current one and says the total is a lower bound', async () => {
    const first = await list('pageSize=1');
    expect(first.body).toMatchObject({ total: 11, totalExact: false });
    // From page 4 on, ten pages ahead reach past the last case: the total is exact again.
    const fourth = await list('pageSize=1&page=4');
    expect(fourth.body).toMatchObject({ total: CASES, totalExact: true });
    expect(fourth.body.items).toHaveLength(1);
  });

  it('counts exactly on a page past the end', async () => {
    const { body } = await list('pageSize=5&page=9');
    expect(body).toMatchObject({ total: CASES, totalExact: true, items: [] });
  });

  it('pages through every matching case once, newest first, whatever the count says', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= CASES; page++) seen.push(...(await list(`pageSize=1&page=${page}`)).body.items.map((c) => c.trackingCode));
    expect(new Set(seen).size).toBe(CASES);
    expect([...seen].sort().reverse()).toEqual(seen);
  });
});
