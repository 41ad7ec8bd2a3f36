import type { ListenerDeps } from '../../deps.js';
import type { Router } from '../../router.js';
import { ROLE_COMMAND, roleCommand } from './role.js';

export function register(router: Router, deps: ListenerDeps): void {
  router.command(ROLE_COMMAND, roleCommand(deps));
}
