import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';
import { installationOf } from '../../installation-of.js';

/**
 * A workspace revoked tokens. Only the bot token matters (the app asks for no user tokens): when it
 * is among them the installation is useless, so it goes, as on an uninstall.
 */
export const tokensRevoked =
  (deps: ListenerDeps) =>
  async ({
    event,
    body,
    context,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'tokens_revoked'>) => {
    if (!event.tokens.bot?.length) return;
    const query = installationOf(body, context);
    if (!deps.installations) {
      logger.warn(`bot token revoked in ${query.enterpriseId ?? query.teamId}: set a new SLACK_BOT_TOKEN`);
      return;
    }
    try {
      await deps.installations.deleteInstallation(query);
      logger.info(`bot token revoked: installation of ${query.enterpriseId ?? query.teamId} deleted`);
    } catch (error) {
      logger.error('tokens_revoked: deleting the installation failed', query, describeError(error));
    }
  };
