/**
 * A value loaded on first use and reloaded when older than `ttlMs` or invalidated. Concurrent readers share one
 * load; a failed load is forgotten, so the next reader tries again.
 */
export class RefreshingValue<T> {
  private current?: { at: number; value: Promise<T> };

  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs: number,
  ) {}

  get(fresh = false): Promise<T> {
    if (fresh || !this.current || Date.now() - this.current.at > this.ttlMs) {
      const value = this.load();
      const entry = { at: Date.now(), value };
      this.current = entry;
      value.catch(() => {
        if (this.current === entry) this.current = undefined;
      });
    }
    return this.current.value;
  }

  invalidate(): void {
    this.current = undefined;
  }
}
