import type { Turn } from '../answer/types.js';

/** One conversation: a Slack thread, a DM, or the terminal. */
export interface ConversationKey {
  team: string;
  channel: string;
  /** The thread's ts; '' for the top level of a DM (and for the terminal). */
  thread: string;
}

/**
 * Where each conversation's last turn is kept, so a follow-up ("and their salary?") can be read
 * against it. Async and small so that a database can back it and several instances share it; the
 * engine never sees it (the listener fetches the turn and passes it in).
 */
export interface ConversationContext {
  /** The conversation's last turn, unless it is older than the time limit. */
  get(key: ConversationKey): Promise<Turn | undefined>;
  /** Replaces the conversation's last turn and restarts its time limit. */
  set(key: ConversationKey, turn: Turn): Promise<void>;
}

/** A thread picked up after a day is a new conversation. */
export const CONTEXT_TTL_MS = 24 * 60 * 60 * 1000;
/** Enough for every live thread of a large workspace; the oldest is forgotten first. */
export const CONTEXT_MAX_ENTRIES = 10_000;

export const keyString = ({ team, channel, thread }: ConversationKey) => `${team}/${channel}/${thread}`;

/** In memory, for local mode and a single instance: bounded in size and by the time limit. */
export class MemoryConversationContext implements ConversationContext {
  private readonly turns = new Map<string, { turn: Turn; at: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor({
    ttlMs = CONTEXT_TTL_MS,
    maxEntries = CONTEXT_MAX_ENTRIES,
    now = Date.now,
  }: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.now = now;
  }

  async get(key: ConversationKey): Promise<Turn | undefined> {
    const k = keyString(key);
    const entry = this.turns.get(k);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.turns.delete(k);
      return undefined;
    }
    return entry.turn;
  }

  async set(key: ConversationKey, turn: Turn): Promise<void> {
    const k = keyString(key);
    // Re-inserting moves the key to the end: the Map's order is oldest write first.
    this.turns.delete(k);
    this.turns.set(k, { turn, at: this.now() });
    if (this.turns.size <= this.maxEntries) return;
    for (const oldest of this.turns.keys()) {
      if (this.turns.size <= this.maxEntries) break;
      this.turns.delete(oldest);
    }
  }

  get size(): number {
    return this.turns.size;
  }
}
