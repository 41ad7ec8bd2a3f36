import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createAnswerer } from '../../src/answer/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { BOT_SCOPES } from '../../src/slack/scopes.js';
import { listenedSurface } from './surface.js';

const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8'));
const surface = listenedSurface();
const engine = createAnswerer(loadKnowledge());

/** The bot scopes each thing the code does needs (https://docs.slack.dev/reference/scopes). */
const SCOPES_FOR: Record<string, string[]> = {
  command: ['commands'],
  app_mention: ['app_mentions:read'],
  'message.im': ['im:history'],
  app_home_opened: [],
  // app events: delivered to every app that subscribes, no scope needed
  app_uninstalled: [],
  tokens_revoked: [],
  // Web API methods the listeners call
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.getPermalink': [],
  'views.publish': [],
  'views.open': [],
  // Slack adds it with the agent messaging experience, for its suggested prompts
  agent_view: ['assistant:write'],
};

/**
 * Web API methods the Slack layer calls, read from its source: `client.x.y(`, `client.x\n.y(` and
 * `say(` (chat.postMessage).
 */
function apiMethodsUsed(): string[] {
  const dir = new URL('../../src/slack/', import.meta.url);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const methods = new Set<string>();
  for (const file of files) {
    const source = readFileSync(new URL(file, dir), 'utf8');
    for (const m of source.matchAll(/client\.(\w+)\s*\.(\w+)\(/g)) methods.add(`${m[1]}.${m[2]}`);
    if (/\bsay\(/.test(source)) methods.add('chat.postMessage');
  }
  return [...methods];
}
const API_METHODS = apiMethodsUsed();

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

describe('manifest.yml matches the code', () => {
  it('declares exactly the slash commands the code handles, each with a description and usage hint', () => {
    const declared = manifest.features.slash_commands;
    expect(sorted(declared.map((c: { command: string }) => c.command))).toEqual(sorted(surface.commands));
    for (const c of declared) {
      expect(c.description, c.command).toBeTruthy();
      expect(c.usage_hint, c.command).toBeTruthy();
    }
  });

  it('subscribes to exactly the events the code listens to', () => {
    expect(sorted(manifest.settings.event_subscriptions.bot_events)).toEqual(sorted(surface.events));
    expect(surface.events).toEqual(expect.arrayContaining(['app_mention', 'message.im', 'app_home_opened']));
  });

  it('turns interactivity on because the code handles button actions', () => {
    expect(surface.actions.length).toBeGreaterThan(0);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('enables the Home tab (app_home_opened) and a writable Messages tab (message.im)', () => {
    expect(manifest.features.app_home).toMatchObject({
      home_tab_enabled: surface.events.includes('app_home_opened'),
      messages_tab_enabled: surface.events.includes('message.im'),
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect(manifest.display_information.name).toBeTruthy();
  });

  it('asks for the scopes these need and no more', () => {
    expect(sorted(API_METHODS)).toEqual([
      'chat.getPermalink',
      'chat.postMessage',
      'chat.update',
      'views.open',
      'views.publish',
    ]);
    const needed = [
      ...(surface.commands.length > 0 ? (SCOPES_FOR.command ?? []) : []),
      ...surface.events.flatMap((e) => {
        const scopes = SCOPES_FOR[e];
        if (!scopes) throw new Error(`no scope mapping for event ${e}: add it to SCOPES_FOR`);
        return scopes;
      }),
      ...(manifest.features.agent_view ? (SCOPES_FOR.agent_view ?? []) : []),
      ...API_METHODS.flatMap((m) => {
        const scopes = SCOPES_FOR[m];
        if (!scopes) throw new Error(`no scope mapping for Web API method ${m}: add it to SCOPES_FOR`);
        return scopes;
      }),
    ];
    expect(sorted(manifest.oauth_config.scopes.bot)).toEqual(sorted(needed));
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
    // An OAuth install asks for the same scopes.
    expect(sorted(BOT_SCOPES)).toEqual(sorted(manifest.oauth_config.scopes.bot));
  });

  it('offers four suggested prompts in the Messages tab, each answered in full by the knowledge base', () => {
    const { agent_description, suggested_prompts } = manifest.features.agent_view;
    expect(agent_description.length).toBeGreaterThan(0);
    expect(suggested_prompts).toHaveLength(4);
    for (const { title, message } of suggested_prompts) {
      expect(title.length, title).toBeGreaterThan(0);
      const answer = engine(message);
      expect({ message, matched: answer.matched, coverage: answer.coverage }).toEqual({
        message,
        matched: true,
        coverage: 'full',
      });
    }
  });

  it('runs in Socket Mode as written', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
