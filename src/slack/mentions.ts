/**
 * Removes mentions of the bot (`<@U123>` or `<@U123|rolebot>`) so the question is what the person
 * typed. Other people's mentions stay: the answerer treats them as noise, and they may be the subject.
 */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.trim();
  const escaped = botUserId.replace(/[^A-Z0-9]/gi, '');
  return text.replace(new RegExp(`\\s*<@${escaped}(\\|[^>]*)?>\\s*`, 'g'), ' ').trim();
}

/** Bots include other apps and this app itself: answering them could start a reply loop. */
export function isFromBot(
  event: { bot_id?: string; user?: string; subtype?: string },
  botUserId: string | undefined,
): boolean {
  return (
    Boolean(event.bot_id) || event.subtype === 'bot_message' || (!!botUserId && event.user === botUserId)
  );
}
