export interface NaturalBatcherOptions {
  /** Batches allowed to run at once; further items wait and go together into the next batch. */
  maxInFlight: number;
  /** The most items one batch takes. */
  maxBatchSize: number;
  /**
   * Whether a failed batch is worth running again item by item (default: always). Say no for errors that would fail
   * every item alike (the database is away), so the callers hear at once instead of after one failure per item.
   */
  retryItemByItem?: (err: unknown) => boolean;
}

interface Pending<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

/**
 * Coalesces concurrent calls into batches without waiting on a timer: an item runs at once (with whatever else
 * arrived in the same tick) while fewer than `maxInFlight` batches run; otherwise it waits, and every item that waited
 * goes into the batch started when one finishes. Light load gives batches of one and no added latency; heavy load
 * gives batches as large as the work piled up meanwhile.
 *
 * `run` returns one result per item, in order. A batch that fails is run again item by item (each alone, one after
 * another in the failed batch's slot), so one bad item fails only its own call.
 */
export class NaturalBatcher<T, R> {
  private readonly waiting: Pending<T, R>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly run: (items: T[]) => Promise<R[]>,
    private readonly options: NaturalBatcherOptions,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.scheduled) {
        // Items submitted in the same event-loop turn share a batch: setImmediate, not a microtask, so the requests (or
        // jobs) whose I/O arrived in the same poll phase all reach submit() before the batch is cut.
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.maxBatchSize);
      this.inFlight += 1;
      void this.runBatch(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async runBatch(batch: Pending<T, R>[]): Promise<void> {
    try {
      const results = await this.run(batch.map((p) => p.item));
      if (results.length !== batch.length) throw new Error(`batch of ${batch.length} returned ${results.length} results`);
      batch.forEach((p, i) => p.resolve(results[i]));
    } catch (err) {
      if (batch.length === 1 || this.options.retryItemByItem?.(err) === false) {
        for (const p of batch) p.reject(err);
        return;
      }
      for (const p of batch) {
        try {
          const [result] = await this.run([p.item]);
          p.resolve(result);
        } catch (itemErr) {
          p.reject(itemErr);
        }
      }
    }
  }
}
