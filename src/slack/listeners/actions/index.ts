import type { BlockButtonAction, BlockFeedbackButtonsAction } from '@slack/bolt';
import { ACTIONS } from '../../../render/blocks.js';
import { EXPERT_RESOLVED } from '../../../render/expert-post.js';
import { RESOLVE_GAP } from '../../../render/owner-home.js';
import type { ListenerDeps } from '../../deps.js';
import type { Router } from '../../router.js';
import { askExpert } from './ask-expert.js';
import { expertResolved } from './expert-resolved.js';
import { feedback } from './feedback.js';
import { followUp } from './follow-up.js';
import { resolveGap } from './resolve-gap.js';
import { shareAnswer } from './share.js';

export function register(router: Router, deps: ListenerDeps): void {
  router.action<BlockButtonAction>(ACTIONS.followUpPattern, followUp(deps));
  router.action<BlockButtonAction>(ACTIONS.share, shareAnswer(deps));
  router.action<BlockFeedbackButtonsAction>(ACTIONS.feedback, feedback(deps));
  router.action<BlockButtonAction>(ACTIONS.askExpert, askExpert(deps));
  router.action<BlockButtonAction>(EXPERT_RESOLVED, expertResolved(deps));
  router.action<BlockButtonAction>(RESOLVE_GAP, resolveGap(deps));
}
