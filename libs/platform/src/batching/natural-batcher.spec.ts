import { NaturalBatcher } from './natural-batcher';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Turns of the event loop until `done` holds (a batch is cut at setImmediate, so its start is not one turn away). */
async function until(done: () => boolean): Promise<void> {
  for (let turn = 0; !done(); turn++) {
    if (turn > 100) throw new Error('condition not reached in 100 turns');
    await new Promise((r) => setImmediate(r));
  }
}

describe('NaturalBatcher', () => {
  it('runs items submitted in the same tick as one batch', async () => {
    const batches: number[][] = [];
    const batcher = new NaturalBatcher(
      async (items: number[]) => {
        batches.push(items);
        return items.map((n) => n * 10);
      },
      { maxInFlight: 1, maxBatchSize: 100 },
    );
    expect(await Promise.all([1, 2, 3].map((n) => batcher.submit(n)))).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('gathers the items that arrive while the batches in flight run into the next batch', async () => {
    const batches: number[][] = [];
    const gates = [deferred(), deferred()];
    const batcher = new NaturalBatcher(
      async (items: number[]) => {
        batches.push(items);
        await gates[batches.length - 1]?.promise;
        return items;
      },
      { maxInFlight: 1, maxBatchSize: 100 },
    );
    const first = batcher.submit(1);
    await until(() => batches.length === 1);
    const later = [2, 3, 4].map((n) => batcher.submit(n));
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([[1]]);
    gates[0].resolve();
    gates[1].resolve();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('starts another batch at once while fewer than maxInFlight run, and caps a batch at maxBatchSize', async () => {
    const batches: number[][] = [];
    const gate = deferred();
    const batcher = new NaturalBatcher(
      async (items: number[]) => {
        batches.push(items);
        await gate.promise;
        return items;
      },
      { maxInFlight: 2, maxBatchSize: 2 },
    );
    const first = batcher.submit(1);
    await until(() => batches.length === 1);
    const rest = [2, 3, 4].map((n) => batcher.submit(n));
    await until(() => batches.length === 2);
    expect(batches).toEqual([[1], [2, 3]]);
    gate.resolve();
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([[1], [2, 3], [4]]);
  });

  it('runs a failed batch again item by item, so only the bad item fails', async () => {
    const batches: number[][] = [];
    const batcher = new NaturalBatcher(
      async (items: number[]) => {
        batches.push(items);
        if (items.includes(2)) throw new Error(`bad item in ${items.join(',')}`);
        return items;
      },
      { maxInFlight: 1, maxBatchSize: 100 },
    );
    const results = await Promise.allSettled([1, 2, 3].map((n) => batcher.submit(n)));
    expect(results).toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'rejected', reason: new Error('bad item in 2') },
      { status: 'fulfilled', value: 3 },
    ]);
    expect(batches).toEqual([[1, 2, 3], [1], [2], [3]]);
  });

  it('fails every item at once when retryItemByItem says the error would fail them all alike', async () => {
    let calls = 0;
    const batcher = new NaturalBatcher(
      async () => {
        calls += 1;
        throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      },
      { maxInFlight: 1, maxBatchSize: 10, retryItemByItem: (err) => (err as { code?: string }).code !== 'ECONNREFUSED' },
    );
    const results = await Promise.allSettled([1, 2, 3].map((n) => batcher.submit(n)));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(calls).toBe(1);
  });
});
