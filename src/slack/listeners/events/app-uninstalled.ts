import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { forgetInstallation } from '../../forget-installation.js';

/** The app was removed from a workspace or org: its installation goes (its token is dead anyway). */
export const appUninstalled =
  (deps: ListenerDeps) =>
  async ({ body, context, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_uninstalled'>) =>
    forgetInstallation(deps, { body, context, logger }, 'app uninstalled');
