import { parse as parseQuery } from 'node:querystring';
import { describe, expect, it } from 'vitest';
import { parsesToNonObject } from '../../src/slack/http-server.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/** What Bolt does with a body, parsed in full: does it come out as something other than an object? */
function reference(raw: string, contentType: string): boolean {
  let parsed: unknown;
  try {
    if (contentType === FORM) {
      const { payload } = parseQuery(raw);
      if (typeof payload !== 'string') return false;
      parsed = JSON.parse(payload);
    } else {
      parsed = JSON.parse(raw);
    }
  } catch {
    return false;
  }
  return typeof parsed !== 'object' || parsed === null || Array.isArray(parsed);
}

const FORMS = [
  'token=x&command=%2Frole&text=cro',
  'token=x&command=%2Frole&text=payload%3Dnull',
  'payload=null',
  'payload=%5B1%5D',
  'payload=%7B%22type%22%3A%22block_actions%22%7D',
  'payload=%7Bnope',
  'token=x&payload=%22text%22',
  'p%61yload=null',
  'pay%6coad=7',
  'token=x&p%61yload=%7B%7D',
  'payload',
  'payload=',
  'a=1&payload=true',
  'ssl_check=1&payload=null',
  '',
  '%',
  '&&payload=1&&',
  'payload=%20%7B%7D',
  'payload=+null',
];
const JSONS = [
  '{"type":"event_callback"}',
  '  \n\t{"type":"url_verification","challenge":"c"}',
  '{"type": "event_callback", ',
  'null',
  ' null',
  '[1, 2]',
  '\r\n[]',
  '"hello"',
  '7',
  'true',
  '',
  '   ',
  '\ufeff{"a":1}',
  '\u00a0{"a":1}',
  '{',
];

describe('parsesToNonObject', () => {
  it.each(FORMS)('agrees with a full parse for the form %j', (body) => {
    expect(parsesToNonObject(Buffer.from(body), FORM)).toBe(reference(body, FORM));
  });

  it.each(JSONS)('agrees with a full parse for the JSON %j', (body) => {
    expect(parsesToNonObject(Buffer.from(body), JSON_TYPE)).toBe(reference(body, JSON_TYPE));
    expect(parsesToNonObject(Buffer.from(body), undefined)).toBe(reference(body, JSON_TYPE));
  });

  it('agrees with a full parse on random bodies of form and JSON pieces', () => {
    const pieces = [
      'payload',
      '=',
      '&',
      '%',
      '61',
      '7B',
      '7D',
      'null',
      '[',
      ']',
      '{',
      '}',
      ' ',
      '"',
      'x',
      '1',
      ':',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const disagreements: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let body = '';
      for (let n = next() % 8; n >= 0; n--) body += pieces[next() % pieces.length];
      for (const type of [FORM, JSON_TYPE]) {
        if (parsesToNonObject(Buffer.from(body), type) !== reference(body, type))
          disagreements.push(`${type} ${body}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
