import type { App } from '@slack/bolt';
import { FEEDBACK_MODAL } from '../../../render/feedback-modal.js';
import type { ListenerDeps } from '../../deps.js';
import { feedbackSubmitted } from './feedback-modal.js';

export function register(app: App, deps: ListenerDeps): void {
  app.view(FEEDBACK_MODAL, feedbackSubmitted(deps));
}
