import type { Logger } from '@slack/bolt';
import { describeError } from './apology.js';
import type { ListenerDeps } from './deps.js';
import { installationOf } from './installation-of.js';

/**
 * The app lost its access to a workspace or org (uninstalled, bot token revoked): forget its
 * installation. With one workspace's token from the environment nothing is stored; the log says what
 * the operator must do instead. A failed delete is logged; the listener goes on.
 */
export async function forgetInstallation(
  deps: ListenerDeps,
  args: { body: unknown; context: Parameters<typeof installationOf>[1]; logger: Logger },
  why: string,
): Promise<void> {
  const query = installationOf(args.body, args.context);
  const where = query.enterpriseId && query.isEnterpriseInstall ? query.enterpriseId : (query.teamId ?? '?');
  if (!deps.installations) {
    args.logger.warn(
      `${why} in ${where}: this deployment serves one workspace; set a new SLACK_BOT_TOKEN if it should go on`,
    );
    return;
  }
  try {
    await deps.installations.deleteInstallation(query);
    args.logger.info(`${why}: installation of ${where} deleted`);
  } catch (error) {
    args.logger.error(`${why}: deleting the installation of ${where} failed`, describeError(error));
  }
}
