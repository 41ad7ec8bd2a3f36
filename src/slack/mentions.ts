/** Bots include other apps and this app itself: answering them could start a reply loop. */
export function isFromBot(
  event: { bot_id?: string; user?: string; subtype?: string },
  botUserId: string | undefined,
): boolean {
  return (
    Boolean(event.bot_id) || event.subtype === 'bot_message' || (!!botUserId && event.user === botUserId)
  );
}
