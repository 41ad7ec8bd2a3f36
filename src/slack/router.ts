import {
  type AllMiddlewareArgs,
  type AnyMiddlewareArgs,
  type KnownEventFromType,
  type Middleware,
  MultipleListenerError,
  type SlackAction,
  type SlackActionMiddlewareArgs,
  type SlackCommandMiddlewareArgs,
  type SlackEventMiddlewareArgs,
  type SlackViewMiddlewareArgs,
  type ViewSubmitAction,
} from '@slack/bolt';

type Args = AnyMiddlewareArgs & AllMiddlewareArgs;
type Listener<A> = (args: A & AllMiddlewareArgs) => Promise<unknown>;
type AnyListener = Listener<AnyMiddlewareArgs>;
type MessageEvent = KnownEventFromType<'message'>;

const NONE: readonly AnyListener[] = [];

/**
 * The app's listeners, run from one global middleware. Registered like Bolt's (`command`, `event`,
 * `message`, `action`, `view`, with the same matching), but a request looks up its listeners by
 * command name, event type, action id or callback id, instead of passing through every registered
 * listener's own middleware chain: Bolt runs each of them on every request (a copy of the request's
 * arguments per step, and the promises around it), which was most of what a `/role` command allocated.
 * Like Bolt, every listener that matches runs, at once, and their failures reach `app.error()`.
 */
export class Router {
  private readonly commands = new Map<string, AnyListener[]>();
  private readonly events = new Map<string, AnyListener[]>();
  private readonly actions: Array<{ id: string | RegExp; listener: AnyListener }> = [];
  private readonly views = new Map<string, AnyListener[]>();

  command(name: string, listener: Listener<SlackCommandMiddlewareArgs>): void {
    add(this.commands, name, listener);
  }

  event<T extends string>(type: T, listener: Listener<SlackEventMiddlewareArgs<T>>): void {
    add(this.events, type, listener);
  }

  /** Message events that pass `filter` (Bolt: `app.message(filterMiddleware, listener)`). */
  message(
    filter: (message: MessageEvent) => boolean,
    listener: Listener<SlackEventMiddlewareArgs<'message'>>,
  ) {
    this.event<'message'>('message', async (args) => {
      if (filter(args.message)) await listener(args);
    });
  }

  /** Block actions by `action_id`, exactly or by pattern. */
  action<A extends SlackAction>(id: string | RegExp, listener: Listener<SlackActionMiddlewareArgs<A>>): void {
    this.actions.push({ id, listener: listener as unknown as AnyListener });
  }

  /** View submissions by `callback_id`. */
  view(callbackId: string, listener: Listener<SlackViewMiddlewareArgs<ViewSubmitAction>>): void {
    add(this.views, callbackId, listener);
  }

  /** Runs the listeners that match a request (Bolt's arguments for a global middleware). */
  readonly dispatch: Middleware<AnyMiddlewareArgs> = async (args) => {
    const listeners = this.match(args);
    if (listeners.length === 1) {
      await (listeners[0] as AnyListener)(args);
      return;
    }
    if (listeners.length === 0) return;
    const failed = (await Promise.allSettled(listeners.map((listener) => listener(args))))
      .filter((result) => result.status === 'rejected')
      .map((result) => result.reason);
    if (failed.length === 1) throw failed[0];
    if (failed.length > 1) throw new MultipleListenerError(failed);
  };

  private match(args: Args): readonly AnyListener[] {
    if ('command' in args && args.command) return this.commands.get(args.command.command) ?? NONE;
    if ('event' in args && args.event) return this.events.get(args.event.type) ?? NONE;
    if ('action' in args && args.action) {
      const id = 'action_id' in args.action ? args.action.action_id : undefined;
      if (id === undefined) return NONE;
      return this.actions
        .filter((a) => (typeof a.id === 'string' ? a.id === id : id.match(a.id) !== null))
        .map((a) => a.listener);
    }
    if ('view' in args && args.body.type === 'view_submission') {
      return this.views.get(args.view.callback_id) ?? NONE;
    }
    return NONE;
  }
}

function add<A>(routes: Map<string, AnyListener[]>, key: string, listener: Listener<A>): void {
  const listeners = routes.get(key) ?? [];
  listeners.push(listener as unknown as AnyListener);
  routes.set(key, listeners);
}
