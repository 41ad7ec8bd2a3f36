/** Reads `obj.a.b...` from untyped JSON, or undefined when any step is missing or not a string. */
function text(obj: unknown, ...path: Array<string | number>): string | undefined {
  let at: unknown = obj;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return typeof at === 'string' ? at : undefined;
}

/** The few fields that identify a Slack request in a log line, whatever its kind (only those present). */
export function requestContext(body: unknown): Record<string, string> {
  const context: Record<string, string> = {};
  const kind =
    text(body, 'command') ??
    text(body, 'event', 'type') ??
    text(body, 'actions', 0, 'action_id') ??
    text(body, 'type');
  if (kind !== undefined) context.kind = kind;
  const eventId = text(body, 'event_id');
  if (eventId !== undefined) context.event_id = eventId;
  const team = text(body, 'team_id') ?? text(body, 'team', 'id');
  if (team !== undefined) context.team = team;
  const user = text(body, 'user_id') ?? text(body, 'user', 'id') ?? text(body, 'event', 'user');
  if (user !== undefined) context.user = user;
  const channel = text(body, 'channel_id') ?? text(body, 'channel', 'id') ?? text(body, 'event', 'channel');
  if (channel !== undefined) context.channel = channel;
  return context;
}
