import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { directMessage, onlyDirectMessages } from './direct-message.js';

/** The `message.*` event subscriptions the filter below admits, for the manifest check. */
export const MESSAGE_EVENTS = ['message.im'] as const;

export function register(app: App, deps: ListenerDeps): void {
  app.message(onlyDirectMessages, directMessage(deps));
}
