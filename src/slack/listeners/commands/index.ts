import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { ROLE_COMMAND, roleCommand } from './role.js';

export function register(app: App, deps: ListenerDeps): void {
  app.command(ROLE_COMMAND, roleCommand(deps));
}
