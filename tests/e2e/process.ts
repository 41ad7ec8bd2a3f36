import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What `npm start` runs: the compiled app (`npm run build`, which `npm ci` and `npm test` run). */
export const DIST_MAIN = `${ROOT}dist/main.js`;

export interface Spawned {
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first match of `pattern` on stdout; rejects if the process ends first. */
  waitForStdout(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
}

/**
 * An environment without the caller's Slack settings (blank, so a developer's `.env` cannot fill
 * them in either: variables already set win over the file), plus `env`.
 */
export function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_') && !['PORT', 'HOST'].includes(k)),
  );
  const blank = { SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_API_URL: '' };
  return { ...inherited, LOG_LEVEL: 'warn', ...blank, ...env };
}

export function spawnProcess(
  command: string,
  args: string[],
  options: SpawnOptions & { input?: string },
): Spawned {
  if (args.includes(DIST_MAIN) && !existsSync(DIST_MAIN)) {
    throw new Error(`${DIST_MAIN} is missing: run \`npm run build\` first (npm test does)`);
  }
  const { input, ...spawnOptions } = options;
  const child = spawn(command, args, {
    cwd: ROOT,
    ...spawnOptions,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (input !== undefined) child.stdin?.end(input);
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (d: Buffer) => {
    output.stdout += d;
  });
  child.stderr?.on('data', (d: Buffer) => {
    output.stderr += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitForStdout = (pattern: RegExp, timeoutMs = 15_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${pattern} on stdout:\n${output.stdout}`)),
        timeoutMs,
      );
      const check = () => {
        const found = output.stdout.match(pattern);
        if (!found) return;
        clearTimeout(timer);
        child.stdout?.off('data', check);
        resolve(found);
      };
      child.stdout?.on('data', check);
      exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`ended (${signal ?? code}) before ${pattern}:\n${output.stdout}\n${output.stderr}`));
      });
      check();
    });
  return { child, output, exited, waitForStdout };
}

/** Every live descendant of `pid`, read from /proc (Linux). */
export function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name, in parentheses, may hold spaces: the fields after its ')' are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // the process ended while we read
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of parentOf) {
      if (ppid === parent) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

/** True while a process with this pid exists (zombies included, until reaped). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
