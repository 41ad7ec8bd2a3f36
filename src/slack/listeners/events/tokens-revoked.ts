import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { forgetInstallation } from '../../forget-installation.js';

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
    await forgetInstallation(deps, { body, context, logger }, 'bot token revoked');
  };
