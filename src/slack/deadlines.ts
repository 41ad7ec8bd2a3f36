/**
 * Calls back whatever is still waiting when its time is up, on one timer for all of them: for the
 * time limits each request carries (its ack within 3 s, its answer within the ack's budget), which
 * are nearly always met within milliseconds. A timer set and cleared per request cost more than the
 * rest of that bookkeeping: Node files timers by duration, as lists in a priority queue, and a list
 * that empties is taken out of the queue and put back at the next request.
 */
export class Deadlines {
  private readonly waiting = new Set<{ at: number; late: () => void }>();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;

  /** Calls `late` in `ms` unless the returned function is called first. */
  add(ms: number, late: () => void): () => void {
    const entry = { at: Date.now() + ms, late };
    this.waiting.add(entry);
    if (entry.at < this.timerAt) this.arm(entry.at);
    return () => {
      this.waiting.delete(entry);
    };
  }

  private arm(at: number): void {
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.fire(), Math.max(0, at - Date.now()));
    // The callbacks only change how a reply goes out; they never need to keep the process up.
    this.timer.unref();
  }

  private fire(): void {
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    const now = Date.now();
    const due: Array<() => void> = [];
    let next = Number.POSITIVE_INFINITY;
    for (const entry of this.waiting) {
      if (entry.at <= now) {
        this.waiting.delete(entry);
        due.push(entry.late);
      } else if (entry.at < next) {
        next = entry.at;
      }
    }
    // Armed again before any callback runs, so one that throws leaves the others on time.
    if (next < Number.POSITIVE_INFINITY) this.arm(next);
    for (const late of due) late();
  }
}

/** The one the app's requests share. */
export const deadlines = new Deadlines();
