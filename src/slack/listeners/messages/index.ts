import type { ListenerDeps } from '../../deps.js';
import type { Router } from '../../router.js';
import { directMessage, isDirectMessage } from './direct-message.js';

/** The `message.*` event subscriptions the filter below admits, for the manifest check. */
export const MESSAGE_EVENTS = ['message.im'] as const;

export function register(router: Router, deps: ListenerDeps): void {
  router.message(isDirectMessage, directMessage(deps));
}
