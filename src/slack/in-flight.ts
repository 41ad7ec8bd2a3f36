/**
 * Counts requests still being answered, so a shutdown can let them finish: in HTTP mode Slack got
 * its ack long ago, and stopping mid-answer would leave the user with silence.
 */
export class InFlight {
  private count = 0;
  private idle: Array<() => void> = [];

  /** Runs one request's work, counted until it settles. */
  async during(work: () => Promise<void>): Promise<void> {
    this.count++;
    try {
      await work();
    } finally {
      this.count--;
      if (this.count === 0) for (const wake of this.idle.splice(0)) wake();
    }
  }

  get size(): number {
    return this.count;
  }

  /** Resolves when nothing is in flight, or after `timeoutMs` whatever remains. */
  drained(timeoutMs: number): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
