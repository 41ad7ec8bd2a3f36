import type { Context } from '@slack/bolt';
import type { RenderOptions } from '../render/blocks.js';
import type { Asked, Store } from '../store/store.js';
import { noteAnswer } from './requests.js';

export interface LoopOptions {
  store?: Store | undefined;
  /** EXPERTS_CHANNEL: where "Ask an expert" posts. */
  expertsChannel?: string | undefined;
  /** KNOWLEDGE_OWNERS: who sees the gaps in the App Home. */
  owners?: readonly string[];
}

/**
 * Closing the loop on answers: what the listeners call after answering (record it, and say which
 * feedback and "Ask an expert" buttons go under the reply), and what the feedback, expert and owner
 * listeners need. Without a store it still offers "Ask an expert", which needs no database.
 */
export class Loop {
  readonly store: Store | undefined;
  readonly expertsChannel: string | undefined;
  private readonly owners: ReadonlySet<string>;

  constructor({ store, expertsChannel, owners = [] }: LoopOptions = {}) {
    this.store = store;
    this.expertsChannel = expertsChannel;
    this.owners = new Set(owners);
  }

  /**
   * Records one answered question (never waits on the database), notes it for the log line and
   * metrics of the request whose Bolt `context` is given, and returns the buttons it gets.
   */
  asked(event: Asked, context?: Context): Pick<RenderOptions, 'feedbackId' | 'askExpert'> {
    noteAnswer(context, event);
    const id = this.store?.recordQuestion(event);
    const { answer } = event;
    const short = answer.kind === 'not_found' || answer.coverage === 'partial';
    return {
      ...(id ? { feedbackId: id } : {}),
      ...(this.expertsChannel && short ? { askExpert: { questionId: id ?? '' } } : {}),
    };
  }

  isOwner(user: string): boolean {
    return this.owners.has(user);
  }
}
