import type { App, BlockButtonAction, BlockFeedbackButtonsAction } from '@slack/bolt';
import { ACTIONS } from '../../../render/blocks.js';
import { EXPERT_RESOLVED } from '../../../render/expert-post.js';
import { RESOLVE_GAP } from '../../../render/owner-home.js';
import type { ListenerDeps } from '../../deps.js';
import { askExpert } from './ask-expert.js';
import { expertResolved } from './expert-resolved.js';
import { feedback } from './feedback.js';
import { followUp } from './follow-up.js';
import { resolveGap } from './resolve-gap.js';
import { shareAnswer } from './share.js';

export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockButtonAction>(ACTIONS.followUpPattern, followUp(deps));
  app.action<BlockButtonAction>(ACTIONS.share, shareAnswer(deps));
  app.action<BlockFeedbackButtonsAction>(ACTIONS.feedback, feedback(deps));
  app.action<BlockButtonAction>(ACTIONS.askExpert, askExpert(deps));
  app.action<BlockButtonAction>(EXPERT_RESOLVED, expertResolved(deps));
  app.action<BlockButtonAction>(RESOLVE_GAP, resolveGap(deps));
}
