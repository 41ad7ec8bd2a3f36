import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';
import { publishHome } from '../../home.js';

/**
 * Publishes the Home tab whenever someone opens it. The view is built once at start-up (it depends
 * only on the knowledge base), so for most people this is one Web API call; knowledge owners also
 * get the week's figures. A failure is logged: there is nobody to apologise to, and the previous
 * Home tab stays visible.
 */
export const appHomeOpened =
  (deps: ListenerDeps) =>
  async ({ event, client, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>) => {
    if (event.tab !== 'home') return;
    try {
      await publishHome(client, event.user, deps, logger);
    } catch (error) {
      logger.error('app_home_opened: views.publish failed', { user: event.user }, describeError(error));
    }
  };
