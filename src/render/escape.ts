/**
 * Slack treats `&`, `<` and `>` as control characters in mrkdwn: `<!channel>` pings everyone and
 * `<@U1>` pings a person. Escaping them makes any echoed text inert.
 */
export const escapeMrkdwn = (text: string): string =>
  /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;

/** Cuts `text` to at most `max` characters, ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
