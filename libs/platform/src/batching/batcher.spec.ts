import { Batcher } from './batcher';

/** A runner whose batches finish only when the test releases them, recording what each batch held. */
function controlledRunner() {
  const batches: number[][] = [];
  const releases: (() => void)[] = [];
  const run = (items: number[]) => {
    batches.push(items);
    return new Promise<PromiseSettledResult<number>[]>((resolve) => {
      releases.push(() => resolve(items.map((n) => (n < 0 ? { status: 'rejected', reason: new Error(`bad ${n}`) } : { status: 'fulfilled', value: n * 10 }))));
    });
  };
  return { batches, releases, run };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('Batcher', () => {
  it('runs a lone item at once, in a batch of its own', async () => {
    const { batches, releases, run } = controlledRunner();
    const batcher = new Batcher(run, { maxBatch: 10, maxInFlight: 2 });
    const result = batcher.add(1);
    await turn();
    expect(batches).toEqual([[1]]);
    releases[0]();
    await expect(result).resolves.toBe(10);
  });

  it('puts the items added in the same turn into one batch, and gathers the ones that wait into the next', async () => {
    const { batches, releases, run } = controlledRunner();
    const batcher = new Batcher(run, { maxBatch: 3, maxInFlight: 1 });
    const first = [1, 2].map((n) => batcher.add(n));
    await turn();
    expect(batches).toEqual([[1, 2]]);
    // While the only allowed batch runs, five more arrive: they wait, then go in batches of at most 3.
    const later = [3, 4, 5, 6, 7].map((n) => batcher.add(n));
    await turn();
    expect(batches).toHaveLength(1);
    expect(batcher.load).toEqual({ waiting: 5, inFlight: 1 });
    releases[0]();
    await expect(Promise.all(first)).resolves.toEqual([10, 20]);
    await turn();
    expect(batches).toEqual([[1, 2], [3, 4, 5]]);
    releases[1]();
    await turn();
    expect(batches).toEqual([[1, 2], [3, 4, 5], [6, 7]]);
    releases[2]();
    await expect(Promise.all(later)).resolves.toEqual([30, 40, 50, 60, 70]);
    expect(batcher.load).toEqual({ waiting: 0, inFlight: 0 });
  });

  it('reports an item’s own failure to that caller only', async () => {
    const { releases, run } = controlledRunner();
    const batcher = new Batcher(run, { maxBatch: 10, maxInFlight: 1 });
    const good = batcher.add(1);
    const bad = batcher.add(-1);
    await turn();
    releases[0]();
    await expect(good).resolves.toBe(10);
    await expect(bad).rejects.toThrow('bad -1');
  });

  it('fails every item of a batch whose runner throws, and goes on with the next batch', async () => {
    let calls = 0;
    const batcher = new Batcher<number, number>(
      async (items) => {
        calls += 1;
        if (calls === 1) throw new Error('connection lost');
        return items.map((n) => ({ status: 'fulfilled', value: n }));
      },
      { maxBatch: 10, maxInFlight: 1 },
    );
    const failed = [batcher.add(1), batcher.add(2)];
    await expect(Promise.all(failed.map((p) => p.catch((e: Error) => e.message)))).resolves.toEqual(['connection lost', 'connection lost']);
    await expect(batcher.add(3)).resolves.toBe(3);
  });

  it('fails the batch when the runner answers a different number of items', async () => {
    const batcher = new Batcher<number, number>(async () => [], { maxBatch: 10, maxInFlight: 1 });
    await expect(batcher.add(1)).rejects.toThrow('0 results for 1 items');
  });

  it('refuses a limit below one', () => {
    expect(() => new Batcher(async () => [], { maxBatch: 0, maxInFlight: 1 })).toThrow('at least 1');
  });
});
