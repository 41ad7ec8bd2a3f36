import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';
import { installationOf } from '../../installation-of.js';

/**
 * The app was removed from a workspace or org: forget its installation (its token is dead anyway).
 * With a single workspace's token from the environment there is nothing stored; the log says so.
 */
export const appUninstalled =
  (deps: ListenerDeps) =>
  async ({ body, context, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_uninstalled'>) => {
    const query = installationOf(body, context);
    if (!deps.installations) {
      logger.warn(
        `app uninstalled from ${query.enterpriseId ?? query.teamId}; this deployment serves one workspace`,
      );
      return;
    }
    try {
      await deps.installations.deleteInstallation(query);
      logger.info(`app uninstalled: installation of ${query.enterpriseId ?? query.teamId} deleted`);
    } catch (error) {
      logger.error('app_uninstalled: deleting the installation failed', query, describeError(error));
    }
  };
