import { describe, expect, it } from 'vitest';
import { isFromBot, stripBotMention } from '../../src/slack/mentions.js';

describe('stripBotMention', () => {
  it.each([
    ['<@UBOT> cro', 'cro'],
    ['<@UBOT|rolebot>   what is a cro?', 'what is a cro?'],
    ['is a cro <@UBOT> like a cso?', 'is a cro like a cso?'],
    ['<@UBOT> compare with <@UOTHER>', 'compare with <@UOTHER>'],
    ['<@UBOT>', ''],
  ])('%s -> %s', (text, question) => {
    expect(stripBotMention(text, 'UBOT')).toBe(question);
  });

  it('leaves text alone when the bot id is unknown', () => {
    expect(stripBotMention(' <@UBOT> cro ', undefined)).toBe('<@UBOT> cro');
  });
});

describe('isFromBot', () => {
  it('recognises bots and the app itself', () => {
    expect(isFromBot({ bot_id: 'B1', user: 'U1' }, 'UBOT')).toBe(true);
    expect(isFromBot({ subtype: 'bot_message' }, 'UBOT')).toBe(true);
    expect(isFromBot({ user: 'UBOT' }, 'UBOT')).toBe(true);
    expect(isFromBot({ user: 'U1' }, 'UBOT')).toBe(false);
    expect(isFromBot({ user: 'U1' }, undefined)).toBe(false);
  });
});
