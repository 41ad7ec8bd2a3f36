import { FEEDBACK_MODAL } from '../../../render/feedback-modal.js';
import type { ListenerDeps } from '../../deps.js';
import type { Router } from '../../router.js';
import { feedbackSubmitted } from './feedback-modal.js';

export function register(router: Router, deps: ListenerDeps): void {
  router.view(FEEDBACK_MODAL, feedbackSubmitted(deps));
}
