import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { appHomeOpened } from './app-home-opened.js';
import { appMention } from './app-mention.js';
import { appUninstalled } from './app-uninstalled.js';
import { messagesTabOpened } from './messages-tab-opened.js';
import { tokensRevoked } from './tokens-revoked.js';

export function register(app: App, deps: ListenerDeps): void {
  app.event('app_mention', appMention(deps));
  app.event('app_home_opened', appHomeOpened(deps));
  app.event('app_home_opened', messagesTabOpened(deps));
  app.event('app_uninstalled', appUninstalled(deps));
  app.event('tokens_revoked', tokensRevoked(deps));
}
