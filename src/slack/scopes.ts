/**
 * The bot scopes an install asks for: the same list as manifest.yml's `oauth_config.scopes.bot`
 * (tests/slack/manifest.test.ts keeps the two equal, and each scope tied to what uses it).
 */
export const BOT_SCOPES = [
  'app_mentions:read',
  'chat:write',
  'commands',
  'im:history',
  'assistant:write',
] as const;
