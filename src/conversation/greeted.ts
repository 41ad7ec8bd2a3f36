/** Who has been greeted in the Messages tab, so the welcome is sent once per person. */
export interface Greeted {
  /** Marks the user as greeted; true only the first time (check and mark in one step). */
  markGreeted(team: string, user: string): Promise<boolean>;
}

/** Beyond this many people the oldest are forgotten (and would be greeted again). */
export const GREETED_MAX_ENTRIES = 100_000;

/** In memory, for a single instance: a restart greets everyone once more. */
export class MemoryGreeted implements Greeted {
  private readonly seen = new Set<string>();

  constructor(private readonly maxEntries = GREETED_MAX_ENTRIES) {}

  async markGreeted(team: string, user: string): Promise<boolean> {
    const key = `${team}/${user}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    for (const oldest of this.seen) {
      if (this.seen.size <= this.maxEntries) break;
      this.seen.delete(oldest);
    }
    return true;
  }
}
