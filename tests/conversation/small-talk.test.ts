import { describe, expect, it } from 'vitest';
import { acknowledgement, endsSession } from '../../src/conversation/small-talk.js';

describe('small talk in local mode', () => {
  it.each([
    ['thanks', 'thanks', 'en'],
    ['Thank you!', 'thanks', 'en'],
    ['thx', 'thanks', 'en'],
    ['ok', 'ok', 'en'],
    ['OK.', 'ok', 'en'],
    ['cool', 'ok', 'en'],
    ['cool, thanks!', 'thanks', 'en'],
    ['got it', 'ok', 'en'],
    ["that's great", 'ok', 'en'],
    ['grazie mille', 'thanks', 'it'],
    ['perfetto', 'ok', 'it'],
    ['thanks, that helps', 'thanks', 'en'],
    ['makes sense', 'ok', 'en'],
    ['i see', 'ok', 'en'],
  ])('"%s" is an acknowledgement (%s, %s)', (line, kind, lang) => {
    expect(acknowledgement(line)).toEqual({ kind, lang });
  });

  it.each([
    'ok and the CRO?',
    'thanks, what about the CSO?',
    'cool what does an sdr do',
    'you',
    'it',
    'i',
    '',
    'help',
  ])('"%s" is not', (line) => {
    expect(acknowledgement(line)).toBeUndefined();
  });

  it('exit and quit end the session; questions about them do not', () => {
    for (const line of ['exit', 'quit', ' QUIT ', 'exit!', 'esci']) expect(endsSession(line)).toBe(true);
    for (const line of ['exit strategy for a CRO', 'when do CROs quit', ''])
      expect(endsSession(line)).toBe(false);
  });
});
