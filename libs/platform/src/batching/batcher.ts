/**
 * Natural batching ("group commit" in the application): callers add one item each and await its own result; the
 * batcher runs `run` over many items at once. A batch starts at the end of the current event-loop turn when fewer
 * than `maxInFlight` batches are running, so a lone caller waits for no timer; under load, the items that arrive
 * while `maxInFlight` batches run are gathered into the next one (at most `maxBatch` items). Each batch is one round
 * trip and one commit instead of one per item.
 *
 * `run` answers each item separately (fulfilled or rejected, in the order given), so one item's failure is reported
 * to that caller only; a rejection of `run` itself fails every item of that batch.
 */
export interface BatcherOptions {
  /** The most items in one batch. */
  maxBatch: number;
  /** The most batches running at once (each usually holds one database connection). */
  maxInFlight: number;
}

export type BatchRunner<I, O> = (items: I[]) => Promise<PromiseSettledResult<O>[]>;

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (reason: unknown) => void;
}

export class Batcher<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly run: BatchRunner<I, O>,
    private readonly options: BatcherOptions,
  ) {
    if (options.maxBatch < 1 || options.maxInFlight < 1) throw new Error('Batcher: maxBatch and maxInFlight must be at least 1');
  }

  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Items waiting for a batch plus batches running: for metrics and shutdown. */
  get load(): { waiting: number; inFlight: number } {
    return { waiting: this.waiting.length, inFlight: this.inFlight };
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate, not a microtask: the requests parsed in the same poll phase all reach add() before the batch
    // is cut, so they share it.
    setImmediate(() => {
      this.scheduled = false;
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.inFlight < this.options.maxInFlight && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.maxBatch);
      this.inFlight += 1;
      void this.execute(batch);
    }
  }

  private async execute(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const results = await this.run(batch.map((w) => w.item));
      if (results.length !== batch.length) throw new Error(`Batcher: ${results.length} results for ${batch.length} items`);
      results.forEach((result, i) => (result.status === 'fulfilled' ? batch[i].resolve(result.value) : batch[i].reject(result.reason)));
    } catch (err) {
      for (const w of batch) w.reject(err);
    } finally {
      this.inFlight -= 1;
      if (this.waiting.length > 0) this.dispatch();
    }
  }
}
