/**
 * A bounded queue between the listeners and the database. `push` never waits and never throws, so
 * nothing a user sees depends on the database; a background loop writes what is queued in batches,
 * retrying with backoff while the database is slow, locked or down. When the queue is full the oldest
 * items are dropped and counted: a loss is logged with its size, never silent.
 */
export interface WriteBufferOptions<T> {
  /** Writes one batch, all or nothing (a transaction). */
  write(batch: T[]): Promise<void>;
  /** Told about each failed attempt and each loss, with the figures so far. */
  onProblem?(message: string, stats: WriteStats): void;
  capacity?: number;
  batchSize?: number;
  /**
   * How long items wait to be batched with others (a full batch goes at once). Long enough for a
   * burst to go in a few transactions: each commit writes every index page it touched to SQLite's
   * WAL (a checkpoint copies them again), so 25 records a commit cost about twice as much each as 200.
   */
  delayMs?: number;
  maxBackoffMs?: number;
}

export interface WriteStats {
  /** Items accepted by push. */
  queued: number;
  written: number;
  /** Items queued while writes were failing, and written once the database was back. */
  writtenLate: number;
  /** Items dropped because the queue was full, or still queued at close. */
  lost: number;
  failedAttempts: number;
  pending: number;
}

export class WriteBuffer<T> {
  private readonly items: T[] = [];
  /** Items at the head of `items` that were queued while writes were failing. */
  private late = 0;
  /** Items at the head of `items` that a write is busy with: never dropped under it. */
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  /** When the timer fires, so a full batch can bring it forward. */
  private timerDue = 0;
  private running: Promise<void> | undefined;
  private backoffMs = 0;
  private closed = false;
  private readonly counts = { queued: 0, written: 0, writtenLate: 0, lost: 0, failedAttempts: 0 };
  private readonly capacity: number;
  private readonly batchSize: number;
  private readonly delayMs: number;
  private readonly maxBackoffMs: number;

  constructor(private readonly options: WriteBufferOptions<T>) {
    this.capacity = options.capacity ?? 10_000;
    this.batchSize = Math.min(options.batchSize ?? 200, this.capacity);
    this.delayMs = options.delayMs ?? 1_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 5_000;
  }

  push(item: T): void {
    if (this.closed) {
      this.lose(1, 'a record arrived after the store closed');
      return;
    }
    this.counts.queued++;
    this.items.push(item);
    if (this.backoffMs > 0) this.late++;
    if (this.items.length > this.capacity) {
      // Drop the oldest items that no write is busy with.
      const dropped = this.items.splice(this.inFlight, this.items.length - this.capacity).length;
      this.late = Math.min(this.late, this.items.length);
      this.lose(dropped, `the write buffer is full (${this.capacity})`);
    }
    this.schedule(this.wait());
  }

  stats(): WriteStats {
    return { ...this.counts, pending: this.items.length };
  }

  /** Writes what is queued, trying until `deadlineMs` has passed; what is left then is lost. */
  async close(deadlineMs = 3_000): Promise<WriteStats> {
    this.closed = true;
    clearTimeout(this.timer);
    const end = Date.now() + deadlineMs;
    while (this.items.length > 0 && Date.now() < end) {
      await this.running;
      if (this.items.length === 0) break;
      await this.flush();
      if (this.backoffMs > 0 && this.items.length > 0) {
        await new Promise((r) => setTimeout(r, Math.min(this.backoffMs, Math.max(0, end - Date.now()))));
      }
    }
    if (this.items.length > 0)
      this.lose(this.items.splice(0).length, 'the store closed before they were written');
    return this.stats();
  }

  /**
   * Resolves once everything queued so far is written (or the buffer gave up on it), writing it now
   * rather than when the batch would have gone. For tests and figures.
   */
  async drained(timeoutMs = 10_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while ((this.items.length > 0 || this.running) && Date.now() < end) {
      if (!this.running && this.backoffMs === 0 && !this.closed) {
        clearTimeout(this.timer);
        this.timer = undefined;
        void this.flush();
      }
      await (this.running ?? new Promise((r) => setTimeout(r, 10)));
    }
  }

  /** Until the next write: the backoff while writes fail, none for a full batch, else the batching delay. */
  private wait(): number {
    if (this.backoffMs > 0) return this.backoffMs;
    return this.items.length >= this.batchSize ? 0 : this.delayMs;
  }

  private schedule(ms: number): void {
    if (this.running || this.closed) return;
    const due = Date.now() + ms;
    if (this.timer) {
      if (due >= this.timerDue) return;
      clearTimeout(this.timer);
    }
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
    // Never keep the process alive just to write a record: close() flushes on shutdown.
    this.timer.unref();
  }

  private flush(): Promise<void> {
    if (!this.running) {
      this.running = this.writeBatches().finally(() => {
        this.running = undefined;
        if (this.items.length > 0) this.schedule(this.wait());
      });
    }
    return this.running;
  }

  private async writeBatches(): Promise<void> {
    while (this.items.length > 0) {
      const batch = this.items.slice(0, this.batchSize);
      this.inFlight = batch.length;
      try {
        await this.options.write(batch);
      } catch (error) {
        this.inFlight = 0;
        this.counts.failedAttempts++;
        this.late = this.items.length;
        this.backoffMs = Math.min(this.maxBackoffMs, Math.max(100, this.backoffMs * 2));
        this.options.onProblem?.(
          `could not write ${batch.length} record(s), retrying in ${this.backoffMs} ms: ${(error as Error).message}`,
          this.stats(),
        );
        return;
      }
      this.inFlight = 0;
      const done = batch.length;
      this.items.splice(0, done);
      this.counts.written += done;
      const late = Math.min(done, this.late);
      this.counts.writtenLate += late;
      this.late -= late;
      this.backoffMs = 0;
    }
  }

  private lose(count: number, why: string): void {
    this.counts.lost += count;
    this.options.onProblem?.(
      `lost ${count} record(s): ${why}; ${this.counts.lost} lost in all`,
      this.stats(),
    );
  }
}
