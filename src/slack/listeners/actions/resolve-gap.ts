import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';
import { publishHome } from '../../home.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/**
 * "Mark resolved" on a gap in a knowledge owner's Home tab: the gap leaves the queue until it is asked
 * again, and the tab is redrawn. Only owners can: the button exists only in their tab, and a forged
 * click from anyone else changes nothing.
 */
export const resolveGap =
  (deps: ListenerDeps) =>
  async ({ ack, action, body, client, logger }: ButtonArgs) => {
    await ack();
    const user = body.user.id;
    const key = action.value;
    if (!key || !deps.loop.store || !deps.loop.isOwner(user)) return;
    try {
      await deps.loop.store.resolveGap(key, { team: body.team?.id, user });
      await publishHome(client, user, deps, logger);
    } catch (error) {
      logger.error('resolve gap failed', { user, gap: key }, describeError(error));
    }
  };
