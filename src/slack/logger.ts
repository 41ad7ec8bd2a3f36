import { formatWithOptions } from 'node:util';
import { type Logger, LogLevel } from '@slack/bolt';
import type { LogLevelName } from '../config.js';

const SEVERITY: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/**
 * One logger for Bolt, the receiver and our own lines: timestamped, one line per entry (context
 * objects inline), errors and warnings on stderr so they survive `npm start > out.log`.
 */
export function createLogger(level: LogLevelName = 'info', name = 'role-bot'): Logger {
  let current = level as LogLevel;
  let label = name;
  const write = (at: LogLevel, msg: unknown[]) => {
    if (SEVERITY[at] < SEVERITY[current]) return;
    const text = formatWithOptions({ breakLength: Number.POSITIVE_INFINITY, depth: 4 }, ...msg);
    const line = `${new Date().toISOString()} ${at.toUpperCase()} [${label}] ${text}\n`;
    (SEVERITY[at] >= SEVERITY[LogLevel.WARN] ? process.stderr : process.stdout).write(line);
  };
  return {
    debug: (...msg) => write(LogLevel.DEBUG, msg),
    info: (...msg) => write(LogLevel.INFO, msg),
    warn: (...msg) => write(LogLevel.WARN, msg),
    error: (...msg) => write(LogLevel.ERROR, msg),
    setLevel: (l) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n) => {
      label = n;
    },
  };
}
