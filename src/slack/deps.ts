import type { InstallationStore } from '@slack/bolt';
import type { Answerer } from '../answer/index.js';
import type { ConversationContext } from '../conversation/context.js';
import type { Greeted } from '../conversation/greeted.js';
import type { SlackMessage } from '../render/blocks.js';
import type { HomeView } from '../render/home-view.js';
import type { Loop } from './loop.js';

/** What the listeners need besides Bolt's own arguments: injected so tests can pass fakes. */
export interface ListenerDeps {
  answer: Answerer;
  /** The App Home tab: the same for everyone, so it is built once at start-up. */
  homeView: HomeView;
  /** Each thread's and DM's last turn, for follow-up questions. */
  conversations: ConversationContext;
  /** Who has had the Messages tab welcome. */
  greeted: Greeted;
  /** Records each answer and carries feedback, experts and owners (src/slack/loop.ts). */
  loop: Loop;
  /** The Messages tab welcome, built once at start-up from the knowledge base. */
  welcome: SlackMessage;
  /** OAuth installs: removed on app_uninstalled and tokens_revoked. None with a single workspace's token. */
  installations?: Required<Pick<InstallationStore, 'deleteInstallation'>> | undefined;
}
