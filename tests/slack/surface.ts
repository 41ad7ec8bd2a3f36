import type { ListenerDeps } from '../../src/slack/deps.js';
import { addListeners } from '../../src/slack/listeners/index.js';
import { MESSAGE_EVENTS } from '../../src/slack/listeners/messages/index.js';
import type { Router } from '../../src/slack/router.js';
import { deps } from './fakes.js';

/** What the code listens to, as the manifest must declare it. */
export interface Surface {
  commands: string[];
  /** Event subscriptions (`bot_events` in the manifest), including `message.*` ones. */
  events: string[];
  /** Action ids or patterns: any means interactivity must be on. */
  actions: string[];
  /** Modal callback ids (view submissions also need interactivity). */
  views: string[];
}

/**
 * Runs the real registration against a recorder, so the manifest test compares the manifest with
 * what the code actually registers rather than with a hand-kept list.
 */
export function listenedSurface(): Surface {
  const surface: Surface = { commands: [], events: [], actions: [], views: [] };
  const name = (x: unknown) => (x instanceof RegExp ? x.source : String(x));
  const recorder = {
    command: (id: unknown) => surface.commands.push(name(id)),
    event: (id: unknown) => surface.events.push(name(id)),
    message: () => surface.events.push(...MESSAGE_EVENTS),
    action: (id: unknown) => surface.actions.push(name(id)),
    view: (id: unknown) => surface.views.push(name(id)),
  };
  const inert: ListenerDeps = {
    answer: () => {
      throw new Error('not for answering');
    },
    ...deps(),
  };
  addListeners(recorder as unknown as Router, inert);
  return surface;
}
