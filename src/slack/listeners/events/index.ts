import type { ListenerDeps } from '../../deps.js';
import type { Router } from '../../router.js';
import { appHomeOpened } from './app-home-opened.js';
import { appMention } from './app-mention.js';
import { appUninstalled } from './app-uninstalled.js';
import { messagesTabOpened } from './messages-tab-opened.js';
import { tokensRevoked } from './tokens-revoked.js';

export function register(router: Router, deps: ListenerDeps): void {
  router.event('app_mention', appMention(deps));
  router.event('app_home_opened', appHomeOpened(deps));
  router.event('app_home_opened', messagesTabOpened(deps));
  router.event('app_uninstalled', appUninstalled(deps));
  router.event('tokens_revoked', tokensRevoked(deps));
}
