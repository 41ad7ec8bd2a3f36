import type { ConversationKey } from '../conversation/context.js';

/**
 * A person's `/role` conversation in a channel. Slack sends a slash command without the thread it was
 * typed in, and its answers are ephemeral (only the asker sees them), so the asker's successive
 * commands in one channel, and the buttons under their answers, are one conversation with the bot.
 * Its own key, apart from every real thread: `slash:` is never a message ts.
 */
export const slashConversation = (team: string, channel: string, user: string): ConversationKey => ({
  team,
  channel,
  thread: `slash:${user}`,
});
