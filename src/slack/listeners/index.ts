import type { ListenerDeps } from '../deps.js';
import { Router } from '../router.js';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import * as events from './events/index.js';
import * as messages from './messages/index.js';
import * as views from './views/index.js';

/** Adds every listener to `router`, folder by folder (the layout of Slack's bolt-ts-starter-template). */
export function addListeners(router: Router, deps: ListenerDeps): void {
  commands.register(router, deps);
  events.register(router, deps);
  messages.register(router, deps);
  actions.register(router, deps);
  views.register(router, deps);
}

/** Every listener, behind one router that picks the ones a request is for (see router.ts). */
export function listenerRouter(deps: ListenerDeps): Router {
  const router = new Router();
  addListeners(router, deps);
  return router;
}
