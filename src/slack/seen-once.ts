import { withTimeout } from '../time-limit.js';

/** "Is this the first time?" for ids that must be acted on once: event ids, request signatures. */
export interface SeenOnce {
  /** True the first time `id` is offered before `expiresAtMs`; false for a copy. */
  firstSight(id: string, expiresAtMs: number): Promise<boolean>;
}

/** A shared check slower than this is skipped (this instance's memory decides) so the request goes on. */
export const SHARED_CHECK_TIMEOUT_MS = 300;

/**
 * Several instances behind a load balancer: this instance's memory answers first (a copy it has
 * already had costs no database round trip), then the shared store decides. When the database does
 * not answer in time, the request goes on as if first seen, on this instance's word, and the problem
 * is reported: an answer twice is better than none while the database is away.
 */
export class SharedSeenOnce implements SeenOnce {
  private quietUntil = 0;
  private unreported = 0;

  constructor(
    private readonly shared: SeenOnce,
    private readonly local: SeenOnce,
    private readonly onProblem: (message: string) => void,
    private readonly timeoutMs = SHARED_CHECK_TIMEOUT_MS,
  ) {}

  async firstSight(id: string, expiresAtMs: number): Promise<boolean> {
    if (!(await this.local.firstSight(id, expiresAtMs))) return false;
    try {
      return await withTimeout(
        this.shared.firstSight(id, expiresAtMs),
        this.timeoutMs,
        `no answer within ${this.timeoutMs} ms`,
      );
    } catch (error) {
      this.report(error instanceof Error ? error.message : String(error));
      return true;
    }
  }

  /** At most one report a minute while the database is away, with how many checks it covers. */
  private report(reason: string): void {
    this.unreported++;
    const now = Date.now();
    if (now < this.quietUntil) return;
    const count = this.unreported === 1 ? '' : ` (${this.unreported} checks since the last report)`;
    this.onProblem(`the shared once-only check failed: ${reason}; this instance's memory decided${count}`);
    this.unreported = 0;
    this.quietUntil = now + 60_000;
  }
}
