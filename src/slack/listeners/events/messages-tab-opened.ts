import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';

/**
 * Someone opens the app's Messages tab: the first time only, a welcome with what the bot knows and
 * example questions. Who was greeted is remembered (checked and marked in one step), so reopening the
 * tab says nothing. A failure is logged; the person can still ask.
 */
export const messagesTabOpened =
  ({ greeted, welcome }: ListenerDeps) =>
  async ({
    event,
    context,
    client,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>) => {
    if (event.tab !== 'messages') return;
    const where = { user: event.user, channel: event.channel };
    try {
      if (!(await greeted.markGreeted(context.teamId ?? '', event.user))) return;
      await client.chat.postMessage({ channel: event.channel, ...welcome });
    } catch (error) {
      logger.error('app_home_opened (messages): welcome failed', where, describeError(error));
    }
  };
