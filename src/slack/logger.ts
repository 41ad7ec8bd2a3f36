import { formatWithOptions } from 'node:util';
import { type Logger, LogLevel } from '@slack/bolt';
import pino from 'pino';
import type { LogFormat, LogLevelName } from '../config.js';

export interface LoggerOptions {
  /** `json` (one object a line, for collectors) or `pretty` (readable lines); default: json unless stdout is a terminal. */
  format?: LogFormat | undefined;
  /** Where lines go (tests): debug and info to `out`, warnings and errors to `err`. */
  out?: { write(line: string): unknown };
  err?: { write(line: string): unknown };
}

/**
 * One logger for Bolt, the receiver and our own lines, on pino: JSON lines (`time`, `level`, `name`,
 * `msg`, and the fields of any object logged) when the output is not a terminal or LOG_FORMAT=json,
 * readable lines on a terminal. Warnings and errors go to stderr so they survive
 * `npm start > out.log`. Bolt's logger takes any arguments: objects become fields, the rest the
 * message.
 */
export function createLogger(
  level: LogLevelName = 'info',
  name = 'role-bot',
  { format, out = process.stdout, err = process.stderr }: LoggerOptions = {},
): Logger {
  const pretty = (format ?? (process.stdout.isTTY ? 'pretty' : 'json')) === 'pretty';
  const sink = (stream: { write(line: string): unknown }) =>
    pretty ? { write: (line: string) => stream.write(prettyLine(line)) } : stream;
  let base = pino(
    {
      level,
      base: { name },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    pino.multistream(
      [
        { level: 'debug', stream: sink(out) },
        { level: 'warn', stream: sink(err) },
      ],
      { dedupe: true },
    ),
  );
  // The level as set, kept here: pino's own getter costs a lookup per call, and Bolt logs at debug,
  // and the request log asks for the level, many times a request.
  let current: string = level;
  let threshold = LEVELS[level] ?? 0;
  const write = (at: 'debug' | 'info' | 'warn' | 'error', msg: unknown[]) => {
    if ((LEVELS[at] ?? 0) < threshold) return;
    const fields: Record<string, unknown> = {};
    const words: unknown[] = [];
    for (const part of msg) {
      if (part instanceof Error) fields.err = { message: part.message, stack: part.stack };
      else if (part && typeof part === 'object' && !Array.isArray(part)) Object.assign(fields, part);
      else words.push(part);
    }
    const text = formatWithOptions({ breakLength: Number.POSITIVE_INFINITY, depth: 4 }, ...words);
    base[at](fields, text);
  };
  return {
    debug: (...msg) => write('debug', msg),
    info: (...msg) => write('info', msg),
    warn: (...msg) => write('warn', msg),
    error: (...msg) => write('error', msg),
    setLevel: (l) => {
      base.level = l;
      current = l;
      threshold = LEVELS[l] ?? 0;
    },
    getLevel: () => current as LogLevel,
    setName: (n) => {
      base = base.child({ name: n });
    },
  };
}

/** pino's levels by name (debug 20, info 30, ...). */
const LEVELS: Record<string, number> = pino.levels.values;

/** A pino JSON line as `2026-01-01T00:00:00.000Z INFO [role-bot] message key=value ...`. */
function prettyLine(json: string): string {
  try {
    const { time, level, name, msg, ...rest } = JSON.parse(json) as Record<string, unknown>;
    const fields = Object.entries(rest)
      .map(([k, v]) => `${k}=${typeof v === 'string' && !/\s/.test(v) ? v : JSON.stringify(v)}`)
      .join(' ');
    return `${time} ${String(level).toUpperCase()} [${name}] ${msg ?? ''}${fields ? ` ${fields}` : ''}\n`;
  } catch {
    return json;
  }
}

export { LogLevel };
