import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/slack/logger.js';

function capture() {
  const lines = { out: [] as string[], err: [] as string[] };
  const out = { write: (l: string) => lines.out.push(l) };
  const err = { write: (l: string) => lines.err.push(l) };
  return { lines, out, err };
}

describe('logger', () => {
  it('writes one JSON object a line: message, level, name, time, and the fields of objects logged', () => {
    const { lines, out, err } = capture();
    const logger = createLogger('info', 'role-bot', { format: 'json', out, err });
    logger.info('answered', { surface: 'slash', kind: 'role', team: 'T1' }, 'in', 12, 'ms');
    logger.debug('not shown at info');
    expect(lines.out).toHaveLength(1);
    const line = JSON.parse(lines.out[0] ?? '');
    expect(line).toMatchObject({
      level: 'info',
      name: 'role-bot',
      msg: 'answered in 12 ms',
      surface: 'slash',
      kind: 'role',
      team: 'T1',
    });
    expect(new Date(line.time).getTime()).not.toBeNaN();
  });

  it('sends warnings and errors to stderr, an Error with its message and stack', () => {
    const { lines, out, err } = capture();
    const logger = createLogger('info', 'role-bot', { format: 'json', out, err });
    logger.warn('slow');
    logger.error('failed', new Error('boom'));
    expect(lines.out).toEqual([]);
    const [warn, error] = lines.err.map((l) => JSON.parse(l));
    expect(warn).toMatchObject({ level: 'warn', msg: 'slow' });
    expect(error).toMatchObject({ level: 'error', msg: 'failed', err: { message: 'boom' } });
    expect(error.err.stack).toContain('Error: boom');
  });

  it('writes readable lines when asked (a terminal)', () => {
    const { lines, out, err } = capture();
    const logger = createLogger('debug', 'role-bot', { format: 'pretty', out, err });
    logger.debug('answered', { surface: 'dm', roles: 'cro,cso', note: 'two words' });
    expect(lines.out[0]).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z DEBUG \[role-bot\] answered surface=dm roles=cro,cso note="two words"\n$/,
    );
  });

  it('follows setLevel and setName, as Bolt uses them', () => {
    const { lines, out, err } = capture();
    const logger = createLogger('warn', 'role-bot', { format: 'json', out, err });
    expect(logger.getLevel()).toBe('warn');
    logger.info('hidden');
    logger.setLevel('info' as never);
    expect(logger.getLevel()).toBe('info');
    logger.setName('socket-mode');
    logger.info('shown');
    expect(lines.out.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ msg: 'shown', name: 'socket-mode' }),
    ]);
    expect(logger.getLevel()).toBe('info');
  });
});
