import { describe, expect, it } from 'vitest';
import { isFromBot } from '../../src/slack/mentions.js';

describe('isFromBot', () => {
  it('recognises bots and the app itself', () => {
    expect(isFromBot({ bot_id: 'B1', user: 'U1' }, 'UBOT')).toBe(true);
    expect(isFromBot({ subtype: 'bot_message' }, 'UBOT')).toBe(true);
    expect(isFromBot({ user: 'UBOT' }, 'UBOT')).toBe(true);
    expect(isFromBot({ user: 'U1' }, 'UBOT')).toBe(false);
    expect(isFromBot({ user: 'U1' }, undefined)).toBe(false);
  });
});
