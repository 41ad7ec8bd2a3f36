import type { AllMiddlewareArgs, Logger } from '@slack/bolt';
import { HOME_BLOCK_LIMIT } from '../render/home-view.js';
import { ownerSection, ownerSectionUnavailable } from '../render/owner-home.js';
import { withTimeout } from '../time-limit.js';
import { describeError } from './apology.js';
import type { ListenerDeps } from './deps.js';

/** The owners' figures cover this many days. */
export const OWNER_DAYS = 7;
/** Opening the Home tab should not wait long on the database. */
const FIGURES_TIMEOUT_MS = 2_500;

/**
 * Publishes the Home tab for one person: the same for everyone, plus the week's figures and top gaps
 * for knowledge owners. The figures are the one read that waits on the database, so it is bounded.
 */
export async function publishHome(
  client: AllMiddlewareArgs['client'],
  user: string,
  { homeView, loop }: ListenerDeps,
  logger: Logger,
): Promise<void> {
  let view = homeView;
  const store = loop.store;
  if (store && loop.isOwner(user)) {
    const since = new Date(Date.now() - OWNER_DAYS * 86_400_000);
    const extra = await withTimeout(
      store.report({ since }),
      FIGURES_TIMEOUT_MS,
      `no figures within ${FIGURES_TIMEOUT_MS} ms`,
    ).then(
      (report) => ownerSection(report, OWNER_DAYS),
      (error: unknown) => {
        logger.warn('app home: owner figures unavailable', { user }, describeError(error));
        return ownerSectionUnavailable();
      },
    );
    view = { ...homeView, blocks: [...homeView.blocks, ...extra].slice(0, HOME_BLOCK_LIMIT) };
  }
  await client.views.publish({ user_id: user, view });
}
