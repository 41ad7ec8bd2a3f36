import type { App, BlockButtonAction } from '@slack/bolt';
import { ACTIONS } from '../../../render/blocks.js';
import type { ListenerDeps } from '../../deps.js';
import { followUp } from './follow-up.js';
import { shareAnswer } from './share.js';

export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockButtonAction>(ACTIONS.followUpPattern, followUp(deps));
  app.action<BlockButtonAction>(ACTIONS.share, shareAnswer(deps));
}
