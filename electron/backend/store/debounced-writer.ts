/** Coalesces bursts of saves into one write per key, keeps writes to one key in order, and can flush on demand. */
export class DebouncedWriter {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly pending = new Map<string, () => Promise<void>>();
  private readonly chains = new Map<string, Promise<void>>();

  constructor(
    private readonly delayMs: number,
    private readonly onError: (key: string, error: unknown) => void,
  ) {}

  /** Replaces any pending write for `key` with `write`, run after the delay. */
  schedule(key: string, write: () => Promise<void>): void {
    this.pending.set(key, write);
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.set(
      key,
      setTimeout(() => void this.run(key), this.delayMs),
    );
  }

  /** Drops a pending write (e.g. the project was deleted). */
  cancel(key: string): void {
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.delete(key);
    this.pending.delete(key);
  }

  /** Runs every pending write now and waits for all writes in flight. */
  async flush(): Promise<void> {
    const keys = [...this.pending.keys()];
    await Promise.all(keys.map((k) => this.run(k)));
    await Promise.all([...this.chains.values()]);
  }

  hasPending(): boolean {
    return this.pending.size > 0;
  }

  private run(key: string): Promise<void> {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    const write = this.pending.get(key);
    this.pending.delete(key);
    const previous = this.chains.get(key) ?? Promise.resolve();
    if (!write) return previous;
    const next = previous.then(write).catch((error: unknown) => this.onError(key, error));
    this.chains.set(key, next);
    return next;
  }
}
